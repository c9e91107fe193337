package org.lastmile.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lastmile.app.wiring.Wiring;
import org.lastmile.common.LocalizedException;
import org.lastmile.i18n.Messages;
import org.lastmile.store.open.Store;
import org.lastmile.sync.CourtFault;
import org.lastmile.sync.Enrolment;
import org.lastmile.sync.SyncClient;
import org.lastmile.sync.SyncSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lastmile sync [--json]} and {@code lastmile sync enrol --server URL --code CODE --ca FILE}.
 * Exit 0 finished, 3 stopped on a network fault (run again: it resumes), 2 bad input, 1 something
 * needs a person (conflicts or refused operations).
 */
@Command(name = "sync", mixinStandardHelpOptions = true)
final class SyncCommand extends StoreCommand implements Callable<Integer> {

    /** Exit code of a run stopped on a network fault, resumable. */
    static final int STOPPED = 3;
    /** Exit code when something needs a person. */
    static final int NEEDS_PERSON = 1;


    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    SyncCommand(GlobalOptions options, Wiring wiring) {
        super(options, wiring);
    }

    static CommandLine create(GlobalOptions options, Wiring wiring) {
        CommandLine cmd = new CommandLine(new SyncCommand(options, wiring));
        cmd.addSubcommand(new Enrol(options, wiring));
        return cmd;
    }

    @Override
    public Integer call() throws IOException {
        Messages m = options.messages();
        try (Store store = openStore()) {
            SyncClient client = new SyncClient(store, wiring.clock());
            SyncProgressLine line = new SyncProgressLine(spec.commandLine().getErr(), m, client.progressReader(),
                    System::nanoTime);
            SyncSummary summary = client.run(line::step);
            line.last();
            print(summary, m);
            problems(summary, client, m);
            return switch (summary.outcome()) {
                case FINISHED -> 0;
                case NEEDS_PERSON -> NEEDS_PERSON;
                case STOPPED, CANCELLED -> STOPPED;
            };
        }
    }

    private void print(SyncSummary s, Messages m) throws IOException {
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode n = mapper.createObjectNode();
            n.put("outcome", s.outcome().name().toLowerCase(java.util.Locale.ROOT));
            n.put("pushed", s.pushed());
            n.put("duplicates", s.duplicates());
            n.put("pulled", s.pulled());
            n.put("conflicts", s.conflicts());
            n.put("refused", s.refused());
            n.put("attachments_verified", s.attachmentsVerified());
            n.put("pending", s.pending());
            n.put("safe_to_unplug", s.safeToUnplug());
            // beyond issue 14's list, like outcome and refused: files of pulled records fetched here
            n.put("attachments_downloaded", s.downloaded());
            n.put("downloads_pending", s.downloadsPending());
            if (s.clockSkewSeconds() != null) {
                n.put("clock_skew_seconds", s.clockSkewSeconds());
            }
            n.put("clock_skewed", s.clockSkewed());
            out().println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(n));
        } else {
            out().println(m.get("cli.sync.summary", s.pushed(), s.duplicates(), s.pulled(), s.conflicts(),
                    s.attachmentsVerified(), s.pending()));
            out().println(m.get(s.safeToUnplug() ? "cli.sync.safe" : "cli.sync.notSafe"));
            if (s.downloadsPending() > 0) {
                out().println(m.get("cli.sync.downloadsPending", s.downloadsPending()));
            }
        }
        out().flush();
        if (s.clockSkewed()) {
            spec.commandLine().getErr().println(m.get("cli.sync.clockSkew", s.clockSkewSeconds() / 60));
        }
        if (s.outcome() == SyncSummary.Outcome.STOPPED && s.stoppedBy() == null) {
            spec.commandLine().getErr().println(m.get("cli.sync.stopped"));
        } else if (s.outcome() == SyncSummary.Outcome.NEEDS_PERSON) {
            spec.commandLine().getErr().println(m.get("cli.sync.needsPerson"));
        }
        spec.commandLine().getErr().flush();
    }

    /**
     * On stderr, in this laptop's language: what the court said when it stopped the run, and each
     * refused operation or file (the court's keys translated here, whatever language it speaks).
     */
    private void problems(SyncSummary s, SyncClient client, Messages m) {
        java.io.PrintWriter err = spec.commandLine().getErr();
        if (s.stoppedBy() != null) {
            err.println(m.get(s.outcome() == SyncSummary.Outcome.STOPPED ? "sync.error.courtTrouble"
                    : "sync.error.courtRefused", s.stoppedBy().text(m)));
        }
        if (s.outcome() == SyncSummary.Outcome.NEEDS_PERSON) {
            for (SyncClient.Refusal r : client.refusals()) {
                err.println(m.get("sync.screen.refusal", r.entity(), client.entityName(r.entity(), r.entityId()),
                        r.reasonText(m)));
            }
        }
        err.flush();
    }

    /** {@code sync enrol}: trades the office's one-time code for this device's credential. */
    @Command(name = "enrol", mixinStandardHelpOptions = true)
    static final class Enrol extends StoreCommand implements Callable<Integer> {

        @Option(names = "--server", required = true, paramLabel = "URL", descriptionKey = "cli.sync.option.server")
        String server;

        @Option(names = "--code", required = true, paramLabel = "CODE", descriptionKey = "cli.sync.option.code")
        String code;

        @Option(names = "--ca", required = true, paramLabel = "FILE", descriptionKey = "cli.sync.option.ca")
        Path ca;

        Enrol(GlobalOptions options, Wiring wiring) {
            super(options, wiring);
        }

        @Override
        public Integer call() {
            Messages m = options.messages();
            URI uri = SyncClient.serverUri(server);
            SyncClient.readCa(ca); // refused before the store is opened
            try (Store store = openStore()) {
                Enrolment e = new SyncClient(store, wiring.clock()).enrol(server, code, ca, SyncClient.deviceName());
                out().println(m.get("cli.sync.enrolled", e.deviceId(), e.officerId(), e.courtCode()));
                out().flush();
                return 0;
            } catch (CourtFault fault) {
                if (SyncClient.refused(fault)) {
                    throw SyncClient.enrolRefused(fault);
                }
                spec.commandLine().getErr().println(m.get("sync.error.unreachable", uri));
                spec.commandLine().getErr().flush();
                return STOPPED;
            }
        }
    }
}
