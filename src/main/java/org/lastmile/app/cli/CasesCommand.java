package org.lastmile.app.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.lastmile.app.wiring.Wiring;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.store.open.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lastmile cases list|search}. */
@Command(name = "cases", mixinStandardHelpOptions = true)
final class CasesCommand extends ParentCommand {

    static picocli.CommandLine create(GlobalOptions options, Wiring wiring) {
        picocli.CommandLine cmd = new picocli.CommandLine(new CasesCommand());
        cmd.addSubcommand(new ListCases(options, wiring));
        cmd.addSubcommand(new SearchCases(options, wiring));
        return cmd;
    }

    /** {@code cases list}: every case, newest filing first. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListCases extends StoreCommand implements Callable<Integer> {

        @Option(names = "--json", descriptionKey = "cli.option.json")
        boolean json;

        ListCases(GlobalOptions options, Wiring wiring) {
            super(options, wiring);
        }

        @Override
        public Integer call() throws Exception {
            try (Store store = openStore()) {
                print(store.cases().all(), json, this);
            }
            return 0;
        }
    }

    /** {@code cases search TEXT}: cases whose number, parties, title or place match. */
    @Command(name = "search", mixinStandardHelpOptions = true)
    static final class SearchCases extends StoreCommand implements Callable<Integer> {

        @Parameters(paramLabel = "TEXT", arity = "1..*", descriptionKey = "cli.cases.search.text")
        List<String> words;

        @Option(names = "--json", descriptionKey = "cli.option.json")
        boolean json;

        @Option(names = "--limit", defaultValue = "200", descriptionKey = "cli.option.limit")
        int limit;

        SearchCases(GlobalOptions options, Wiring wiring) {
            super(options, wiring);
        }

        @Override
        public Integer call() throws Exception {
            try (Store store = openStore()) {
                List<EnforcementCase> found = store.cases().findAll(store.search().search(String.join(" ", words), limit));
                print(found, json, this);
            }
            return 0;
        }
    }

    private static void print(List<EnforcementCase> cases, boolean json, StoreCommand command) throws Exception {
        LocalDate today = LocalDate.now(command.wiring.clock());
        CaseOutput output = new CaseOutput(command.wiring.deadlines(command.dataDirectory()), today);
        java.io.PrintWriter out = command.out();
        if (json) {
            output.json(cases, out);
        } else {
            output.human(cases, command.options.messages(), out);
        }
        out.flush();
    }
}
