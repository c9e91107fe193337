package org.lastmile.ui.record.list;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.cases.LandParcel;
import org.lastmile.domain.cases.Obligation;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.LandDetails;
import org.lastmile.domain.record.Place;
import org.lastmile.domain.record.RecordDetails;
import org.lastmile.domain.record.RecordType;
import org.lastmile.domain.record.SiteRecord;

/**
 * A new record of a case, started now. Written in Chinese (the clerk's original text, read back in
 * Tibetan by the interpreter: documents.md). A land record starts with the parcel as the title
 * describes it (location, parcel number, four boundaries) and is placed at its location, so that
 * the officer confirms on site rather than types.
 */
public final class NewRecord {

    private NewRecord() {
    }

    public static SiteRecord of(EnforcementCase c, RecordType type, Instant now) {
        Optional<LandParcel> parcel = c.obligations().stream().map(Obligation::parcel)
                .filter(p -> p != null).findFirst();
        Place place = Place.named(parcel.map(LandParcel::location).orElse(null));
        SiteRecord r = SiteRecord.start(UUID.randomUUID(), c.id(), type, SpokenLanguage.CHINESE, now, place);
        if (type == RecordType.LAND_HANDOVER && parcel.isPresent()) {
            r = r.edit().details(new RecordDetails.LandHandover(new LandDetails(false, null, null, parcel.get(), null,
                    null, null, java.util.List.of(), null, false, false, null))).build();
        }
        return r;
    }

    /** The type a new record of the case most likely is: a land hand-over for a land title. */
    static RecordType likelyType(EnforcementCase c) {
        return c != null && c.obligations().stream().anyMatch(o -> o.kind().concernsLand())
                ? RecordType.LAND_HANDOVER : RecordType.ENFORCEMENT;
    }
}
