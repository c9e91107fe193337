package org.lastmile.app.cli;

import java.util.concurrent.Callable;
import org.lastmile.app.wiring.Wiring;
import org.lastmile.i18n.Messages;
import org.lastmile.store.open.Store;
import org.lastmile.store.audit.AuditReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code lastmile audit verify}. */
@Command(name = "audit", mixinStandardHelpOptions = true)
final class AuditCommand extends ParentCommand {

    static CommandLine create(GlobalOptions options, Wiring wiring) {
        CommandLine cmd = new CommandLine(new AuditCommand());
        cmd.addSubcommand(new Verify(options, wiring));
        return cmd;
    }

    /**
     * Recomputes the audit hash chain and compares it with its heads and the current rows: exit 0
     * when all agree, 1 naming the first difference.
     */
    @Command(name = "verify", mixinStandardHelpOptions = true)
    static final class Verify extends StoreCommand implements Callable<Integer> {

        Verify(GlobalOptions options, Wiring wiring) {
            super(options, wiring);
        }

        @Override
        public Integer call() {
            Messages messages = options.messages();
            try (Store store = openStore()) {
                AuditReport report = store.chainAudit().verify();
                if (report.intact()) {
                    out().println(messages.get("cli.audit.intact", report.events()));
                    out().flush();
                    return 0;
                }
                // Tampering is a finding (exit 1), not bad input (exit 2).
                spec.commandLine().getErr().println(messages.get(report.firstDifference().orElseThrow()));
                spec.commandLine().getErr().flush();
                return 1;
            }
        }
    }
}
