package org.lastmile.domain.sketch;

import java.util.ArrayList;
import java.util.List;
import org.lastmile.survey.crs.PlanePoint;

/**
 * Numbers a ring's corners J1, J2, … clockwise from the top-left corner, as the cadastral rules
 * (TD/T 1001-2012) number boundary points. The top-left corner is the one farthest to the
 * north-west of the ring's centre (largest N − E from the centre).
 */
public final class CornerNaming {

    private CornerNaming() {
    }

    /** The ring reordered clockwise, starting at the top-left corner. */
    public static List<String> clockwiseFromTopLeft(SiteSketch sketch, List<String> ring) {
        List<PlanePoint> p = sketch.positions(ring);
        double twiceArea = 0;
        double ce = 0;
        double cn = 0;
        for (int i = 0; i < p.size(); i++) {
            PlanePoint a = p.get(i);
            PlanePoint b = p.get((i + 1) % p.size());
            twiceArea += a.e() * b.n() - b.e() * a.n();
            ce += a.e();
            cn += a.n();
        }
        ce /= p.size();
        cn /= p.size();
        List<String> cw = new ArrayList<>(ring);
        if (twiceArea > 0) {
            // counter-clockwise in E/N: reverse to clockwise
            java.util.Collections.reverse(cw);
        }
        int start = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < cw.size(); i++) {
            PlanePoint q = sketch.requireCorner(cw.get(i)).position();
            double score = (q.n() - cn) - (q.e() - ce);
            if (score > best + 1e-9) {
                best = score;
                start = i;
            }
        }
        List<String> out = new ArrayList<>(cw.subList(start, cw.size()));
        out.addAll(cw.subList(0, start));
        return out;
    }
}
