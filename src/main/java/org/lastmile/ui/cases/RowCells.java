package org.lastmile.ui.cases;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import org.lastmile.common.PersonName;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.ui.controls.ScriptStyle;
import org.lastmile.ui.controls.WrappingText;

/**
 * The cells of the case list. Each computes its text from the row and the current messages when
 * it is (re)used; the view refreshes the table when the language or the rows' summaries change.
 */
final class RowCells {

    private RowCells() {
    }

    /** A column whose cells receive the whole row. */
    static TableColumn<CaseRow, CaseRow> column(double width) {
        TableColumn<CaseRow, CaseRow> column = new TableColumn<>();
        column.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        column.setPrefWidth(width);
        return column;
    }

    /** Left and right padding of a cell (modena's 0.166667em at 13 to 16 px, rounded up). */
    static final double CELL_PADDING = 8;

    /**
     * A cell of text that wraps between syllables (Tibetan) or characters (Chinese) when its column
     * is narrower than the text, instead of cutting it to "…": on a 1024-pixel screen the list's
     * columns share the width and the row grows a line. Tibetan is drawn in the bundled font
     * ({@link WrappingText} marks it by script).
     */
    static final class TextCell extends TableCell<CaseRow, CaseRow> {

        private final Supplier<Messages> messages;
        private final BiFunction<CaseRow, Messages, String> text;
        private final WrappingText wrap = new WrappingText();

        TextCell(Supplier<Messages> messages, BiFunction<CaseRow, Messages, String> text) {
            this.messages = messages;
            this.text = text;
            wrap.getStyleClass().add("cell-text");
            // A Labeled lays its graphic out at the graphic's preferred width: give it the column's.
            tableColumnProperty().addListener((obs, old, now) -> {
                wrap.prefWidthProperty().unbind();
                if (now != null) {
                    wrap.prefWidthProperty().bind(now.widthProperty().subtract(CELL_PADDING));
                }
            });
        }

        @Override
        protected void updateItem(CaseRow row, boolean empty) {
            super.updateItem(row, empty);
            String value = empty || row == null || row.isPending() ? null : text.apply(row, messages.get());
            setText(null);
            if (value == null) {
                setGraphic(null);
            } else {
                wrap.setText(value);
                setGraphic(wrap);
            }
        }
    }

    /** The case number, with a "handed over" tag for cases the office took away, else "demo" for demo cases. */
    static final class NumberCell extends TableCell<CaseRow, CaseRow> {

        private final Supplier<Messages> messages;
        private Label demo;
        private Label away;

        NumberCell(Supplier<Messages> messages) {
            this.messages = messages;
        }

        @Override
        protected void updateItem(CaseRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null || row.isPending()) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(row.number());
            if (row.handedOver()) {
                // taken away by the office: said where the number is, before the demo tag
                if (away == null) {
                    away = new Label();
                    away.getStyleClass().add("handed-over-tag");
                    away.setId("handed-over-tag");
                }
                away.setText(messages.get().get("case.list.handedOverTag"));
                ScriptStyle.apply(away, away.getText());
                setGraphic(away);
            } else if (row.demo()) {
                if (demo == null) {
                    demo = new Label();
                    demo.getStyleClass().add("demo-tag");
                }
                demo.setText(messages.get().get("case.list.demoTag"));
                ScriptStyle.apply(demo, demo.getText());
                setGraphic(demo);
            } else {
                setGraphic(null);
            }
        }
    }

    /** The countdown of the case's next deadline: shape, colour and words. */
    static final class UrgencyCell extends TableCell<CaseRow, CaseRow> {

        private final Supplier<Messages> messages;
        private final UrgencyBadge badge = new UrgencyBadge();

        UrgencyCell(Supplier<Messages> messages) {
            this.messages = messages;
        }

        @Override
        protected void updateItem(CaseRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null || row.isPending()) {
                setGraphic(null);
                return;
            }
            badge.show(row.summary(), messages.get());
            ScriptStyle.apply(badge, badge.getText());
            setGraphic(badge);
        }
    }

    /**
     * Names of one side in both scripts, the interface's script first: "扎西东珠 བཀྲ་ཤིས་དོན་གྲུབ" in
     * Chinese, "བཀྲ་ཤིས་དོན་གྲུབ 扎西东珠" in Tibetan; several parties separated by the list separator.
     */
    static String names(List<PersonName> parties, Messages messages) {
        StringBuilder out = new StringBuilder();
        for (PersonName p : parties) {
            if (out.length() > 0) {
                out.append(messages.get("case.list.nameSeparator"));
            }
            String first = messages.language() == Language.TIBETAN ? p.bo() : p.zh();
            String second = messages.language() == Language.TIBETAN ? p.zh() : p.bo();
            out.append(first != null ? first : second);
            if (first != null && second != null) {
                out.append(' ').append(second);
            }
        }
        return out.toString();
    }

    /** The cause in the interface's script when there is one. */
    static String cause(CaseSummary s, Messages messages) {
        if (messages.language() == Language.TIBETAN && s.causeBo() != null) {
            return s.causeBo();
        }
        return s.causeZh() != null ? s.causeZh() : s.causeBo();
    }
}
