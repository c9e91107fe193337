package org.lastmile.service;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.SignatureKind;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.sketch.SiteSketch;
import org.lastmile.i18n.Messages;
import org.lastmile.sketch.TitleBlock;

/** The sketch's title block: the case, when it was drawn, and the signatories of the record that holds it. */
public final class SketchTitles {

    private SketchTitles() {
    }

    public static TitleBlock of(EnforcementCase c, SiteSketch sketch, Optional<SiteRecord> holder, Messages m, ZoneId zone) {
        List<TitleBlock.SignatureBox> boxes = new ArrayList<>();
        holder.ifPresent(record -> {
            for (Participant p : record.participants()) {
                var s = record.signatureOf(p.id());
                boxes.add(new TitleBlock.SignatureBox(p.displayName(), m.get(p.role().messageKey()),
                        s.isPresent() && s.get().kind() != SignatureKind.REFUSED,
                        s.map(x -> x.kind() == SignatureKind.REFUSED).orElse(false)));
            }
        });
        String drawn = sketch.drafting().drawnAt() == null ? ""
                : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(sketch.drafting().drawnAt().atZone(zone));
        return new TitleBlock(c.number().toString(), drawn, boxes);
    }
}
