package org.lastmile.sketch;

import java.util.Locale;
import java.util.stream.Collectors;
import org.lastmile.sketch.Drawing.Pt;

/**
 * A drawing as SVG 1.1 in millimetres, text as SVG text (selectable, searchable): Tibetan in the
 * bundled LastMile Uchen face, everything else in a CJK sans face, each with a white halo.
 */
public final class SvgWriter {

    /** The family of Tibetan text; the bundled font (resources/fonts/tibetan) first. */
    public static final String TIBETAN_FAMILY = "'LastMile Uchen', 'Noto Serif Tibetan', 'Jomolhari', serif";
    public static final String CJK_FAMILY = "'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif";

    public String write(Drawing d) {
        StringBuilder s = new StringBuilder();
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%smm\" height=\"%smm\""
                + " viewBox=\"0 0 %s %s\">\n", n(d.widthMm()), n(d.heightMm()), n(d.widthMm()), n(d.heightMm())));
        s.append("<defs><pattern id=\"hatch\" patternUnits=\"userSpaceOnUse\" width=\"1.5\" height=\"1.5\""
                + " patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"1.5\" stroke=\"#606060\""
                + " stroke-width=\"0.2\"/></pattern></defs>\n");
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        for (Drawing.Shape shape : d.shapes()) {
            if (shape instanceof Drawing.Path p) {
                String pts = p.points().stream().map(q -> n(q.x()) + "," + n(q.y())).collect(Collectors.joining(" "));
                String fill = p.hatch() ? "url(#hatch)" : p.fill() == null ? "none" : p.fill();
                s.append('<').append(p.closed() ? "polygon" : "polyline").append(" class=\"").append(p.role())
                        .append("\" points=\"").append(pts).append("\" fill=\"").append(fill).append('"')
                        .append(stroke(p.pen())).append("/>\n");
            } else if (shape instanceof Drawing.Circle c) {
                s.append(String.format(Locale.ROOT, "<circle class=\"%s\" cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"%s\"%s/>\n",
                        c.role(), n(c.centre().x()), n(c.centre().y()), n(c.radiusMm()),
                        c.fill() == null ? "none" : c.fill(), stroke(c.pen())));
            } else if (shape instanceof Drawing.Text t) {
                Pt a = t.at();
                String anchor = switch (t.anchor()) {
                    case START -> "start";
                    case MIDDLE -> "middle";
                    case END -> "end";
                };
                String family = CJK_FAMILY;
                StringBuilder body = new StringBuilder();
                for (Drawing.Run run : Drawing.runs(t.text())) {
                    String part = escape(t.text().substring(run.start(), run.end()));
                    body.append(run.tibetan() ? "<tspan font-family=\"" + TIBETAN_FAMILY + "\">" + part + "</tspan>" : part);
                }
                s.append(String.format(Locale.ROOT, "<text x=\"%s\" y=\"%s\" font-size=\"%s\" font-family=\"%s\""
                        + " text-anchor=\"%s\"%s%s stroke=\"#ffffff\" stroke-width=\"%s\" paint-order=\"stroke\""
                        + " fill=\"#000000\">%s</text>\n", n(a.x()), n(a.y()), n(t.sizeMm()), family, anchor,
                        t.bold() ? " font-weight=\"bold\"" : "",
                        t.rotateDeg() == 0 ? "" : " transform=\"rotate(" + n(t.rotateDeg()) + " " + n(a.x()) + " "
                                + n(a.y()) + ")\"", n(t.sizeMm() * 0.25), body));
            }
        }
        s.append("</svg>\n");
        return s.toString();
    }

    private static String stroke(Drawing.Pen pen) {
        if (pen == null) {
            return " stroke=\"none\"";
        }
        String dash = pen.dashMm().length == 0 ? "" : " stroke-dasharray=\"" + java.util.Arrays.stream(pen.dashMm())
                .mapToObj(SvgWriter::n).collect(Collectors.joining(",")) + "\"";
        return " stroke=\"" + pen.color() + "\" stroke-width=\"" + n(pen.widthMm()) + "\" stroke-linejoin=\"round\"" + dash;
    }

    static String n(double v) {
        return String.format(Locale.ROOT, "%.3f", v).replaceAll("\\.?0+$", "");
    }

    private static String escape(String t) {
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
