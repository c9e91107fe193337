package org.lastmile.app;

import static org.lastmile.app.TourSteps.click;
import static org.lastmile.app.TourSteps.onFx;
import static org.lastmile.app.TourSteps.settle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.LocaleService;

/**
 * Opens the real window (GTK under Xvfb), walks through the main screens (the case list, a case,
 * a party being edited, the settings, the sync screen, the sketch, a record being written) in Chinese, Tibetan and English
 * and takes a screenshot of the whole screen with ImageMagick's {@code import} after each step,
 * so that a person can look at them (vowel signs over the right letters, nothing cut off, Chinese
 * not boxes). Run by {@code scripts/screenshots}.
 *
 * <pre>java -cp … org.lastmile.app.ScreenshotTour DATA_DIR OUT_DIR [SUFFIX]</pre>
 *
 * <p>The window fills the (Xvfb) screen; {@code SUFFIX} (such as {@code -1024x768}) is added to
 * every file name, so that the script can take the tour at each screen size.
 */
public final class ScreenshotTour {

    private static final UUID FARMLAND = UUID.fromString("787b23ee-c3d4-52bc-aefd-803c7d5b17f4");

    private static String suffix = "";

    private ScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        suffix = args.length > 2 ? args[2] : "";
        Files.createDirectories(out);
        TestDesktop desktop = TestDesktop.started(data);
        var rows = desktop.rows();
        syncConflict(desktop.store);
        handoverDraft(desktop.store); // before the case is first opened, so that its list shows the draft
        TestDesktop.startFx();
        DesktopApp[] app = new DesktopApp[1];
        LocaleService locale = desktop.locale;
        onFx(() -> app[0] = desktop.show(new Stage(), rows));
        settle();
        // The list, a case and the settings in each language (issue 11 items 6 and 12).
        for (Language l : List.of(Language.CHINESE, Language.TIBETAN, Language.ENGLISH)) {
            onFx(() -> {
                app[0].window().switchLanguage(l);
                app[0].window().focusSearch();
            });
            settle();
            shot(out, "main-" + l.tag());
            onFx(() -> app[0].window().openCase(FARMLAND));
            settle();
            shot(out, "case-" + l.tag());
            // A party being edited: over the case at 1024 px, beside it where both fit (issue 11 item 6).
            onFx(() -> click(app[0], "#edit-party-0"));
            settle();
            shot(out, "edit-party-" + l.tag());
            onFx(() -> click(app[0], "#done-editing"));
            settle();
            onFx(() -> app[0].window().openSettings());
            settle();
            shot(out, "settings-" + l.tag());
            onFx(() -> app[0].window().openSync());
            settle();
            shot(out, "sync-" + l.tag());
            onFx(() -> app[0].window().openCase(FARMLAND));
            settle();
            onFx(() -> click(app[0], "#open-sketch"));
            settle();
            shot(out, "sketch-" + l.tag());
        }
        onFx(() -> {
            app[0].window().switchLanguage(Language.TIBETAN);
            app[0].window().openCase(FARMLAND);
            locale.tibetanDigitsProperty().set(true);
        });
        settle();
        shot(out, "case-bo-digits");
        onFx(() -> {
            locale.tibetanDigitsProperty().set(false);
            app[0].window().switchLanguage(Language.CHINESE);
        });
        settle();
        onFx(() -> click(app[0], "#edit-party-0"));
        settle();
        onFx(() -> type(app[0], "#party-idNumber", "632224198503121234"));
        settle();
        shot(out, "edit-party-invalid-zh");
        onFx(() -> click(app[0], "#done-editing"));
        settle();
        record(app[0], locale, out);
        onFx(() -> app[0].window().root().getScene().getWindow().hide());
        desktop.storeThread.awaitTermination(10, TimeUnit.SECONDS);
        System.exit(0);
    }

    /** A conflict on the farmland case's cause, for the sync screen to show both values. */
    static void syncConflict(org.lastmile.store.open.Store store) {
        store.database().transaction(tx -> {
            try (var s = tx.connection().prepareStatement("INSERT INTO sync_conflicts (id, entity, entity_id, field,"
                    + " local_value, server_value, detected_at) VALUES (?, 'case', ?, 'cause_zh', ?, ?, ?)")) {
                s.setString(1, java.util.UUID.randomUUID().toString());
                s.setString(2, FARMLAND.toString());
                s.setString(3, "草场承包经营权纠纷（现场核实）");
                s.setString(4, "草场承包经营权纠纷");
                s.setString(5, tx.now().toString());
                s.executeUpdate();
            }
            return null;
        });
    }

    /**
     * A land hand-over being written: the demo's people, transcript, agreement and photos, not yet
     * signed, so that the rules panel has something to say. Shown scrolled to the people and the
     * transcript, in Chinese and in Tibetan.
     */
    static void handoverDraft(org.lastmile.store.open.Store store) {
        var farmland = store.cases().find(FARMLAND).orElseThrow();
        var demo = new org.lastmile.store.demo.DemoRecord(store.records(), store.blobs(), store.zone());
        var today = java.time.LocalDate.now(store.database().clock().withZone(store.zone()));
        var officers = org.lastmile.store.demo.DemoData.shipped(store.json(), today).officerIds();
        var d = demo.draft(farmland, officers, today);
        var draft = new org.lastmile.domain.record.SiteRecord(UUID.randomUUID(), d.caseId(), d.language(),
                d.startedAt(), null, d.place(), d.participants(), d.transcript(), d.agreement(), d.details(),
                d.cashCollected(), d.attachments(), d.sketchSha256(), List.of(), null, d.carried());
        store.records().saveDraft(draft, "tour");
    }

    private static void record(DesktopApp app, LocaleService locale, Path out) throws Exception {
        onFx(() -> {
            locale.setLanguage(Language.CHINESE);
            app.window().openCase(FARMLAND);
        });
        settle();
        onFx(() -> click(app, "#open-record-1"));
        settle();
        onFx(() -> toTranscript(app));
        settle();
        shot(out, "record-zh");
        // As the interpreter does it, timed (-Dlastmile.trace=true prints each switch).
        for (Language l : List.of(Language.TIBETAN, Language.CHINESE, Language.TIBETAN, Language.CHINESE)) {
            onFx(() -> app.window().switchLanguage(l));
            settle();
        }
        onFx(() -> app.window().switchLanguage(Language.TIBETAN));
        Thread.sleep(4000); // every open screen lays its text out again in the Tibetan font
        settle();
        onFx(() -> toTranscript(app)); // Tibetan rows are taller: the transcript moved down
        settle();
        shot(out, "record-bo");
        onFx(() -> locale.setLanguage(Language.ENGLISH));
        settle();
        onFx(() -> toTranscript(app));
        settle();
        shot(out, "record-en");
        onFx(() -> toSignatures(app));
        settle();
        shot(out, "record-signatures-en");
        onFx(() -> toForms(app, "#breach-breachZh"));
        settle();
        shot(out, "record-forms-en");
        onFx(() -> toForms(app, "#land-location"));
        settle();
        shot(out, "record-land-en");
        onFx(() -> locale.setLanguage(Language.TIBETAN));
        settle();
        onFx(() -> toSignatures(app));
        settle();
        shot(out, "record-signatures-bo");
        onFx(() -> toForms(app, "#breach-breachZh"));
        settle();
        shot(out, "record-forms-bo");
        onFx(() -> toForms(app, "#land-location"));
        settle();
        shot(out, "record-land-bo");
        onFx(() -> locale.setLanguage(Language.CHINESE));
        settle();
        onFx(() -> toSignatures(app));
        settle();
        shot(out, "record-signatures-zh");
        onFx(() -> toForms(app, "#breach-breachZh"));
        settle();
        shot(out, "record-forms-zh");
        onFx(() -> toForms(app, "#land-location"));
        settle();
        shot(out, "record-land-zh");
        // The demo's sealed record: the seal badge beside the rules, the signature lines with their
        // details, the header with Amend and Print.
        for (Language l : List.of(Language.CHINESE, Language.TIBETAN, Language.ENGLISH)) {
            onFx(() -> {
                locale.setLanguage(l);
                app.window().openCase(FARMLAND);
            });
            settle();
            onFx(() -> click(app, "#open-record-0"));
            settle();
            onFx(() -> toSignatures(app));
            settle();
            shot(out, "record-sealed-" + l.tag());
        }
    }

    /** Scrolls the record to its end: attachments and signatures. */
    private static void toSignatures(DesktopApp app) {
        javafx.scene.control.ScrollPane sections = (javafx.scene.control.ScrollPane) app.window().root()
                .lookup("#record-sections");
        sections.layout();
        sections.setVvalue(1);
    }

    /** Scrolls the record to a form's field: the clauses of the agreement, the land's details (long texts). */
    private static void toForms(DesktopApp app, String field) {
        javafx.scene.control.ScrollPane sections = (javafx.scene.control.ScrollPane) app.window().root()
                .lookup("#record-sections");
        Node breach = app.window().root().lookup(field);
        sections.layout();
        double free = sections.getContent().getBoundsInLocal().getHeight() - sections.getViewportBounds().getHeight();
        double y = sections.getContent().sceneToLocal(breach.localToScene(breach.getLayoutBounds())).getMinY();
        sections.setVvalue(Math.max(0, Math.min(1, (y - 120) / free)));
    }

    /** Scrolls the record so that the end of the people and the transcript show. */
    private static void toTranscript(DesktopApp app) {
        javafx.scene.control.ScrollPane sections = (javafx.scene.control.ScrollPane) app.window().root()
                .lookup("#record-sections");
        Node transcript = app.window().root().lookup("#record-transcript");
        sections.layout();
        double free = sections.getContent().getBoundsInLocal().getHeight() - sections.getViewportBounds().getHeight();
        sections.setVvalue(Math.min(1, (transcript.getBoundsInParent().getMinY() - 260) / free));
    }

    private static void type(DesktopApp app, String selector, String text) {
        TextField field = (TextField) app.window().root().lookup(selector);
        field.requestFocus();
        field.setText(text);
        field.getParent().requestFocus(); // leaving the field hands the value to the form
    }

    private static void shot(Path out, String name) throws IOException, InterruptedException {
        TourSteps.shot(out, name + suffix);
    }
}
