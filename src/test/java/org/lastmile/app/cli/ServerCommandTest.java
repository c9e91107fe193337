package org.lastmile.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lastmile server …} in-process: output, exit codes, one line for bad input. */
class ServerCommandTest {

    @TempDir
    Path tmp;

    @Test
    void initPrintsTheFingerprintOfTheCaItWroteAndRefusesASecondInit() throws Exception {
        Path s = tmp.resolve("s");
        CliRun init = CliRun.run("--lang", "en", "server", "init", "--data-dir", s.toString());
        assertThat(init.exit).isEqualTo(0);
        Certificate ca;
        try (InputStream in = Files.newInputStream(s.resolve("ca.pem"))) {
            ca = CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        String expected = HexFormat.ofDelimiter(":").withUpperCase()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(ca.getEncoded()));
        assertThat(init.out).contains(expected);

        CliRun again = CliRun.run("--lang", "en", "server", "init", "--data-dir", s.toString());
        assertThat(again.exit).isEqualTo(2);
        assertThat(again.err.strip()).doesNotContain("\n").contains("nothing changed");
    }

    @Test
    void enrolPrintsAOneTimeCodeAndRecordsListIsEmptyOnANewServer() {
        Path s = tmp.resolve("s");
        CliRun.run("server", "init", "--data-dir", s.toString());
        CliRun enrol = CliRun.run("server", "enrol", "--data-dir", s.toString(), "--officer", UUID.randomUUID().toString());
        assertThat(enrol.exit).isEqualTo(0);
        assertThat(enrol.out.strip()).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
        CliRun list = CliRun.run("server", "records", "list", "--json", "--data-dir", s.toString());
        assertThat(list.exit).isEqualTo(0);
        assertThat(list.out.replaceAll("\\s", "")).isEqualTo("[]");
    }

    @Test
    void badInputIsOneLineWithExitTwo() {
        Path s = tmp.resolve("s");
        CliRun notInit = CliRun.run("--lang", "zh", "server", "enrol", "--data-dir", s.toString(), "--officer", "x");
        assertThat(notInit.exit).isEqualTo(2);
        assertThat(notInit.err.strip()).doesNotContain("\n").contains("server init");
        CliRun.run("server", "init", "--data-dir", s.toString());
        CliRun unknown = CliRun.run("--lang", "bo", "server", "audit", "verify", "--data-dir", s.toString(),
                "--device", UUID.randomUUID().toString());
        assertThat(unknown.exit).isEqualTo(2);
        assertThat(unknown.err.strip()).doesNotContain("\n").doesNotContain("Exception");
        CliRun badDb = CliRun.run("server", "records", "list", "--data-dir", s.toString(), "--db", "jdbc:mysql://x");
        assertThat(badDb.exit).isEqualTo(2);
    }

    @Test
    void casesListedOnALaptopImportAndAssign() {
        Path laptop = tmp.resolve("laptop");
        CliRun listed = CliRun.run("cases", "list", "--json", "--data-dir", laptop.toString());
        assertThat(listed.exit).isEqualTo(0);
        Path file = tmp.resolve("cases.json");
        org.assertj.core.api.Assertions.assertThatCode(() -> Files.writeString(file, listed.out)).doesNotThrowAnyException();
        Path s = tmp.resolve("s");
        CliRun.run("server", "init", "--data-dir", s.toString());
        CliRun imported = CliRun.run("--lang", "en", "server", "cases", "import", file.toString(), "--data-dir",
                s.toString(), "--officer", UUID.randomUUID().toString());
        assertThat(imported.exit).as(imported.err).isEqualTo(0);
        assertThat(imported.out).doesNotStartWith("0 ");
    }

    @Test
    void officersCourtNamesTheCourtDevicesListShowsItAndCasesAreHandedOver() {
        Path s = tmp.resolve("s");
        String dir = s.toString();
        CliRun.run("server", "init", "--data-dir", dir);
        String officer = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        CliRun.run("server", "enrol", "--data-dir", dir, "--officer", officer);
        CliRun none = CliRun.run("--lang", "en", "server", "devices", "list", "--data-dir", dir);
        assertThat(none.exit).isEqualTo(0);
        assertThat(none.out.strip()).as("codes only: no device yet").isEmpty();

        CliRun named = CliRun.run("--lang", "en", "server", "officers", "court", "--data-dir", dir, "--officer",
                officer.toUpperCase(java.util.Locale.ROOT), "--court", "青2224");
        assertThat(named.exit).as(named.err).isEqualTo(0);
        assertThat(named.out).contains(officer).contains("青2224").contains("was -");
        CliRun changed = CliRun.run("--lang", "en", "server", "officers", "court", "--data-dir", dir, "--officer",
                officer, "--court", "青0102");
        assertThat(changed.out).contains("was 青2224");

        CliRun unknownOfficer = CliRun.run("--lang", "zh", "server", "officers", "court", "--data-dir", dir,
                "--officer", other, "--court", "青2224");
        assertThat(unknownOfficer.exit).isEqualTo(2);
        assertThat(unknownOfficer.err.strip()).doesNotContain("\n").contains(other).contains("没有执行人员");
        CliRun unknownCourt = CliRun.run("--lang", "bo", "server", "officers", "court", "--data-dir", dir,
                "--officer", officer, "--court", "青9999");
        assertThat(unknownCourt.exit).isEqualTo(2);
        assertThat(unknownCourt.err.strip()).doesNotContain("\n").contains("青9999").contains("ཁྲིམས་ཁང");

        CliRun noCase = CliRun.run("--lang", "en", "server", "cases", "unassign", "--data-dir", dir, "--case",
                "(2026)青2224执9号", "--officer", officer);
        assertThat(noCase.exit).isEqualTo(2);
        assertThat(noCase.err.strip()).isEqualTo("No case (2026)青2224执9号 on the server");

        // a laptop enrols with the code: the list shows it with its officer's court as the office named it
        String code = CliRun.run("server", "enrol", "--data-dir", dir, "--officer", officer).out.strip();
        try (org.lastmile.server.CourtServer server = org.lastmile.server.CourtServer.open(s, null,
                java.time.Clock.systemUTC())) {
            server.enrolment().enrol(new org.lastmile.sync.protocol.EnrolRequest(code, "laptop-7"));
        }
        CliRun devices = CliRun.run("--lang", "en", "server", "devices", "list", "--data-dir", dir);
        assertThat(devices.out.strip().lines()).singleElement().asString()
                .matches("[0-9a-f-]{36}  " + officer + "  青0102  active  laptop-7");
    }
}
