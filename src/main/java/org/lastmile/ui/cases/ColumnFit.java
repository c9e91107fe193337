package org.lastmile.ui.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Pane;
import org.lastmile.ui.controls.ScriptStyle;

/**
 * Sizes the case list's columns to their content in the current language and font: each column is
 * at least as wide as its header (when its header does not wrap) and, for a column whose text must not wrap (a case number, a
 * countdown, a date), as its widest text; the table's constrained policy shares what is left, and
 * the other columns wrap ({@link RowCells.TextCell}). So the list fits a 1024-pixel screen without a
 * horizontal scroll bar and without a text cut to "…".
 *
 * <p>Texts are measured with a hidden Label in the window (so CSS gives it the font the cells get:
 * the {@code lang-bo} root, {@code bo-text} or {@code zh-text} by script), just before the layout pass
 * that follows a language switch or new rows.
 */
final class ColumnFit {

    /** Room for the header's padding and the sort arrow. */
    static final double HEADER_EXTRA = 24;
    /** The narrowest a column gets: its header wraps, a word or two to a line. */
    private static final double NARROWEST = 72;

    private final TableView<CaseRow> table;
    private final Label probe = new Label();
    private final Map<TableColumn<CaseRow, ?>, Supplier<List<String>>> fullTexts = new LinkedHashMap<>();
    private final Map<TableColumn<CaseRow, ?>, java.util.function.DoubleSupplier> extras = new LinkedHashMap<>();
    private final Map<TableColumn<CaseRow, ?>, Boolean> byScript = new LinkedHashMap<>();
    private boolean pending;

    ColumnFit(TableView<CaseRow> table, Pane host) {
        this.table = table;
        probe.setManaged(false);
        probe.setVisible(false);
        probe.setMnemonicParsing(false);
        host.getChildren().add(probe);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.sceneProperty().addListener((obs, old, now) -> request());
    }

    /**
     * A column whose texts are shown whole: it is at least as wide as the widest of them plus
     * {@code extra} (an icon or a tag beside the text). {@code byScript}: whether its cells mark their
     * text by script ({@link ScriptStyle#apply}), which changes the font.
     */
    void whole(TableColumn<CaseRow, ?> column, Supplier<List<String>> texts, java.util.function.DoubleSupplier extra,
            boolean byScript) {
        this.byScript.put(column, byScript);
        fullTexts.put(column, texts);
        extras.put(column, extra);
    }

    /** Measures again before the next layout pass (after a language switch or new rows). */
    void request() {
        Scene scene = table.getScene();
        if (scene == null || pending) {
            return;
        }
        pending = true;
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePreLayoutPulseListener(once[0]);
            pending = false;
            fit();
        };
        scene.addPreLayoutPulseListener(once[0]);
    }

    /** Sets every column's minimum width from its header and, where asked, its widest text. */
    void fit() {
        for (TableColumn<CaseRow, ?> column : table.getColumns()) {
            double min = Math.max(NARROWEST, width(column.getText(), List.of(), true) + HEADER_EXTRA);
            Supplier<List<String>> texts = fullTexts.get(column);
            if (texts != null) {
                double widest = 0;
                for (String text : texts.get()) {
                    widest = Math.max(widest, width(text, List.of(), byScript.get(column)));
                }
                min = Math.max(min, widest + extras.get(column).getAsDouble() + RowCells.CELL_PADDING);
            }
            column.setMinWidth(Math.ceil(min));
        }
    }

    /** The width of a text as a Label with these style classes draws it in the current language. */
    double width(String text, List<String> styleClasses, boolean byScript) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        List<String> classes = new ArrayList<>(List.of("label"));
        classes.addAll(styleClasses);
        probe.getStyleClass().setAll(classes);
        probe.setText(text);
        ScriptStyle.apply(probe, byScript ? text : "");
        probe.applyCss();
        return probe.prefWidth(-1);
    }
}
