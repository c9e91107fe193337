package org.lastmile.ui.sketch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lastmile.common.LocalizedException;
import org.lastmile.docs.DocumentLanguage;
import org.lastmile.domain.sketch.SiteSketch;
import org.lastmile.domain.sketch.SketchHistory;
import org.lastmile.i18n.Language;
import org.lastmile.ui.FxThread;
import org.lastmile.ui.common.Background;
import org.lastmile.ui.docs.DocumentPreviewViewModel;

/**
 * The sketch screen's print, without a screen: what opens the print window, in which languages,
 * and what is said instead when there is nothing to print or the languages cannot be read.
 */
@ExtendWith(FxThread.class)
class SketchPrintViewModelTest {

    private record Opened(DocumentPreviewViewModel.Renderer render, DocumentLanguage language) {
    }

    private final List<Opened> opened = new ArrayList<>();
    private final List<DocumentLanguage> rendered = new ArrayList<>();

    private SketchPrintViewModel print(SketchViewModel sketch, DocumentLanguage parties, Language ui) {
        return new SketchPrintViewModel(sketch, new SketchPrintViewModel.SketchDocuments() {
            @Override
            public DocumentLanguage partiesLanguage() {
                return parties;
            }

            @Override
            public Path render(DocumentLanguage language) {
                rendered.add(language);
                return Path.of("sketch-" + language + ".pdf");
            }
        }, (render, language) -> opened.add(new Opened(render, language)), () -> ui);
    }

    private static SketchViewModel farmland() {
        return new SketchViewModel(new SketchHistory(DemoScreen.farmland()), new Background(Runnable::run));
    }

    @Test
    void opensThePrintWindowInBothScriptsWhenAPartySpeaksTibetanAndTheWindowRendersTheSketch() throws Exception {
        SketchPrintViewModel print = print(farmland(), DocumentLanguage.BOTH, Language.CHINESE);
        assertThat(print.canPrint().get()).isTrue();

        assertThat(print.print()).isTrue();

        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).language()).isEqualTo(DocumentLanguage.BOTH);
        // the window's renderer is the sketch document's: choosing Chinese there renders it in Chinese
        assertThat(opened.get(0).render().render(DocumentLanguage.ZH)).isEqualTo(Path.of("sketch-ZH.pdf"));
        assertThat(rendered).containsExactly(DocumentLanguage.ZH);
        assertThat(print.busy().get()).isFalse();
    }

    @Test
    void chineseForChineseSpeakersUnlessTheInterfaceIsTibetan() {
        print(farmland(), DocumentLanguage.ZH, Language.CHINESE).print();
        print(farmland(), DocumentLanguage.ZH, Language.TIBETAN).print();
        assertThat(opened).extracting(Opened::language).containsExactly(DocumentLanguage.ZH, DocumentLanguage.BOTH);
    }

    @Test
    void aSketchWithoutCornersHasNothingToPrintAndSaysSo() {
        SketchViewModel empty = new SketchViewModel(new SketchHistory(SiteSketch.empty(UUID.randomUUID(),
                "EPSG:4542", 0)), new Background(Runnable::run));
        SketchPrintViewModel print = print(empty, DocumentLanguage.ZH, Language.CHINESE);
        assertThat(print.canPrint().get()).isFalse();

        assertThat(print.print()).isFalse();

        assertThat(opened).isEmpty();
        assertThat(empty.problemProperty().get().messageKey()).isEqualTo("sketch.print.error.empty");
    }

    @Test
    void languagesThatCannotBeReadAreOneLineAndNoWindow() {
        SketchViewModel sketch = farmland();
        SketchPrintViewModel print = new SketchPrintViewModel(sketch, new SketchPrintViewModel.SketchDocuments() {
            @Override
            public DocumentLanguage partiesLanguage() {
                throw new LocalizedException("store.fault.diskfull", "/data");
            }

            @Override
            public Path render(DocumentLanguage language) {
                throw new AssertionError("nothing is rendered");
            }
        }, (render, language) -> opened.add(new Opened(render, language)), () -> Language.CHINESE);

        assertThat(print.print()).isTrue();

        assertThat(opened).isEmpty();
        assertThat(sketch.problemProperty().get().messageKey()).isEqualTo("store.fault.diskfull");
        assertThat(print.busy().get()).isFalse();
        assertThat(print.canPrint().get()).as("may be tried again").isTrue();
    }
}
