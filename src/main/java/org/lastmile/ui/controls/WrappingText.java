package org.lastmile.ui.controls;

import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableDoubleProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.SizeConverter;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.TextBoundsType;
import javafx.scene.text.Text;
import org.lastmile.i18n.text.LineBreaks;

/**
 * Read-only text that wraps between syllables: Tibetan after a tsheg or shad, Chinese between
 * characters, Latin at spaces. JavaFX's own wrapping (Label, Text, TextFlow) breaks Tibetan
 * mid-syllable and, on Linux, draws the rest of the paragraph past the width of each wrapped line
 * (i18n.md). This control finds the break opportunities with ICU, measures each candidate line with
 * a {@code Text} in the same font, and shows each line as its own unwrapped {@code Text}: the same
 * line breaks as Pango's, and nothing drawn past the width.
 *
 * <p>The font comes from CSS (it inherits like a Label's; {@code lang-bo} or {@code bo-text} in
 * {@code tibetan.css}) or from {@link #fontProperty()}. The style class {@code bo-text} is set
 * while the text holds Tibetan. CSS: {@code .wrapping-text}, {@code -fx-line-spacing}.
 */
public class WrappingText extends Region {

    private static final CssMetaData<WrappingText, Number> LINE_SPACING =
            new CssMetaData<>("-fx-line-spacing", SizeConverter.getInstance(), 0) {
                @Override
                public boolean isSettable(WrappingText node) {
                    return !node.lineSpacing.isBound();
                }

                @Override
                @SuppressWarnings("unchecked")
                public StyleableProperty<Number> getStyleableProperty(WrappingText node) {
                    return (StyleableProperty<Number>) node.lineSpacing;
                }
            };
    private static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Region.getClassCssMetaData());
        all.add(LINE_SPACING);
        CSS_META_DATA = Collections.unmodifiableList(all);
    }

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StyleableDoubleProperty lineSpacing = new StyleableDoubleProperty(0) {
        @Override
        public Object getBean() {
            return WrappingText.this;
        }

        @Override
        public String getName() {
            return "lineSpacing";
        }

        @Override
        public CssMetaData<WrappingText, Number> getCssMetaData() {
            return LINE_SPACING;
        }

        @Override
        protected void invalidated() {
            requestLayout();
        }
    };
    /**
     * The bounds of a drawn line, and of the probe that measures one: those of modena's
     * {@code .text}, which put each font's ascent, descent and cap height into a line's height.
     * Measured with plain logical bounds, the line height came out smaller than the lines drawn
     * (36.6 against 53 px for bold Chinese, 29.8 against 34 for Tibetan), so every text whose
     * words a switch changed grew in a second layout pass: the first frame after a switch showed
     * the screen 16 px off below the people table, corrected a frame later.
     */
    private static final TextBoundsType DRAWN_BOUNDS = TextBoundsType.LOGICAL_VERTICAL_CENTER;
    /** Measures candidate lines; unmanaged and invisible, styled by CSS like the lines. */
    private final Text probe = new Text();
    private final LineBreaks breaks = new LineBreaks();
    private final BreakIterator graphemes = BreakIterator.getCharacterInstance();
    private List<String> lines = List.of();
    /**
     * Lines by width, until the text or font changes: a layout pass asks for the preferred height
     * at the same few widths many times (every container up to the scroll pane), and each answer
     * measures the text syllable by syllable, which for a screen of Tibetan took seconds.
     */
    private Map<Double, List<String>> linesByWidth = new HashMap<>();
    /**
     * The line caches of the same text in each font it was shown in: a language switch changes the
     * font of every text on screen (the :lang-bo root), and switching back re-measured everything.
     */
    private final Map<Font, Map<Double, List<String>>> byFont = new HashMap<>();
    private final Map<Font, Double> prefWidthByFont = new HashMap<>();
    /**
     * The line height per font, as grown to what was drawn (see layoutChildren): a language switch
     * back to a font (or the warm-up styling the window both ways) must not lose the grown height,
     * or the last line hangs below the box until another layout pass.
     */
    private final Map<Font, Double> lineHeightByFont = new HashMap<>();
    private double prefWidth = -1;
    private double lineHeight = -1;

    public WrappingText() {
        this("");
    }

    /**
     * A wrapping text that follows a changing text (a bundle message), with style classes: the
     * syllable-wrapping stand-in for a {@code Label} with {@code wrapText}.
     */
    public static WrappingText following(javafx.beans.value.ObservableStringValue text, String... styleClasses) {
        WrappingText wrapping = new WrappingText();
        wrapping.textProperty().bind(text);
        wrapping.getStyleClass().addAll(styleClasses);
        wrapping.setMinWidth(0);
        return wrapping;
    }

    public WrappingText(String text) {
        getStyleClass().add("wrapping-text");
        probe.setManaged(false);
        probe.setVisible(false);
        probe.setBoundsType(DRAWN_BOUNDS);
        getChildren().add(probe);
        this.text.addListener((obs, old, now) -> invalidateText());
        probe.fontProperty().addListener((obs, old, now) -> fontChanged(now));
        ScriptStyle.follow(this, this.text);
        setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        accessibleTextProperty().bind(this.text);
        setText(text);
    }

    public final StringProperty textProperty() {
        return text;
    }

    public final String getText() {
        return text.get();
    }

    public final void setText(String value) {
        text.set(value);
    }

    /** The font of the text; set by CSS unless set here. */
    public final ObjectProperty<Font> fontProperty() {
        return probe.fontProperty();
    }

    public final Font getFont() {
        return probe.getFont();
    }

    public final void setFont(Font font) {
        probe.setFont(font);
    }

    /** Extra space between lines, in pixels ({@code -fx-line-spacing}). */
    public final StyleableDoubleProperty lineSpacingProperty() {
        return lineSpacing;
    }

    public final void setLineSpacing(double value) {
        lineSpacing.set(value);
    }

    /** The lines as last laid out, for tests and accessibility. */
    public final List<String> getLines() {
        return lines;
    }

    /** The lines the text breaks into at a width, without the insets. */
    public List<String> linesFor(double width) {
        List<String> known = linesByWidth.get(width);
        if (known != null) {
            return known;
        }
        if (linesByWidth.size() > 16) {
            linesByWidth.clear();
        }
        List<String> result = List.copyOf(wrap(width));
        linesByWidth.put(width, result);
        return result;
    }

    private List<String> wrap(double width) {
        List<String> result = new ArrayList<>();
        String value = getText() == null ? "" : getText();
        for (String paragraph : value.split("\n", -1)) {
            wrapParagraph(paragraph, width, result);
        }
        return result;
    }

    private void wrapParagraph(String paragraph, double width, List<String> out) {
        StringBuilder line = new StringBuilder();
        // The sum of the segments' own widths estimates the line's; only near the end of the line
        // is the line itself measured (kerning across syllables can differ by a little). Measuring
        // every candidate line made wrapping quadratic in Pango calls.
        double estimate = 0;
        Map<String, Double> widths = new HashMap<>();
        for (String segment : breaks.segments(paragraph)) {
            double own = widths.computeIfAbsent(segment, this::measure);
            if (line.length() > 0 && estimate + own > width * NEAR_END && measure(line + segment) > width) {
                out.add(line.toString());
                line.setLength(0);
                estimate = 0;
            }
            if (line.length() == 0 && own > width) {
                // A single syllable or word wider than the line: break it between characters.
                line.append(splitTooWide(segment, width, out));
                estimate = measure(line.toString());
            } else {
                line.append(segment);
                estimate += own;
            }
        }
        out.add(line.toString());
    }

    /** From which share of the width on a candidate line is measured as a whole. */
    private static final double NEAR_END = 0.85;

    /** Adds the full lines of an over-wide segment to out and returns what is left of it. */
    private String splitTooWide(String segment, double width, List<String> out) {
        graphemes.setText(segment);
        StringBuilder line = new StringBuilder();
        int start = graphemes.first();
        for (int end = graphemes.next(); end != BreakIterator.DONE; start = end, end = graphemes.next()) {
            String cluster = segment.substring(start, end);
            if (line.length() > 0 && measure(line + cluster) > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(cluster);
        }
        return line.toString();
    }

    /**
     * The width of a line as drawn: trailing spaces hang past the end and do not count. Kept per
     * font and text for all wrapping texts of the window ({@link TextMeasures}, found through the
     * scene; a text outside such a window keeps its own): Pango shapes a Tibetan text again at every
     * measurement, and the same syllables and lines come back in every text and at every language
     * switch (a row re-texted by a switch is measured syllable by syllable).
     */
    private double measure(String line) {
        String drawn = line.stripTrailing();
        WidthKey key = new WidthKey(probe.getFont(), drawn);
        TextMeasures measures = TextMeasures.of(this);
        if (measures == null) {
            if (own == null || own.size() > 2_000) {
                own = new HashMap<>();
            }
            return own.computeIfAbsent(key, k -> shapedWidth(drawn));
        }
        return measures.width(key, () -> shapedWidth(drawn));
    }

    private double shapedWidth(String drawn) {
        probe.setText(drawn);
        return probe.getLayoutBounds().getWidth();
    }

    private record WidthKey(Font font, String text) {
    }

    /** Widths measured while outside a window that keeps them (made when first needed). */
    private Map<WidthKey, Double> own;

    private double lineHeight() {
        if (lineHeight < 0) {
            // A line is as tall as the fonts it draws with: Tibetan (and Chinese from the fallback
            // font) sit taller than Latin, so "X" alone left the last line's stacks outside the box.
            String text = getText() == null ? "" : getText();
            boolean han = text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
            probe.setText("X" + (org.lastmile.i18n.tibetan.TibetanScript.contains(text) ? "ཀ" : "") + (han ? "汉" : ""));
            lineHeight = probe.getLayoutBounds().getHeight();
            lineHeightByFont.put(getFont(), lineHeight);
        }
        return lineHeight;
    }

    private double height(int lineCount) {
        return lineCount * lineHeight() + Math.max(0, lineCount - 1) * lineSpacing.get();
    }

    private void fontChanged(Font font) {
        linesByWidth = byFont.computeIfAbsent(font, f -> new HashMap<>());
        prefWidth = prefWidthByFont.getOrDefault(font, -1.0);
        lineHeight = lineHeightByFont.getOrDefault(font, -1.0);
        requestLayout();
        if (getParent() != null) {
            getParent().requestLayout();
        }
    }

    private void invalidateText() {
        byFont.clear();
        prefWidthByFont.clear();
        lineHeightByFont.clear();
        linesByWidth = new HashMap<>();
        byFont.put(getFont(), linesByWidth);
        prefWidth = -1;
        lineHeight = -1;
        requestLayout();
        if (getParent() != null) {
            getParent().requestLayout();
        }
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        if (prefWidth < 0) {
            double widest = 0;
            for (String paragraph : (getText() == null ? "" : getText()).split("\n", -1)) {
                widest = Math.max(widest, measure(paragraph));
            }
            prefWidth = widest;
            prefWidthByFont.put(getFont(), widest);
        }
        return in.getLeft() + prefWidth + in.getRight();
    }

    @Override
    protected double computeMinWidth(double height) {
        // Any width works (an over-wide syllable breaks between characters); about one letter.
        Insets in = getInsets();
        double pref = computePrefWidth(height) - in.getLeft() - in.getRight();
        return in.getLeft() + Math.min(lineHeight(), pref) + in.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        // Asked without a width (a Labeled sizing its graphic): the width it will be given is its
        // preferred width when one was set (a table cell binds it to its column's), else one line.
        double available = width >= 0 ? width : getPrefWidth() >= 0 ? getPrefWidth() : computePrefWidth(-1);
        double inner = Math.max(0, available - in.getLeft() - in.getRight());
        return in.getTop() + height(linesFor(inner).size()) + in.getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double inner = Math.max(0, getWidth() - in.getLeft() - in.getRight());
        lines = List.copyOf(linesFor(inner));
        double step = lineHeight() + lineSpacing.get();
        List<Text> nodes = lineNodes(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Text node = nodes.get(i);
            node.setText(lines.get(i));
            node.relocate(snapPositionX(in.getLeft()), snapPositionY(in.getTop() + i * step));
        }
        // A drawn line can be taller than the probe measured (Pango lays some Tibetan lines out
        // taller once styled): then the last line's stacks would hang below the box. Grow the line
        // height to what is drawn and lay out again; it only grows, so this settles at once.
        double tallest = 0;
        for (Text node : nodes) {
            tallest = Math.max(tallest, node.getLayoutBounds().getHeight());
        }
        if (tallest > lineHeight() + 0.5) {
            lineHeight = tallest;
            lineHeightByFont.put(getFont(), tallest);
            requestLayout();
            if (getParent() != null) {
                getParent().requestLayout();
            }
        }
    }

    /** The Text nodes of the lines, reusing those there are. */
    private List<Text> lineNodes(int count) {
        List<Text> nodes = new ArrayList<>();
        getChildren().forEach(child -> {
            if (child != probe && child instanceof Text line) {
                nodes.add(line);
            }
        });
        while (nodes.size() < count) {
            Text line = new Text();
            line.getStyleClass().add("text");
            line.setTextOrigin(VPos.TOP);
            line.setBoundsType(DRAWN_BOUNDS);
            line.fontProperty().bind(probe.fontProperty());
            line.setManaged(false);
            nodes.add(line);
            getChildren().add(line);
        }
        while (nodes.size() > count) {
            getChildren().remove(nodes.remove(nodes.size() - 1));
        }
        return nodes;
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS_META_DATA;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }
}
