package org.lastmile.domain.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.lastmile.domain.Text;
import org.lastmile.domain.cases.LandParcel;

/**
 * The land fields of a hand-over or vacating record (domain.md, "Land and grassland on site").
 *
 * @param forcedVacating whether this is a forced vacating (强制腾退), which needs the president's
 *     public notice and may not start before its deadline (CPL 261)
 * @param noticeNumber the number of the public notice (公告), may be empty
 * @param noticeDeadline the deadline the notice set, may be {@code null}
 * @param parcel location, parcel ID and four boundaries
 * @param method how it was measured (GNSS and tape, tape only, …)
 * @param instrument the instrument (receiver model, tape length)
 * @param areaM2 the area in square metres, may be {@code null}
 * @param markers the boundary markers placed
 * @param onTheLand crops and structures on the land, may be empty
 * @param accepted whether the applicant acknowledged receipt ("已接收上述土地")
 * @param reoccupationWarned whether the warning against re-occupation was given
 * @param followUp the day of the follow-up visit, may be {@code null}
 */
public record LandDetails(boolean forcedVacating, String noticeNumber, LocalDate noticeDeadline, LandParcel parcel,
        String method, String instrument, BigDecimal areaM2, List<BoundaryMarker> markers, String onTheLand,
        boolean accepted, boolean reoccupationWarned, LocalDate followUp) {

    public static final LandDetails EMPTY = new LandDetails(false, null, null, null, null, null, null, List.of(),
            null, false, false, null);

    public LandDetails {
        noticeNumber = Text.cleanOrNull(noticeNumber);
        method = Text.cleanOrNull(method);
        instrument = Text.cleanOrNull(instrument);
        onTheLand = Text.cleanOrNull(onTheLand);
        markers = List.copyOf(markers);
    }

    /** The area in mu (1 mu = 10000/15 m²), to the same number of decimals as asked. */
    public BigDecimal areaMu(int decimals) {
        return areaM2 == null ? null
                : areaM2.multiply(BigDecimal.valueOf(15)).divide(BigDecimal.valueOf(10000), decimals,
                        java.math.RoundingMode.HALF_UP);
    }
}
