package org.lastmile.ui.casefile;

import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.i18n.Formats;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.LocaleService;
import org.lastmile.ui.cases.CaseSummary;
import org.lastmile.ui.cases.UrgencyBadge;
import org.lastmile.ui.casefile.edit.CaseForm;
import org.lastmile.ui.common.form.Form;
import org.lastmile.ui.common.form.FormView;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.controls.ScriptStyle;
import org.lastmile.ui.controls.WrappingText;
import org.lastmile.ui.common.Sections;

/**
 * One case: a header (number, status, urgency, court, cause, filing date), the enforcement title,
 * the parties, the obligations and the timeline; beside them, or over them on a narrow window,
 * the form being edited ({@link EditorPlacement}).
 */
public final class CaseFileView {

    private final CaseFileViewModel model;
    private final ViewContext ui;
    private final LocaleService locale;
    private final BorderPane root = new BorderPane();
    private final VBox header = new VBox(4);
    private final GridPane title = new GridPane();
    private final BorderPane editorPanel = new BorderPane();
    private final UrgencyBadge urgency = new UrgencyBadge();
    private final HBox body = new HBox(8);
    private Boolean twoColumns;
    private final Node records;
    private final Label saved;
    private final EditorPlacement placement;

    public CaseFileView(CaseFileViewModel model, ViewContext ui, Supplier<LocalDate> today) {
        this(model, ui, today, null);
    }

    /**
     * @param records the case's on-site records (made by the composition root, so that this
     *     package does not depend on the record screens), or null for a case not yet saved
     */
    public CaseFileView(CaseFileViewModel model, ViewContext ui, Supplier<LocalDate> today, Node records) {
        this.model = model;
        this.records = records;
        this.ui = ui;
        this.locale = ui.locale();
        root.getStyleClass().add("case-file");
        Supplier<Window> owner = () -> root.getScene() == null ? null : root.getScene().getWindow();
        ProgressDialogs dialogs = new ProgressDialogs(model, ui, owner, today);
        title.setHgap(10);
        title.setVgap(4);
        Node titleSection = Sections.section("title", ui.text("case.view.title"), title);
        Node parties = new PartiesView(model, ui).view();
        Node obligations = new ObligationsView(model, ui).view();
        Node timeline = new TimelineView(model, ui, dialogs).view();
        VBox content = new VBox(6, header, body);
        content.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        // Wide enough for two columns (a laptop with the editor closed): the timeline beside the
        // case, so that what is due is seen without scrolling; otherwise one column.
        scroll.viewportBoundsProperty().addListener((obs, old, now) ->
                arrange(now.getWidth() >= twoColumns(), titleSection, parties, obligations, timeline));
        locale.languageProperty().addListener((obs, old, now) -> arrange(
                scroll.getViewportBounds().getWidth() >= twoColumns(), titleSection, parties, obligations, timeline));
        arrange(false, titleSection, parties, obligations, timeline);
        placement = new EditorPlacement(scroll, editorPanel, locale, model::doneEditing);
        root.setCenter(placement.root());
        urgency.setId("case-urgency");
        saved = saveState();
        locale.messagesProperty().addListener((obs, old, now) -> showUrgency());
        editorPanel.getStyleClass().add("editor-panel");
        model.caseProperty().addListener((obs, old, now) -> KeptFocus.around(header, () -> render(now)));
        model.handedOverProperty().addListener((obs, old, now) -> render(model.caseProperty().get()));
        model.editingProperty().addListener((obs, old, now) -> showEditor(now));
        render(model.caseProperty().get());
        showEditor(model.editingProperty().get());
    }

    /** The width from which the timeline stands beside the case. */
    static final double TWO_COLUMNS = 1150;
    /**
     * The same in Tibetan, whose words take about half as much room again as Chinese: at 1366 pixels
     * the timeline's columns, the title's labels and the records' rows ended in "…" beside the case.
     */
    static final double TWO_COLUMNS_TIBETAN = 1500;

    private double twoColumns() {
        return locale.getLanguage() == org.lastmile.i18n.Language.TIBETAN ? TWO_COLUMNS_TIBETAN : TWO_COLUMNS;
    }

    private void arrange(boolean wide, Node titleSection, Node parties, Node obligations, Node timeline) {
        if (twoColumns != null && twoColumns == wide) {
            return;
        }
        twoColumns = wide;
        body.getChildren().clear();
        if (wide) {
            VBox left = new VBox(6, titleSection, parties, obligations);
            // The records beside the timeline: both say what happens next, and both show at once.
            VBox right = new VBox(6, timeline);
            if (records != null) {
                right.getChildren().add(records);
            }
            HBox.setHgrow(left, Priority.ALWAYS);
            right.setPrefWidth(560);
            right.setMinWidth(520);
            body.getChildren().addAll(left, right);
        } else {
            VBox all = new VBox(6, titleSection, parties, obligations);
            if (records != null) {
                all.getChildren().add(records);
            }
            all.getChildren().add(timeline);
            HBox.setHgrow(all, Priority.ALWAYS);
            body.getChildren().add(all);
        }
    }

    private void render(EnforcementCase c) {
        header.getChildren().clear();
        title.getChildren().clear();
        if (c == null) {
            header.getChildren().addAll(ui.label(ui.text("case.view.new"), "case-number"), saved);
            return;
        }
        Label number = new Label(c.number().toString());
        number.getStyleClass().add("case-number");
        number.setId("case-number");
        Label demo = ui.label(ui.text("case.list.demoTag"), "demo-tag");
        demo.setVisible(c.demo());
        demo.setManaged(c.demo());
        Label status = Sections.value(locale.text(m -> m.get(c.status().messageKey())), "case-status");
        status.getStyleClass().add("status-tag");
        showUrgency();
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button edit = ui.button(ui.text("case.view.editCase"), model::editCase);
        edit.setId("edit-case");
        boolean away = model.handedOverProperty().get();
        edit.setDisable(away);
        HBox top = new HBox(10, number, demo, status, urgency, spacer, saved, edit);
        top.setAlignment(Pos.CENTER_LEFT);
        if (away) {
            // The office took the case away: said at the top, in the officer's language.
            // WrappingText: a Label's wrapText breaks Tibetan only at spaces and cut the lines
            WrappingText banner = WrappingText.following(ui.text("case.view.handedOver"), "handed-over-banner");
            banner.setId("handed-over");
            banner.setMaxWidth(Double.MAX_VALUE);
            header.getChildren().add(banner);
        }

        Label court = Sections.value(locale.text(m -> m.language() == Language.TIBETAN
                ? c.number().court().nameBo() : c.number().court().nameZh()), "case-court");
        Label cause = Sections.value(locale.text(m -> m.language() == Language.TIBETAN && c.causeBo() != null
                ? c.causeBo() : c.causeZh() == null ? "" : c.causeZh()), "case-cause");
        Label filed = Sections.value(locale.text(m -> Formats.of(m).longDate(c.filingDate())), "filing-date");
        HBox second = new HBox(14, court, cause, ui.label(ui.text("case.view.filed"), "form-label"), filed);
        second.setAlignment(Pos.BASELINE_LEFT);
        header.getChildren().addAll(top, second);
        header.getStyleClass().add("case-header");

        int row = 0;
        row = pair(row, "case.view.title.kind", Sections.value(locale.text(m -> m.get(c.title().kind().messageKey())),
                "title-kind"));
        row = pair(row, "case.view.title.number", Sections.value(c.title().documentNumber(), "title-number"));
        row = pair(row, "case.view.title.issuer", Sections.value(c.title().issuer(), null));
        row = pair(row, "case.view.title.effective", Sections.value(
                locale.text(m -> Formats.of(m).longDate(c.title().effectiveDate())), "effective-date"));
        if (c.title().summaryZh() != null) {
            row = pair(row, "case.view.title.summaryZh", wrapping(c.title().summaryZh()));
        }
        if (c.title().summaryBo() != null) {
            pair(row, "case.view.title.summaryBo", wrapping(c.title().summaryBo()));
        }
    }

    private void showUrgency() {
        EnforcementCase c = model.caseProperty().get();
        if (c != null && model.deadlinesProperty().get() != null) {
            urgency.show(CaseSummary.of(c, model.deadlinesProperty().get()), locale.messages());
            ScriptStyle.apply(urgency, urgency.getText());
        }
    }

    private Label saveState() {
        Label label = new Label();
        label.setId("save-state");
        label.getStyleClass().add("save-state");
        var editor = model.editor();
        label.textProperty().bind(locale.text(() -> editor.failureProperty().get() != null
                ? locale.messages().get(editor.failureProperty().get())
                : locale.get(editor.stateProperty().get().messageKey()),
                editor.stateProperty(), editor.failureProperty()));
        editor.stateProperty().addListener((obs, old, now) -> {
            label.getStyleClass().removeAll("idle", "unsaved", "saving", "saved", "invalid", "failed");
            label.getStyleClass().add(now.name().toLowerCase(java.util.Locale.ROOT));
        });
        return label;
    }

    private Node wrapping(String text) {
        WrappingText wrapped = new WrappingText();
        wrapped.setText(text);
        wrapped.setMaxWidth(760);
        return wrapped;
    }

    private int pair(int row, String key, Node value) {
        Label label = ui.label(locale.text(m -> m.get(key)), "form-label");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the value beside it wraps instead
        title.add(label, 0, row);
        title.add(value, 1, row);
        return row + 1;
    }

    private void showEditor(Form form) {
        if (form == null) {
            placement.close();
            return;
        }
        boolean caseForm = form instanceof CaseForm;
        Label heading = ui.label(caseForm ? ui.text("case.edit.caseTitle") : ui.text("case.edit.partyTitle"),
                "section-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button done = ui.button(ui.text("case.edit.done"), model::doneEditing);
        done.setId("done-editing");
        HBox bar = new HBox(8, heading, spacer, ui.wylie().toggleButton(locale), done);
        bar.setAlignment(Pos.CENTER_LEFT);
        // WrappingText: a Label's wrapText broke the Tibetan hint inside its syllables beside the case
        WrappingText hint = WrappingText.following(ui.text("case.edit.autosaveHint"), "hint");
        hint.setMaxWidth(Double.MAX_VALUE);
        Node formView = new FormView(ui, form, caseForm ? "case-" : "party-").root();
        ScrollPane fields = new ScrollPane(formView);
        fields.setFitToWidth(true);
        VBox box = new VBox(6, bar, hint, fields);
        VBox.setVgrow(fields, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        placement.open(box, formView);
    }

    public Node root() {
        return root;
    }
}
