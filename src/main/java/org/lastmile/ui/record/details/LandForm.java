package org.lastmile.ui.record.details;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.Problem;
import org.lastmile.domain.cases.LandParcel;
import org.lastmile.domain.record.LandDetails;
import org.lastmile.domain.record.RecordDetails;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.ui.common.MessageKey;
import org.lastmile.ui.common.form.DateInput;
import org.lastmile.ui.common.form.FormField;
import org.lastmile.ui.record.edit.FieldInput;
import org.lastmile.ui.record.edit.RecordEditor;
import org.lastmile.ui.record.edit.RecordForm;

/**
 * The land fields of a hand-over or vacating record (domain.md): the public notice, the parcel and
 * its four boundaries, how it was measured, the area (typed in m² or in mu; the other follows),
 * what is on the land, the acceptance, the warning against re-occupation and the follow-up visit.
 */
public final class LandForm extends RecordForm {

    /** Square metres in one mu. */
    private static final BigDecimal M2_PER_MU = new BigDecimal(10000).divide(new BigDecimal(15), 10,
            RoundingMode.HALF_UP);

    public final FormField<String> noticeNumber = longTextField("noticeNumber", "record.land.noticeNumber",
            FormField.Kind.TEXT);
    public final FormField<String> noticeDeadline = field("noticeDeadline", "record.land.noticeDeadline",
            FormField.Kind.DATE);
    public final FormField<String> location = longTextField("location", "record.land.location", FormField.Kind.TEXT);
    public final FormField<String> parcelId = longTextField("parcelId", "record.land.parcelId", FormField.Kind.TEXT);
    public final FormField<String> north = longTextField("north", "case.view.parcel.north", FormField.Kind.TEXT);
    public final FormField<String> south = longTextField("south", "case.view.parcel.south", FormField.Kind.TEXT);
    public final FormField<String> east = longTextField("east", "case.view.parcel.east", FormField.Kind.TEXT);
    public final FormField<String> west = longTextField("west", "case.view.parcel.west", FormField.Kind.TEXT);
    public final FormField<String> method = longTextField("method", "record.land.method", FormField.Kind.TEXT);
    public final FormField<String> instrument = longTextField("instrument", "record.land.instrument",
            FormField.Kind.TEXT);
    public final FormField<String> areaMu = field("areaMu", "record.land.areaMu", FormField.Kind.TEXT);
    public final FormField<String> areaM2 = field("areaM2", "record.land.areaM2", FormField.Kind.TEXT);
    public final FormField<String> onTheLand = longTextField("onTheLand", "record.land.onTheLand", FormField.Kind.TEXT);
    public final FormField<String> followUp = field("followUp", "record.land.followUp", FormField.Kind.DATE);
    public final FormField<Boolean> forced = flag("forced", "record.land.forced");
    public final FormField<Boolean> accepted = flag("accepted", "record.land.accepted");
    public final FormField<Boolean> warned = flag("warned", "record.land.warned");

    public LandForm(RecordEditor editor) {
        super(editor);
        reload();
    }

    @Override
    protected void load(SiteRecord r) {
        LandDetails land = landOf(r);
        LandParcel parcel = land.parcel();
        forced.set(land.forcedVacating());
        noticeNumber.set(orEmpty(land.noticeNumber()));
        noticeDeadline.set(DateInput.format(land.noticeDeadline()));
        location.set(parcel == null ? "" : orEmpty(parcel.location()));
        parcelId.set(parcel == null ? "" : orEmpty(parcel.parcelId()));
        north.set(parcel == null ? "" : orEmpty(parcel.north()));
        east.set(parcel == null ? "" : orEmpty(parcel.east()));
        south.set(parcel == null ? "" : orEmpty(parcel.south()));
        west.set(parcel == null ? "" : orEmpty(parcel.west()));
        method.set(orEmpty(land.method()));
        instrument.set(orEmpty(land.instrument()));
        areaM2.set(land.areaM2() == null ? "" : land.areaM2().toPlainString());
        areaMu.set(land.areaM2() == null ? "" : land.areaMu(2).stripTrailingZeros().toPlainString());
        onTheLand.set(orEmpty(land.onTheLand()));
        accepted.set(land.accepted());
        warned.set(land.reoccupationWarned());
        followUp.set(DateInput.format(land.followUp()));
    }

    @Override
    protected SiteRecord apply(SiteRecord r, List<Problem> problems) {
        LocalDate deadline = parse(noticeDeadline, DateInput::parse, problems);
        LocalDate visit = parse(followUp, DateInput::parse, problems);
        BigDecimal m2 = parse(areaM2, FieldInput::decimal, problems);
        BigDecimal mu = parse(areaMu, FieldInput::decimal, problems);
        if (!problems.isEmpty()) {
            return r;
        }
        BigDecimal area = m2;
        if (mu != null && (m2 == null || !sameMu(m2, mu))) {
            area = mu.multiply(M2_PER_MU).setScale(2, RoundingMode.HALF_UP); // typed in mu: 6.6 mu = 4400.00 m²
        }
        LandParcel parcel = new LandParcel(location.text(), parcelId.text(), north.text(), east.text(), south.text(),
                west.text());
        LandDetails land = new LandDetails(Boolean.TRUE.equals(forced.get()), noticeNumber.text(), deadline,
                parcel, method.text(), instrument.text(), area, landOf(r).markers(), onTheLand.text(),
                Boolean.TRUE.equals(accepted.get()), Boolean.TRUE.equals(warned.get()), visit);
        return r.edit().details(new RecordDetails.LandHandover(land)).build();
    }

    // A record of another kind has no land: the form is then never shown, and loads empty.
    private static LandDetails landOf(SiteRecord r) {
        return r.details(RecordDetails.LandHandover.class).map(RecordDetails.LandHandover::land)
                .orElse(LandDetails.EMPTY);
    }

    // The mu field shows the m² area rounded: unchanged, it must not overwrite the exact m².
    private static boolean sameMu(BigDecimal m2, BigDecimal mu) {
        BigDecimal shown = m2.multiply(new BigDecimal(15)).divide(new BigDecimal(10000), 2, RoundingMode.HALF_UP);
        return shown.compareTo(mu.setScale(2, RoundingMode.HALF_UP)) == 0;
    }

    @Override
    protected MessageKeyed description(FormField<?> changed) {
        return new MessageKey("record.edit.land");
    }
}
