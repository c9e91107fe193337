package org.lastmile.sketch;

import java.util.List;

/**
 * A page of primitives in millimetres, y downwards from the top-left corner, drawn in order.
 *
 * @param widthMm page width
 * @param heightMm page height
 * @param shapes what to draw, bottom first
 */
public record Drawing(double widthMm, double heightMm, List<Shape> shapes) {

    public Drawing {
        shapes = List.copyOf(shapes);
    }

    /** A stroke: colour (#rrggbb), width in mm and dash pattern in mm (empty: solid). */
    public record Pen(String color, double widthMm, double[] dashMm) {
        public static Pen solid(String color, double widthMm) {
            return new Pen(color, widthMm, new double[0]);
        }
    }

    /** A point on the page, mm. */
    public record Pt(double x, double y) {
    }

    /** Something drawn. */
    public sealed interface Shape permits Path, Circle, Text {
    }

    /**
     * A polyline or polygon.
     *
     * @param points its points
     * @param closed whether the last point joins the first
     * @param pen its stroke, or {@code null} for none
     * @param fill its fill colour, or {@code null}
     * @param hatch whether it is hatched at 45° with the pen's colour (the area between claims)
     * @param role what it shows (for a screen to pick it: {@code claim-A}, {@code agreed}, …)
     */
    public record Path(List<Pt> points, boolean closed, Pen pen, String fill, boolean hatch, String role)
            implements Shape {
        public Path {
            points = List.copyOf(points);
        }
    }

    /** A circle; {@code fill} may be {@code null}. */
    public record Circle(Pt centre, double radiusMm, Pen pen, String fill, String role) implements Shape {
    }

    /** Where a text's point lies on it. */
    public enum Anchor { START, MIDDLE, END }

    /**
     * A line of text with a white halo, so it reads over lines and hatching.
     *
     * @param at the baseline point
     * @param text the text (from the bundles, or what the officer typed)
     * @param sizeMm the font size
     * @param anchor start, middle or end of the text at {@code at}
     * @param rotateDeg clockwise rotation about {@code at}
     * @param bold heavier face (titles)
     */
    public record Text(Pt at, String text, double sizeMm, Anchor anchor, double rotateDeg, boolean bold)
            implements Shape {
    }

    /** Whether a text holds Tibetan script (it needs the Tibetan face). */
    public static boolean tibetan(String text) {
        return text.codePoints().anyMatch(c -> c >= 0x0F00 && c <= 0x0FFF);
    }

    /** A stretch of text in one script: [start, end) in chars. */
    public record Run(int start, int end, boolean tibetan) {
    }

    /** The text cut into Tibetan and other runs (spaces and punctuation join the run they follow). */
    public static List<Run> runs(String text) {
        List<Run> out = new java.util.ArrayList<>();
        int start = 0;
        Boolean current = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean neutral = Character.isWhitespace(c) || c == '(' || c == ')';
            if (neutral) {
                continue;
            }
            boolean bo = c >= 0x0F00 && c <= 0x0FFF;
            if (current == null) {
                current = bo;
            } else if (bo != current) {
                out.add(new Run(start, i, current));
                start = i;
                current = bo;
            }
        }
        if (!text.isEmpty()) {
            out.add(new Run(start, text.length(), current != null && current));
        }
        return out;
    }
}
