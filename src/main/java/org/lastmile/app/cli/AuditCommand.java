package org.lastmile.app.cli;

import java.util.concurrent.Callable;
import org.lastmile.app.wiring.Wiring;
import org.lastmile.i18n.Messages;
import org.lastmile.store.open.Store;
import org.lastmile.store.audit.AuditEvent;
import org.lastmile.store.audit.ChainCheck;
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

    /** Recomputes the audit hash chain: exit 0 when intact, 1 naming the first broken event. */
    @Command(name = "verify", mixinStandardHelpOptions = true)
    static final class Verify extends StoreCommand implements Callable<Integer> {

        Verify(GlobalOptions options, Wiring wiring) {
            super(options, wiring);
        }

        @Override
        public Integer call() {
            Messages messages = options.messages();
            try (Store store = openStore()) {
                ChainCheck check = store.audit().verify();
                if (check.intact()) {
                    out().println(messages.get("cli.audit.intact", check.events()));
                    out().flush();
                    return 0;
                }
                AuditEvent e = check.firstBroken().orElseThrow();
                spec.commandLine().getErr().println(messages.get("cli.audit.broken", e.seq(), e.id(),
                        messages.get(check.reason().messageKey())));
                spec.commandLine().getErr().flush();
                return 1;
            }
        }
    }
}
