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
}
