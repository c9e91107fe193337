package org.lastmile.ui.record.seal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.lastmile.i18n.Formats;
import org.lastmile.i18n.Messages;
import org.lastmile.domain.record.seal.SealCheck;

/** The lines of a seal badge in a language (plain Java, tested without a screen). */
public final class SealTexts {

    private final ZoneId zone;

    /** @param zone the time zone sealing times are shown in */
    public SealTexts(ZoneId zone) {
        this.zone = zone;
    }

    /** "Sealed on 24 November 2026 at 12:10 by 更登". */
    public String sealed(Messages m, SealInfo seal) {
        if (seal == null) {
            return "";
        }
        LocalDateTime at = LocalDateTime.ofInstant(seal.sealedAt(), zone);
        Formats formats = Formats.of(m);
        return m.get("seal.badge.sealed", formats.longDate(at.toLocalDate()), formats.time(at),
                seal.sealedBy() == null ? "?" : seal.sealedBy());
    }

    /** "Verified: …", or one line per thing that changed, or "not verified yet" without a check. */
    public String check(Messages m, SealCheck check) {
        if (check == null) {
            return m.get("seal.badge.notChecked");
        }
        if (check.intact()) {
            return m.get("seal.badge.verified");
        }
        return check.problems().stream().map(m::get).collect(Collectors.joining("\n"));
    }
}
