package org.lastmile.ui.sketch;

import org.lastmile.domain.sketch.AreaSigma;
import org.lastmile.domain.sketch.SiteSketch;
import org.lastmile.domain.sketch.SketchResult;
import org.lastmile.i18n.Messages;

/**
 * The two lines of the status bar, from the calculation the exports use too: the parcel's area in
 * m² and mu with its σ (or, when a line is no valid polygon, why the area cannot be trusted), and
 * the flagged slip with its suggestion or the diagonal to tape next.
 */
final class StatusText {

    private StatusText() {
    }

    static String area(SketchResult r, Messages m) {
        if (r == null) {
            return m.get("sketch.area.none");
        }
        if (!r.problems().isEmpty()) {
            return m.get(r.problems().get(0));
        }
        if (r.parcel().isEmpty()) {
            return m.get("sketch.area.none");
        }
        SketchResult.Figure p = r.parcel().get();
        return Double.isFinite(p.sigmaM2())
                ? m.get("sketch.area.sigma", p.m2(), p.mu(), AreaSigma.m2(p.sigmaM2()), AreaSigma.mu(p.sigmaM2()))
                : m.get("sketch.area.plain", p.m2(), p.mu());
    }

    static String slip(SketchResult r, SiteSketch now, Messages m) {
        if (r == null) {
            return "";
        }
        if (r.slip().isPresent()) {
            SketchResult.TapeFit fit = r.slip().get();
            return now.tapes().stream().filter(t -> t.id().equals(fit.tapeId())).findFirst()
                    .map(t -> m.get("sketch.slip.found", now.requireCorner(t.from()).name(),
                            now.requireCorner(t.to()).name(), t.typed(), fit.suggestion().getAsDouble()))
                    .orElse("");
        }
        return r.nextDiagonal().map(d -> m.get("sketch.weak.tapeNext", d.get(0), d.get(1))).orElse("");
    }
}
