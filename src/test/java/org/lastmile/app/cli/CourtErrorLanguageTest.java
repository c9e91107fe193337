package org.lastmile.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.server.CourtServer;
import org.lastmile.sync.CourtMessage;

/**
 * The court answers in the language it was started with (here English) and with a message key;
 * {@code lastmile sync} on a laptop set to Tibetan or Chinese prints the laptop's own translation
 * of the key. The expected lines are read straight from the bundle files, not through the code's
 * {@code Messages}. A real court on loopback TLS, a real laptop data directory.
 */
class CourtErrorLanguageTest {

    @TempDir
    Path laptop;
    @TempDir
    Path court;

    CourtServer server;
    int port;

    @BeforeEach
    void anEnglishCourt() {
        CourtServer.init(court, null);
        server = CourtServer.open(court, null, Clock.systemUTC());
        port = server.start("127.0.0.1", 0, Messages.of(Language.ENGLISH));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CliRun run(String lang, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", laptop.toString(), "--lang", lang));
        return CliRun.run(all.toArray(String[]::new));
    }

    private String query(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + laptop.resolve("lastmile.db"));
                Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    /** The bundle's line for a key, read from the file as a translator wrote it. */
    private static String bundle(String lang, String key) throws Exception {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("i18n", "messages_" + lang + ".properties"),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        assertThat(p).containsKey(key);
        return p.getProperty(key);
    }

    private void enrol(String courtCode) throws Exception {
        assertThat(run("en", "cases", "list").exit).isZero(); // the demo data directory
        String officer = query("SELECT value FROM settings WHERE key = 'profile.officerId'");
        String code = server.enrolment().newCode(officer, courtCode);
        CliRun e = run("en", "sync", "enrol", "--server", "https://localhost:" + port, "--code", code, "--ca",
                court.resolve("ca.pem").toString());
        assertThat(e.exit).as(e.err).isZero();
    }

    @Test
    void aRevokedDeviceIsToldInTibetanAndChineseByAnEnglishCourt() throws Exception {
        enrol(null);
        String device = query("SELECT device_id FROM sync_state WHERE id = 1");
        assertThat(server.enrolment().revoke(java.util.UUID.fromString(device))).isTrue();

        for (String lang : List.of("bo", "zh")) {
            CliRun r = run(lang, "sync");

            assertThat(r.exit).as(r.err).isEqualTo(1);
            String said = bundle(lang, "server.auth.error.revoked").replace("{0}", device);
            assertThat(r.err).as(lang).contains(said);
            assertThat(r.err).as("not the court's English line").doesNotContain("revoked");
            assertThat(r.err).doesNotContain("Exception");
        }
    }

    @Test
    void refusedOperationsAreListedInTheLaptopsLanguage() throws Exception {
        // the office names the officer's court: the demo's cases of other courts are refused
        enrol("青2224");

        CliRun r = run("zh", "sync");

        assertThat(r.exit).as(r.err).isEqualTo(1);
        String refusedCase = query("SELECT entity_id FROM outbox WHERE state = 'needs_person'"
                + " AND result_detail = 'server.push.error.court' AND entity = 'case' ORDER BY seq LIMIT 1");
        assertThat(refusedCase).as("the demo spans courts: some case refused").isNotNull();
        assertThat(r.err).contains(bundle("zh", "server.push.error.court").replace("{0}", refusedCase));
        assertThat(r.err).doesNotContain("is not of this officer").doesNotContain("Exception");
    }

    @Test
    void aKeyTheLaptopDoesNotKnowShowsTheCourtsOwnLine() throws Exception {
        CourtMessage newer = new CourtMessage("server.push.error.fromANewerCourt", List.of("x"),
                "The newer court's own line");
        assertThat(newer.text(Messages.of(Language.TIBETAN))).isEqualTo("The newer court's own line");
        CourtMessage known = new CourtMessage("server.auth.error.revoked", List.of("D1"), "Device D1 is revoked");
        assertThat(known.text(Messages.of(Language.TIBETAN)))
                .isEqualTo(bundle("bo", "server.auth.error.revoked").replace("{0}", "D1"));
        assertThat(known.in("zh")).isEqualTo(bundle("zh", "server.auth.error.revoked").replace("{0}", "D1"));
    }
}
