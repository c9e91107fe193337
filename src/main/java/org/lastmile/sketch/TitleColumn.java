package org.lastmile.sketch;

import java.util.List;
import org.lastmile.domain.sketch.AreaSigma;
import org.lastmile.domain.sketch.Party;
import org.lastmile.domain.sketch.SiteSketch;
import org.lastmile.domain.sketch.SketchResult;
import org.lastmile.i18n.Messages;
import org.lastmile.sketch.Drawing.Anchor;
import org.lastmile.sketch.Drawing.Pen;
import org.lastmile.sketch.Drawing.Pt;

/**
 * The column beside the map: title, legend, case number, time drawn, drafter and role, coordinate
 * system, scale, areas with σ, and a box per signatory with the refusal mark where one refused.
 */
final class TitleColumn {

    private static final double LINE = 4.6;

    private final Messages m;
    private final double x;
    private final double width;
    private double y;

    TitleColumn(Messages m, double x, double top, double width) {
        this.m = m;
        this.x = x;
        this.y = top;
        this.width = width;
    }

    void draw(List<Drawing.Shape> out, SketchResult r, TitleBlock title, int scale) {
        SiteSketch s = r.sketch();
        y += 6;
        out.add(new Drawing.Text(new Pt(x + width / 2, y), m.get("sketch.layout.title"), 6, Anchor.MIDDLE, 0, true));
        y += 5;
        line(out, m.get("sketch.layout.caseNumber", title.caseNumber()));
        line(out, m.get("sketch.layout.drawnAt", title.drawnAt()));
        line(out, m.get("sketch.layout.drafter", s.drafting().drafter(), s.drafting().role()));
        line(out, m.get("sketch.layout.crs", s.crs()));
        line(out, m.get("sketch.layout.scale", scale));
        r.parcel().ifPresent(p -> line(out, m.get("sketch.layout.area", SketchLayout.m2(p.m2()), SketchLayout.mu(p.m2()),
                Double.isFinite(p.sigmaM2()) ? AreaSigma.text(AreaSigma.m2(p.sigmaM2())) : "?",
                Double.isFinite(p.sigmaM2()) ? AreaSigma.text(AreaSigma.mu(p.sigmaM2())) : "?")));
        y += 2;
        out.add(new Drawing.Text(new Pt(x, y), m.get("sketch.layout.legend"), 3.2, Anchor.START, 0, true));
        y += LINE;
        legend(out, Pen.solid(SketchLayout.RED, 0.3), null, false, m.get("sketch.layout.claim", m.get(Party.A.messageKey())));
        legend(out, new Pen(SketchLayout.BLUE, 0.3, new double[] {2.0, 1.0}), null, false,
                m.get("sketch.layout.claim", m.get(Party.B.messageKey())));
        legend(out, Pen.solid(SketchLayout.BLACK, 0.6), null, false, m.get("sketch.layout.agreed"));
        legend(out, Pen.solid("#606060", 0.1), null, true, m.get("sketch.layout.betweenLegend"));
        out.add(new Drawing.Circle(new Pt(x + 4, y - 1), 0.8, Pen.solid(SketchLayout.BLACK, 0.2), "#ffffff", "legend"));
        text(out, x + 10, m.get("sketch.layout.corner"));
        out.add(new Drawing.Path(List.of(new Pt(x + 3, y - 2), new Pt(x + 5, y - 2), new Pt(x + 5, y), new Pt(x + 3, y)),
                true, Pen.solid(SketchLayout.BLACK, 0.2), SketchLayout.BLACK, false, "legend"));
        text(out, x + 10, m.get("sketch.layout.marker"));
        y += 2;
        out.add(new Drawing.Text(new Pt(x, y), m.get("sketch.layout.signatures"), 3.2, Anchor.START, 0, true));
        y += 2;
        double boxH = 9;
        for (TitleBlock.SignatureBox b : title.signatures()) {
            if (y + boxH > SketchLayout.PAGE_H - 8) {
                break;
            }
            out.add(new Drawing.Path(List.of(new Pt(x, y), new Pt(x + width, y), new Pt(x + width, y + boxH),
                    new Pt(x, y + boxH)), true, Pen.solid(SketchLayout.BLACK, 0.15), null, false, "signature"));
            out.add(new Drawing.Text(new Pt(x + 1, y + 3.2), b.role() + " " + b.name(), 2.4, Anchor.START, 0, false));
            if (b.refused()) {
                out.add(new Drawing.Text(new Pt(x + width - 1.5, y + 7.2), m.get("sketch.layout.refused"), 2.8,
                        Anchor.END, 0, true));
            } else if (b.signed()) {
                out.add(new Drawing.Text(new Pt(x + width - 1.5, y + 7.2), m.get("sketch.layout.signed"), 2.4,
                        Anchor.END, 0, false));
            }
            y += boxH + 1;
        }
    }

    private void line(List<Drawing.Shape> out, String text) {
        out.add(new Drawing.Text(new Pt(x, y), text, 2.7, Anchor.START, 0, false));
        y += LINE;
    }

    private void legend(List<Drawing.Shape> out, Pen pen, String fill, boolean hatch, String label) {
        if (hatch) {
            out.add(new Drawing.Path(List.of(new Pt(x, y - 3), new Pt(x + 8, y - 3), new Pt(x + 8, y + 0.5),
                    new Pt(x, y + 0.5)), true, pen, fill, true, "legend"));
        } else {
            out.add(new Drawing.Path(List.of(new Pt(x, y - 1), new Pt(x + 8, y - 1)), false, pen, fill, false, "legend"));
        }
        text(out, x + 10, label);
    }

    private void text(List<Drawing.Shape> out, double tx, String label) {
        out.add(new Drawing.Text(new Pt(tx, y), label, 2.6, Anchor.START, 0, false));
        y += LINE;
    }
}
