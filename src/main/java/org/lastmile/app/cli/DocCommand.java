package org.lastmile.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lastmile.app.wiring.Wiring;
import org.lastmile.common.LocalizedException;
import org.lastmile.docs.DocumentFonts;
import org.lastmile.docs.DocumentLanguage;
import org.lastmile.domain.record.seal.StoredRecord;
import org.lastmile.service.DocumentService;
import org.lastmile.store.open.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lastmile doc render RECORD --out FILE.pdf [--lang zh|bo|both]}. {@code --lang} is the
 * global option: for this command it chooses the document's languages (and, for zh and bo, the
 * language of the one line printed).
 */
@Command(name = "doc", mixinStandardHelpOptions = true)
final class DocCommand extends ParentCommand {

    /** Names a CJK TrueType font file when none is in the usual system places. */
    static final String CJK_FONT_ENV = "LASTMILE_CJK_FONT";

    static CommandLine create(GlobalOptions options, Wiring wiring) {
        CommandLine cmd = new CommandLine(new DocCommand());
        cmd.addSubcommand(new Render(options, wiring));
        return cmd;
    }

    /** Renders one record, by id or seal code, to a PDF. */
    @Command(name = "render", mixinStandardHelpOptions = true)
    static final class Render extends StoreCommand implements Callable<Integer> {

        @Parameters(paramLabel = "RECORD", descriptionKey = "cli.doc.render.record")
        String recordRef;

        @Option(names = "--out", required = true, paramLabel = "FILE.pdf", descriptionKey = "cli.doc.render.out")
        Path out;

        Render(GlobalOptions options, Wiring wiring) {
            super(options, wiring);
        }

        @Override
        public Integer call() throws IOException {
            // the global --lang names the document's language here: zh, bo or both (en is no document language)
            String lang = options.lang;
            Optional<DocumentLanguage> chosen = Optional.empty();
            if (lang != null) {
                chosen = Optional.of(DocumentLanguage.parse(lang)
                        .orElseThrow(() -> new LocalizedException("cli.doc.error.lang", lang)));
            }
            Optional<Path> fontOverride = Optional.ofNullable(options.env().get(CJK_FONT_ENV)).map(Path::of);
            DocumentFonts fonts = DocumentFonts.find(fontOverride);
            try (Store store = openStore()) {
                StoredRecord stored = RecordCommand.findRecord(store, recordRef);
                int pages = new DocumentService(store).renderRecord(stored.record().id(), chosen, fonts, out);
                out().println(options.messages().get("cli.doc.rendered", out, pages));
                out().flush();
                return 0;
            }
        }
    }
}
