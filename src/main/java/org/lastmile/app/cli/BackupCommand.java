package org.lastmile.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lastmile.app.wiring.Wiring;
import org.lastmile.i18n.Messages;
import org.lastmile.store.backup.Backups;
import org.lastmile.store.backup.Backups.Backup;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lastmile backup now|list|restore}. Works on the files, without opening the store: a
 * damaged database can still be listed against and restored.
 */
@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand extends ParentCommand {

    static CommandLine create(GlobalOptions options, Wiring wiring) {
        CommandLine cmd = new CommandLine(new BackupCommand());
        cmd.addSubcommand(new Now(options, wiring));
        cmd.addSubcommand(new ListBackups(options, wiring));
        cmd.addSubcommand(new Restore(options, wiring));
        return cmd;
    }

    /** {@code backup now}: checks the pages, writes a snapshot. */
    @Command(name = "now", mixinStandardHelpOptions = true)
    static final class Now extends StoreCommand implements Callable<Integer> {

        Now(GlobalOptions options, Wiring wiring) {
            super(options, wiring);
        }

        @Override
        public Integer call() {
            Messages m = options.messages();
            Backups backups = new Backups(dataDirectory(), wiring.clock());
            Backup made = backups.now("manual", false, p -> { }).orElseThrow();
            out().println(m.get("cli.backup.made", made.name(), made.size()));
            out().flush();
            return 0;
        }
    }

    /** {@code backup list [--json]}: the snapshots, oldest first. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListBackups extends StoreCommand implements Callable<Integer> {

        @Option(names = "--json", descriptionKey = "cli.option.json")
        boolean json;

        ListBackups(GlobalOptions options, Wiring wiring) {
            super(options, wiring);
        }

        @Override
        public Integer call() throws Exception {
            Messages m = options.messages();
            List<Backup> all = new Backups(dataDirectory(), wiring.clock()).list();
            if (json) {
                ObjectMapper mapper = new ObjectMapper();
                ArrayNode array = mapper.createArrayNode();
                for (Backup b : all) {
                    array.addObject().put("name", b.name()).put("takenAt", b.takenAt().toString())
                            .put("reason", b.reason()).put("auditSeq", b.auditSeq()).put("bytes", b.size());
                }
                out().println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array));
            } else {
                for (Backup b : all) {
                    out().println(m.get("cli.backup.line", b.name(), b.takenAt(), b.reason(), b.size()));
                }
                out().println(m.get("cli.backup.count", all.size()));
            }
            out().flush();
            return 0;
        }
    }

    /** {@code backup restore NAME}: the current file is moved aside, never deleted. */
    @Command(name = "restore", mixinStandardHelpOptions = true)
    static final class Restore extends StoreCommand implements Callable<Integer> {

        @Parameters(paramLabel = "NAME", descriptionKey = "cli.backup.name")
        String name;

        Restore(GlobalOptions options, Wiring wiring) {
            super(options, wiring);
        }

        @Override
        public Integer call() {
            Messages m = options.messages();
            Optional<java.nio.file.Path> aside = new Backups(dataDirectory(), wiring.clock()).restore(name);
            out().println(aside.map(p -> m.get("cli.backup.restored", name, p.getFileName()))
                    .orElseGet(() -> m.get("cli.backup.restoredFresh", name)));
            out().flush();
            return 0;
        }
    }
}
