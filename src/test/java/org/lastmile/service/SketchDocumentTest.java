package org.lastmile.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.app.cli.CliRun;
import org.lastmile.common.LocalizedException;
import org.lastmile.docs.DocumentFonts;
import org.lastmile.docs.DocumentLanguage;
import org.lastmile.docs.PdfSeal;
import org.lastmile.docs.PdfSealCheck;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.record.seal.SealCode;
import org.lastmile.domain.record.seal.StoredRecord;
import org.lastmile.domain.sketch.Corner;
import org.lastmile.domain.sketch.CornerOrigin;
import org.lastmile.domain.sketch.SketchEdits;
import org.lastmile.domain.sketch.SketchHistory;
import org.lastmile.store.TestStores;
import org.lastmile.store.open.Store;
import org.lastmile.store.sketch.StoredSketch;
import org.lastmile.survey.crs.PlanePoint;

/**
 * Issue 15: the site sketch printed on its own (the sketch screen's print), from the real store
 * with the demo data. The sealed hand-over record froze the farmland sketch: the paper carries that
 * record's seal code and QR, names the sketch's SHA-256, and {@code record verify} accepts it; a
 * sketch no sealed record holds prints as a draft.
 */
class SketchDocumentTest {

    private static final Map<String, String> EN = Map.of("LASTMILE_LANG", "en");

    @TempDir
    Path dir;

    @Test
    void theFrozenSketchPrintsWithTheSealOfTheRecordThatHoldsItAndVerifies() throws Exception {
        Path pdf = dir.resolve("sketch.pdf");
        String sha;
        StoredRecord holder;
        try (Store store = TestStores.open(dir, true)) {
            EnforcementCase farmland = DemoCases.farmland(store);
            StoredSketch sketch = store.sketches().find(farmland.id()).orElseThrow();
            assertThat(sketch.frozen()).as("the demo's sealed hand-over froze it").isTrue();
            sha = sketch.sha256();
            holder = store.records().find(sketch.frozenBy().orElseThrow()).orElseThrow();
            DocumentService documents = new DocumentService(store);
            assertThat(documents.defaultSketchLanguage(farmland.id())).as("Tibetan speakers present")
                    .isEqualTo(DocumentLanguage.BOTH);
            int pages = documents.renderSketch(farmland.id(), Optional.of(DocumentLanguage.BOTH),
                    DocumentFonts.find(Optional.empty()), pdf);
            assertThat(pages).isEqualTo(1);
            // Tibetan alone: every label the program writes in Tibetan, the figures as they are
            Path bo = dir.resolve("sketch-bo.pdf");
            documents.renderSketch(farmland.id(), Optional.of(DocumentLanguage.BO), DocumentFonts.find(Optional.empty()), bo);
            keep(bo);
            try (PDDocument doc = Loader.loadPDF(bo.toFile())) {
                assertThat(new PDFTextStripper().getText(doc)).contains("ས་རིས་ཀྱི་མཛུབ་རིས").contains(sha)
                        .doesNotContain("草图指纹").doesNotContain("本页比例尺");
            }
        }
        keep(pdf);
        PdfSealCheck.Result check = PdfSealCheck.check(pdf);
        assertThat(check.problems()).as("the embedded record hashes to its seal; the QR carries it").isEmpty();
        assertThat(check.contents().recordId()).isEqualTo(holder.record().id().toString());
        assertThat(holder.record().sketchSha256()).as("what the record sealed").isEqualTo(sha);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("草图指纹（SHA-256） " + sha)
                    .contains("封存码 " + SealCode.of(holder.sealSha256()))
                    // the Tibetan label, from its invisible text layer
                    .contains("ས་རིས་ཀྱི་མཛུབ་རིས")
                    .contains("本页比例尺 1:")
                    .contains("第1页 共1页")
                    .doesNotContain("草稿");
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
        }

        CliRun verify = CliRun.run(EN, "record", "verify", pdf.toString(), "--data-dir", dir.toString());
        assertThat(verify.err).isEmpty();
        assertThat(verify.exit).isZero();
        assertThat(verify.out).contains("The PDF matches the sealed record");
    }

    @Test
    void aSketchPaperThatNamesAnotherSketchIsRefusedByRecordVerify() throws Exception {
        Path pdf = dir.resolve("sketch.pdf");
        try (Store store = TestStores.open(dir, true)) {
            new DocumentService(store).renderSketch(DemoCases.farmland(store).id(), Optional.of(DocumentLanguage.ZH),
                    DocumentFonts.find(Optional.empty()), pdf);
        }
        // the seal, the embedded record and the QR stay; only the sketch the paper names changes
        String other = "0".repeat(64);
        Path edited = dir.resolve("edited.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            doc.getDocumentInformation().setCustomMetadataValue("LastMileSketch", other);
            doc.save(edited.toFile());
        }
        assertThat(PdfSealCheck.check(edited).intact()).isTrue();
        CliRun untouched = CliRun.run(EN, "record", "verify", pdf.toString(), "--data-dir", dir.toString());
        assertThat(untouched.exit).isZero();
        CliRun verify = CliRun.run(EN, "record", "verify", edited.toString(), "--data-dir", dir.toString());
        assertThat(verify.exit).isEqualTo(1);
        assertThat(verify.err.strip().lines().toList()).hasSize(1);
        assertThat(verify.err).contains("does not name the fingerprint");
    }

    @Test
    void aSketchNoSealedRecordHoldsPrintsAsADraftAndACaseWithoutOneSaysSo() throws Exception {
        Path pdf = dir.resolve("draft.pdf");
        try (Store store = TestStores.open(dir, true)) {
            UUID farmland = DemoCases.farmland(store).id();
            EnforcementCase other = store.cases().all().stream().filter(c -> !c.id().equals(farmland)
                    && store.sketches().find(c.id()).isEmpty()).findFirst().orElseThrow();
            DocumentService documents = new DocumentService(store);
            Path none = dir.resolve("none.pdf");
            assertThatThrownBy(() -> documents.renderSketch(other.id(), Optional.empty(),
                    DocumentFonts.find(Optional.empty()), none))
                    .isInstanceOf(LocalizedException.class)
                    .extracting(e -> ((LocalizedException) e).messageKey()).isEqualTo("sketch.error.none");
            assertThat(none).doesNotExist();
            assertThat(dir.resolve("none.pdf.part")).doesNotExist();

            SketchService sketches = SketchService.of(store);
            SketchHistory history = sketches.history(other.id(), "EPSG:4542", 3200);
            history.addListener(s -> sketches.save(s, "officer-1"));
            history.execute(SketchEdits.addCorner(corner("J1", 599300, 4131895)));
            history.execute(SketchEdits.addCorner(corner("J2", 599386, 4131902)));
            history.execute(SketchEdits.addCorner(corner("J3", 599428, 4131860)));
            String sha = sketches.find(other.id()).orElseThrow().sha256();
            documents.renderSketch(other.id(), Optional.empty(), DocumentFonts.find(Optional.empty()), pdf);
            keep(pdf);
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                String text = new PDFTextStripper().getText(doc);
                assertThat(text.replaceAll("\\s", "")).as("the diagonal watermark, its letters apart").contains("草稿/draft");
                assertThat(text).contains(sha).doesNotContain("封存码");
            }
            assertThatThrownBy(() -> PdfSeal.read(pdf)).isInstanceOf(LocalizedException.class);
        }
    }

    /**
     * A pasture of about 700 × 500 m from the store: A4 would print it coarser than 1:2000, so its
     * page is A3, with the same running header as an A4 page and the map printed at a finer scale
     * than the A4 place would give (the sheet's scale over the fit of the 297 × 210 mm sheet into
     * 156 × 191 mm on A4, 0.6431, and into 243 × 314 mm on A3, 1.0572: hand arithmetic).
     */
    @Test
    void aPastureSketchFromTheStorePrintsOnA3AtAFinerScale() throws Exception {
        Path pdf = dir.resolve("pasture.pdf");
        try (Store store = TestStores.open(dir, true)) {
            UUID farmland = DemoCases.farmland(store).id();
            EnforcementCase other = store.cases().all().stream().filter(c -> !c.id().equals(farmland)
                    && store.sketches().find(c.id()).isEmpty()).findFirst().orElseThrow();
            SketchService sketches = SketchService.of(store);
            SketchHistory history = sketches.history(other.id(), "EPSG:4542", 3200);
            history.addListener(s -> sketches.save(s, "officer-1"));
            history.execute(SketchEdits.addCorner(corner("J1", 599000, 4131000)));
            history.execute(SketchEdits.addCorner(corner("J2", 599700, 4131050)));
            history.execute(SketchEdits.addCorner(corner("J3", 599650, 4131500)));
            history.execute(SketchEdits.addCorner(corner("J4", 598980, 4131450)));
            new DocumentService(store).renderSketch(other.id(), Optional.of(DocumentLanguage.ZH),
                    DocumentFonts.find(Optional.empty()), pdf);
        }
        keep(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getHeight()).as("A3")
                    .isCloseTo(PDRectangle.A3.getHeight(), org.assertj.core.data.Offset.offset(1f));
            String text = new PDFTextStripper().getText(doc);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("本页比例尺 1:([0-9,]+)").matcher(text);
            assertThat(m.find()).isTrue();
            long printed = Long.parseLong(m.group(1).replace(",", ""));
            // printed = sheet / 1.0572 on A3; on A4 it would be sheet / 0.6431
            double sheet = printed * 1.0572;
            assertThat(printed).as("finer than on A4").isLessThan(Math.round(sheet / 0.6431));
            assertThat(Math.round(sheet / 100) * 100).as("a round sheet scale").isIn(2000L, 5000L, 10000L);
        }
    }

    private static Corner corner(String name, double e, double n) {
        return new Corner(UUID.randomUUID().toString(), name, new PlanePoint(e, n), CornerOrigin.typedPlane(0.05));
    }

    /** {@code -Ddocs.keep=DIR} keeps the PDFs to look at. */
    private static void keep(Path pdf) throws Exception {
        String keep = System.getProperty("docs.keep");
        if (keep != null) {
            Files.createDirectories(Path.of(keep));
            Files.copy(pdf, Path.of(keep, "service-" + pdf.getFileName()),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
