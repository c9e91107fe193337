package org.lastmile.ui.record.place;

import java.time.Instant;
import java.util.List;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.Problem;
import org.lastmile.domain.record.Place;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.ui.common.MessageKey;
import org.lastmile.ui.common.form.FormField;
import org.lastmile.ui.record.edit.FieldInput;
import org.lastmile.ui.record.edit.RecordEditor;
import org.lastmile.ui.record.edit.RecordForm;

/**
 * When and where: the start and end of the session, the place's name (always), and its position
 * typed in decimal degrees or taken from a GNSS receiver ({@link PositionSource}).
 */
public final class PlaceForm extends RecordForm {

    private final FieldInput input;

    public final FormField<String> started = field("started", "record.place.started", FormField.Kind.TEXT);
    public final FormField<String> ended = field("ended", "record.place.ended", FormField.Kind.TEXT);
    public final FormField<String> longitude = field("longitude", "record.place.longitude", FormField.Kind.TEXT);
    public final FormField<String> latitude = field("latitude", "record.place.latitude", FormField.Kind.TEXT);
    public final FormField<String> name = field("name", "record.place.name", FormField.Kind.TEXT);

    public PlaceForm(RecordEditor editor, FieldInput input) {
        super(editor);
        this.input = input;
        reload();
    }

    @Override
    protected void load(SiteRecord r) {
        started.set(input.format(r.startedAt()));
        ended.set(input.format(r.endedAt()));
        name.set(orEmpty(r.place().name()));
        longitude.set(orEmpty(r.place().longitude()));
        latitude.set(orEmpty(r.place().latitude()));
    }

    @Override
    protected SiteRecord apply(SiteRecord r, List<Problem> problems) {
        Instant start = parse(started, input::time, problems);
        Instant end = parse(ended, input::time, problems);
        Double lon = parse(longitude, t -> FieldInput.degrees(t, 180), problems);
        Double lat = parse(latitude, t -> FieldInput.degrees(t, 90), problems);
        if (start == null && problems.stream().noneMatch(p -> p.field().equals("started"))) {
            problems.add(new Problem("started", "form.error.required"));
        }
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(new Problem("ended", "record.time.error.endBeforeStart"));
        }
        if ((lon == null) != (lat == null)) {
            problems.add(new Problem(lon == null ? "longitude" : "latitude", "record.place.error.pair"));
        }
        if (!problems.isEmpty()) {
            return r;
        }
        boolean samePosition = lon != null && lon.equals(r.place().longitude()) && lat.equals(r.place().latitude());
        Place place = new Place(name.text(), lon, lat, samePosition ? r.place().sigmaM() : null);
        return r.edit().startedAt(start).endedAt(end).place(place).build();
    }

    @Override
    protected MessageKeyed description(FormField<?> changed) {
        return new MessageKey("record.edit.place");
    }

    /** Ends the session now (its end time is required before sealing). */
    public java.util.Optional<MessageKeyed> endNow(Instant now) {
        return editor.edit(r -> r.edit().endedAt(now).build(), new MessageKey("record.edit.ended"), null);
    }

    /** Takes the receiver's fix as the position (the name stays). */
    public java.util.Optional<MessageKeyed> take(PositionSource.Fix fix) {
        Double sigma = Double.isFinite(fix.sigmaM()) ? fix.sigmaM() : null; // unknown stays unknown, never NaN
        return editor.edit(r -> r.edit().place(new Place(r.place().name(), fix.longitude(), fix.latitude(),
                sigma)).build(), new MessageKey("record.edit.position"), null);
    }
}
