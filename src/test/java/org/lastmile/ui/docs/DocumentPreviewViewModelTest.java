package org.lastmile.ui.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.docs.DocumentFonts;
import org.lastmile.docs.DocumentLanguage;
import org.lastmile.docs.RecordDocument;
import org.lastmile.docs.RecordPdf;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.ParticipantRole;
import org.lastmile.domain.record.Place;
import org.lastmile.domain.record.RecordType;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.record.seal.StoredRecord;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.ui.FxThread;
import org.lastmile.ui.common.Background;

/** The preview without a screen: a real rendered PDF read into pages, paging, and a file that is no PDF. */
@ExtendWith(FxThread.class)
class DocumentPreviewViewModelTest {

    @TempDir
    Path dir;

    private final DocumentPreviewViewModel model = new DocumentPreviewViewModel(new Background(Runnable::run));

    private Path rendered() throws Exception {
        return rendered(DocumentLanguage.BOTH);
    }

    /** A one-page record with a Tibetan-speaking party, rendered for real in {@code language}. */
    private Path rendered(DocumentLanguage language) throws Exception {
        Participant party = new Participant(UUID.randomUUID(), ParticipantRole.PARTY, "扎西", "བཀྲ་ཤིས་", null,
                SpokenLanguage.TIBETAN, UUID.randomUUID(), null, false, null, null);
        SiteRecord r = SiteRecord.start(UUID.randomUUID(), RecordType.ENFORCEMENT, SpokenLanguage.CHINESE,
                Instant.parse("2026-11-26T02:00:00Z"), Place.named("刚察县")).edit().participants(List.of(party)).build();
        Path pdf = dir.resolve("preview-" + language + ".pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            new RecordPdf(DocumentFonts.find(Optional.empty()), Messages.of(Language.CHINESE),
                    Messages.of(Language.TIBETAN)).render(new RecordDocument(new StoredRecord(r, false, null, null, 1),
                    "刚察县人民法院", "རྐང་ཚ་རྫོང་མི་དམངས་ཁྲིམས་ཁང", "(2026)青2224执7号", ZoneId.of("Asia/Shanghai")),
                    language, out);
        }
        return pdf;
    }

    @Test
    void theRenderedPagesAreShownOneByOne() throws Exception {
        Path pdf = rendered();
        int pages;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            pages = doc.getNumberOfPages();
        }
        model.open(pdf);
        assertThat(model.busy().get()).isFalse();
        assertThat(model.error().get()).isNull();
        assertThat(model.pageCount()).isEqualTo(pages);
        assertThat(model.pages()).hasSize(pages);
        // A4 at the preview's resolution: 210 mm wide, 297 mm high
        assertThat(model.currentPage().get().getWidth()).isCloseTo((int) Math.round(210 / 25.4 * DocumentPreviewViewModel.PREVIEW_DPI), org.assertj.core.data.Offset.offset(2));
        assertThat(model.currentPage().get().getHeight()).isCloseTo((int) Math.round(297 / 25.4 * DocumentPreviewViewModel.PREVIEW_DPI), org.assertj.core.data.Offset.offset(2));
        assertThat(model.canPrevious().get()).isFalse();
        assertThat(model.file()).contains(pdf);
        for (int i = 1; i < pages; i++) {
            model.next();
        }
        assertThat(model.index().get()).isEqualTo(pages - 1);
        assertThat(model.canNext().get()).isFalse();
        model.next();
        assertThat(model.index().get()).isEqualTo(pages - 1);
        model.previous();
        assertThat(model.index().get()).isEqualTo(Math.max(0, pages - 2));
    }

    @Test
    void aFileThatIsNoPdfIsAnErrorWithItsMessageKeyAndNoPages() throws Exception {
        Path notPdf = dir.resolve("notes.pdf");
        Files.writeString(notPdf, "not a pdf");
        model.open(notPdf);
        assertThat(model.pageCount()).isZero();
        assertThat(model.error().get().messageKey()).isEqualTo("docs.verify.error.notPdf");
        assertThat(model.file()).isEmpty();
    }

    // The record screen's "print" path: the document is rendered in the background, then shown.
    @Test
    void aDocumentRenderedInTheBackgroundIsShownAndAFailedRenderSaysWhy() throws Exception {
        model.render(this::rendered);
        assertThat(model.error().get()).isNull();
        assertThat(model.busy().get()).isFalse();
        assertThat(model.pageCount()).isPositive();

        model.render(() -> {
            throw new java.io.IOException("no font");
        });
        assertThat(model.busy().get()).isFalse();
        assertThat(model.error().get().messageKey()).isEqualTo("docs.preview.error.render");
    }
    // The rule of documents.md: Tibetan lines when a party speaks Tibetan, the Chinese (the
    // original) always unless the officer chooses Tibetan alone.
    @Test
    void theWindowOpensInBothScriptsWhenAPartyOrTheInterfaceIsTibetanElseInChinese() {
        assertThat(DocumentPreviewViewModel.defaultLanguage(Language.CHINESE, DocumentLanguage.ZH))
                .isEqualTo(DocumentLanguage.ZH);
        assertThat(DocumentPreviewViewModel.defaultLanguage(Language.ENGLISH, DocumentLanguage.ZH))
                .isEqualTo(DocumentLanguage.ZH);
        assertThat(DocumentPreviewViewModel.defaultLanguage(Language.CHINESE, DocumentLanguage.BOTH))
                .isEqualTo(DocumentLanguage.BOTH);
        assertThat(DocumentPreviewViewModel.defaultLanguage(Language.TIBETAN, DocumentLanguage.ZH))
                .isEqualTo(DocumentLanguage.BOTH);
        assertThat(DocumentPreviewViewModel.defaultLanguage(Language.TIBETAN, DocumentLanguage.BOTH))
                .isEqualTo(DocumentLanguage.BOTH);
    }

    @Test
    void choosingAnotherLanguageRendersTheDocumentAgainInIt() throws Exception {
        List<DocumentLanguage> asked = new java.util.ArrayList<>();
        model.render(language -> {
            asked.add(language);
            return rendered(language);
        }, DocumentLanguage.BOTH);
        assertThat(model.language().get()).isEqualTo(DocumentLanguage.BOTH);
        assertThat(model.languages()).containsExactly(DocumentLanguage.ZH, DocumentLanguage.BO, DocumentLanguage.BOTH);
        assertThat(text(model.file().orElseThrow())).contains("刚察县人民法院").contains("རྐང་ཚ་རྫོང");

        model.language().set(DocumentLanguage.BO);
        assertThat(asked).containsExactly(DocumentLanguage.BOTH, DocumentLanguage.BO);
        assertThat(model.error().get()).isNull();
        assertThat(model.pageCount()).isPositive();
        // the Tibetan document: the court in Tibetan only, no Chinese court line
        assertThat(text(model.file().orElseThrow())).contains("རྐང་ཚ་རྫོང").doesNotContain("刚察县人民法院");

        model.language().set(DocumentLanguage.ZH);
        assertThat(text(model.file().orElseThrow())).contains("刚察县人民法院").doesNotContain("རྐང་ཚ་རྫོང");
        assertThat(asked).containsExactly(DocumentLanguage.BOTH, DocumentLanguage.BO, DocumentLanguage.ZH);
    }

    @Test
    void aRenderThatFinishesAfterALaterChoiceNeverReplacesIt() throws Exception {
        model.render(language -> {
            Path pdf = rendered(language);
            if (language == DocumentLanguage.BOTH) {
                // the officer picks Chinese while the first document is still being made
                model.language().set(DocumentLanguage.ZH);
            }
            return pdf;
        }, DocumentLanguage.BOTH);
        assertThat(model.busy().get()).isFalse();
        assertThat(model.language().get()).isEqualTo(DocumentLanguage.ZH);
        assertThat(model.file().orElseThrow().getFileName().toString()).isEqualTo("preview-ZH.pdf");
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }
}
