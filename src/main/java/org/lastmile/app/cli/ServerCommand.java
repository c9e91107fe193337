package org.lastmile.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.lastmile.common.LocalizedException;
import org.lastmile.server.CourtServer;
import org.lastmile.server.office.ChainReport;
import org.lastmile.server.office.DeviceSummary;
import org.lastmile.server.office.RecordSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lastmile server init|start|enrol|revoke|cases import|assign|unassign|officers court|devices list|records
 * list|audit verify}: the court server.
 */
@Command(name = "server", mixinStandardHelpOptions = true)
final class ServerCommand extends ParentCommand {

    static CommandLine create(GlobalOptions options) {
        CommandLine cmd = new CommandLine(new ServerCommand());
        cmd.addSubcommand(new Init(options));
        cmd.addSubcommand(new Start(options));
        cmd.addSubcommand(new Enrol(options));
        cmd.addSubcommand(new Revoke(options));
        CommandLine cases = new CommandLine(new Cases());
        cases.addSubcommand(new CasesImport(options));
        cases.addSubcommand(new CasesAssign(options));
        cases.addSubcommand(new CasesUnassign(options));
        cmd.addSubcommand(cases);
        CommandLine officers = new CommandLine(new Officers());
        officers.addSubcommand(new OfficersCourt(options));
        cmd.addSubcommand(officers);
        CommandLine devices = new CommandLine(new Devices());
        devices.addSubcommand(new DevicesList(options));
        cmd.addSubcommand(devices);
        CommandLine records = new CommandLine(new Records());
        records.addSubcommand(new RecordsList(options));
        cmd.addSubcommand(records);
        CommandLine audit = new CommandLine(new Audit());
        audit.addSubcommand(new AuditVerify(options));
        cmd.addSubcommand(audit);
        return cmd;
    }

    /** What every server sub-command shares: the data directory (required) and the database. */
    @Command
    abstract static class Sub {

        @Spec
        CommandSpec spec;

        @Option(names = "--db", paramLabel = "URL", descriptionKey = "cli.server.db")
        String db;

        final GlobalOptions options;

        Sub(GlobalOptions options) {
            this.options = options;
        }

        Path dataDir() {
            return options.dataDir().orElseThrow(() -> new LocalizedException("server.error.dataDir"));
        }

        CourtServer open() {
            return CourtServer.open(dataDir(), db, Clock.systemUTC());
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }

    /** {@code server init}: the court CA, the server key and the store; prints the CA fingerprint. */
    @Command(name = "init", mixinStandardHelpOptions = true)
    static final class Init extends Sub implements Callable<Integer> {
        Init(GlobalOptions options) {
            super(options);
        }

        @Override
        public Integer call() {
            String fingerprint = CourtServer.init(dataDir(), db);
            out().println(options.messages().get("server.init.done", dataDir().resolve("ca.pem"), fingerprint));
            return 0;
        }
    }

    /** {@code server start}: serves HTTPS in the foreground until the process is stopped. */
    @Command(name = "start", mixinStandardHelpOptions = true)
    static final class Start extends Sub implements Callable<Integer> {

        @Option(names = "--port", paramLabel = "P", defaultValue = "8443", descriptionKey = "cli.server.port")
        int port;

        @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1", descriptionKey = "cli.server.host")
        String host;

        Start(GlobalOptions options) {
            super(options);
        }

        @Override
        public Integer call() throws InterruptedException {
            if (port < 0 || port > 65_535) {
                throw new LocalizedException("server.error.port", port);
            }
            CourtServer server = open();
            int actual = server.start(host, port, options.messages());
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }));
            String shown = host.equals("0.0.0.0") || host.equals("127.0.0.1") ? "localhost" : host;
            // The exact line of issue 14 ("listening on https://HOST:PORT"): scripts and tests read it.
            out().println("listening on https://" + shown + ":" + actual);
            out().flush();
            stopped.await();
            return 0;
        }
    }

    /** {@code server enrol --officer ID}: prints a one-time enrolment code. */
    @Command(name = "enrol", mixinStandardHelpOptions = true)
    static final class Enrol extends Sub implements Callable<Integer> {

        @Option(names = "--officer", paramLabel = "ID", required = true, descriptionKey = "cli.server.officer")
        String officer;

        @Option(names = "--court", paramLabel = "CODE", descriptionKey = "cli.server.court")
        String court;

        Enrol(GlobalOptions options) {
            super(options);
        }

        @Override
        public Integer call() {
            try (CourtServer server = open()) {
                out().println(server.enrolment().newCode(officer, court));
            }
            return 0;
        }
    }

    /** {@code server revoke --device ID}. */
    @Command(name = "revoke", mixinStandardHelpOptions = true)
    static final class Revoke extends Sub implements Callable<Integer> {

        @Option(names = "--device", paramLabel = "ID", required = true, descriptionKey = "cli.server.device")
        UUID device;

        Revoke(GlobalOptions options) {
            super(options);
        }

        @Override
        public Integer call() {
            try (CourtServer server = open()) {
                if (!server.enrolment().revoke(device)) {
                    throw new LocalizedException("server.audit.error.device", device);
                }
                out().println(options.messages().get("server.revoke.done", device));
            }
            return 0;
        }
    }

    @Command(name = "cases", mixinStandardHelpOptions = true)
    static final class Cases extends ParentCommand {
    }

    /** {@code server cases import FILE [--officer ID]}. */
    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class CasesImport extends Sub implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", descriptionKey = "cli.server.casesFile")
        Path file;

        @Option(names = "--officer", paramLabel = "ID", descriptionKey = "cli.server.assign")
        String officer;

        CasesImport(GlobalOptions options) {
            super(options);
        }

        @Override
        public Integer call() {
            try (CourtServer server = open()) {
                int changed = server.caseImport().importFile(file, officer);
                out().println(options.messages().get("server.cases.imported", changed));
            }
            return 0;
        }
    }

    /** {@code server cases assign --case NUMBER --officer ID}: the case goes to this officer alone. */
    @Command(name = "assign", mixinStandardHelpOptions = true)
    static final class CasesAssign extends Sub implements Callable<Integer> {

        @Option(names = "--case", paramLabel = "NUMBER", required = true, descriptionKey = "cli.server.case")
        String caseRef;

        @Option(names = "--officer", paramLabel = "ID", required = true, descriptionKey = "cli.server.officer")
        String officer;

        CasesAssign(GlobalOptions options) {
            super(options);
        }

        @Override
        public Integer call() {
            try (CourtServer server = open()) {
                boolean changed = server.assignment().handTo(caseRef, officer);
                out().println(options.messages().get(changed ? "server.cases.assigned" : "server.cases.unchanged",
                        caseRef, officer));
            }
            return 0;
        }
    }

    /** {@code server cases unassign --case NUMBER --officer ID}: takes the officer off the case. */
    @Command(name = "unassign", mixinStandardHelpOptions = true)
    static final class CasesUnassign extends Sub implements Callable<Integer> {

        @Option(names = "--case", paramLabel = "NUMBER", required = true, descriptionKey = "cli.server.case")
        String caseRef;

        @Option(names = "--officer", paramLabel = "ID", required = true, descriptionKey = "cli.server.officer")
        String officer;

        CasesUnassign(GlobalOptions options) {
            super(options);
        }

        @Override
        public Integer call() {
            try (CourtServer server = open()) {
                server.assignment().takeOff(caseRef, officer);
                out().println(options.messages().get("server.cases.unassigned", caseRef, officer));
            }
            return 0;
        }
    }

    @Command(name = "officers", mixinStandardHelpOptions = true)
    static final class Officers extends ParentCommand {
    }

    /** {@code server officers court --officer ID --court CODE}: names or changes an officer's court. */
    @Command(name = "court", mixinStandardHelpOptions = true)
    static final class OfficersCourt extends Sub implements Callable<Integer> {

        @Option(names = "--officer", paramLabel = "ID", required = true, descriptionKey = "cli.server.officer")
        String officer;

        @Option(names = "--court", paramLabel = "CODE", required = true, descriptionKey = "cli.server.court")
        String court;

        OfficersCourt(GlobalOptions options) {
            super(options);
        }

        @Override
        public Integer call() {
            try (CourtServer server = open()) {
                var named = server.officerCourts().name(officer, court);
                out().println(options.messages().get("server.officers.court.done", named.officerId(), court.trim(),
                        named.before() == null ? "-" : named.before()));
            }
            return 0;
        }
    }

    @Command(name = "devices", mixinStandardHelpOptions = true)
    static final class Devices extends ParentCommand {
    }

    /** {@code server devices list}: id, officer, the officer's court, name, state. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class DevicesList extends Sub implements Callable<Integer> {

        DevicesList(GlobalOptions options) {
            super(options);
        }

        @Override
        public Integer call() {
            try (CourtServer server = open()) {
                for (DeviceSummary d : server.devices().list()) {
                    out().println(String.join("  ", d.id(), d.officerId(), d.courtCode() == null ? "-" : d.courtCode(),
                            options.messages().get(d.revoked() ? "server.devices.revoked" : "server.devices.active"),
                            d.name()));
                }
            }
            return 0;
        }
    }

    @Command(name = "records", mixinStandardHelpOptions = true)
    static final class Records extends ParentCommand {
    }

    /** {@code server records list [--json]}: id, case_number, state, seal_sha256. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class RecordsList extends Sub implements Callable<Integer> {

        @Option(names = "--json", descriptionKey = "cli.option.json")
        boolean json;

        RecordsList(GlobalOptions options) {
            super(options);
        }

        @Override
        public Integer call() throws Exception {
            try (CourtServer server = open()) {
                var records = server.records().list();
                if (json) {
                    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                    ArrayNode array = mapper.createArrayNode();
                    for (RecordSummary r : records) {
                        var n = array.addObject();
                        n.put("id", r.id());
                        n.put("case_number", r.caseNumber());
                        n.put("state", r.state());
                        n.put("seal_sha256", r.sealSha256());
                    }
                    out().println(mapper.writeValueAsString(array));
                } else {
                    for (RecordSummary r : records) {
                        out().println(String.join("  ", r.id(), String.valueOf(r.caseNumber()),
                                options.messages().get("server.records.state." + r.state()),
                                r.sealSha256() == null ? "-" : r.sealSha256()));
                    }
                }
            }
            return 0;
        }
    }

    @Command(name = "audit", mixinStandardHelpOptions = true)
    static final class Audit extends ParentCommand {
    }

    /** {@code server audit verify --device ID}: the device's chain as received; exit 1 when it breaks. */
    @Command(name = "verify", mixinStandardHelpOptions = true)
    static final class AuditVerify extends Sub implements Callable<Integer> {

        @Option(names = "--device", paramLabel = "ID", required = true, descriptionKey = "cli.server.device")
        UUID device;

        AuditVerify(GlobalOptions options) {
            super(options);
        }

        @Override
        public Integer call() {
            try (CourtServer server = open()) {
                ChainReport report = server.chainAuditor().verify(device);
                if (report.intact()) {
                    out().println(options.messages().get("server.audit.intact", report.events(), report.headSeq()));
                    return 0;
                }
                spec.commandLine().getErr().println(options.messages().get("server.audit.broken",
                        report.firstBad().getAsLong()));
                return 1;
            }
        }
    }
}
