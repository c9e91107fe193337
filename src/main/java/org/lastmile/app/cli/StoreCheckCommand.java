package org.lastmile.app.cli;

import java.util.concurrent.Callable;
import org.lastmile.app.wiring.Wiring;
import org.lastmile.common.LocalizedException;
import org.lastmile.i18n.Messages;
import org.lastmile.store.DataFolder;
import org.lastmile.store.PageCheck;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code lastmile store check}: reads every page of the database, with progress on stderr. */
@Command(name = "store", mixinStandardHelpOptions = true)
final class StoreCheckCommand extends ParentCommand {

    static CommandLine create(GlobalOptions options, Wiring wiring) {
        CommandLine cmd = new CommandLine(new StoreCheckCommand());
        cmd.addSubcommand(new Check(options, wiring));
        return cmd;
    }

    /** Exit 0 when every page reads, 1 naming the damage and the newest backup. */
    @Command(name = "check", mixinStandardHelpOptions = true)
    static final class Check extends StoreCommand implements Callable<Integer> {

        Check(GlobalOptions options, Wiring wiring) {
            super(options, wiring);
        }

        @Override
        public Integer call() {
            Messages m = options.messages();
            DataFolder folder = new DataFolder(dataDirectory());
            if (folder.databaseIsEmpty()) {
                throw new LocalizedException("backup.error.noDatabase", folder.database());
            }
            var err = spec.commandLine().getErr();
            try {
                new PageCheck(folder.database()).run(p -> {
                    err.println(m.get("cli.store.progress", p.done(), p.total(), p.table()));
                    err.flush();
                });
            } catch (LocalizedException e) {
                err.println(m.get("store.error.corrupt", folder.database(), e.messageArgs().length > 1
                        ? e.messageArgs()[1] : "", new org.lastmile.store.RestoreHint(
                                folder.newestBackup().map(p -> p.getFileName().toString()).orElse(null))));
                err.flush();
                return 1;
            }
            out().println(m.get("cli.store.intact", folder.database()));
            out().flush();
            return 0;
        }
    }
}
