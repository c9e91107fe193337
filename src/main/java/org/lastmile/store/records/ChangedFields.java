package org.lastmile.store.records;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lastmile.domain.record.RecordField;

/**
 * Names the record fields behind the JSON paths at which a stored record differs from what was
 * sealed ({@code land.area_m2}, {@code transcript[3].original}), so that users read the field as
 * the record screen calls it. The paths are the record codec's names; a path with no entry of its
 * own takes its nearest enclosing one ({@code land.parcel.north} → the four boundaries), and one
 * with none at all is {@link RecordField#OTHER}.
 */
final class ChangedFields {

    private static final Map<String, RecordField> BY_PATH = Map.ofEntries(
            Map.entry("id", RecordField.IDENTITY),
            Map.entry("case_id", RecordField.IDENTITY),
            Map.entry("type", RecordField.IDENTITY),
            Map.entry("language", RecordField.IDENTITY),
            Map.entry("amends", RecordField.IDENTITY),
            Map.entry("started_at", RecordField.STARTED),
            Map.entry("ended_at", RecordField.ENDED),
            Map.entry("place", RecordField.PLACE),
            Map.entry("place.name", RecordField.PLACE_NAME),
            Map.entry("place.lon", RecordField.LONGITUDE),
            Map.entry("place.lat", RecordField.LATITUDE),
            Map.entry("participants", RecordField.PARTICIPANTS),
            Map.entry("transcript", RecordField.TRANSCRIPT),
            Map.entry("agreement", RecordField.AGREEMENT),
            Map.entry("agreement.breach_zh", RecordField.BREACH_ZH),
            Map.entry("agreement.breach_bo", RecordField.BREACH_BO),
            Map.entry("inventory", RecordField.INVENTORY),
            Map.entry("land", RecordField.LAND),
            Map.entry("land.forced_vacating", RecordField.LAND_FORCED),
            Map.entry("land.notice_number", RecordField.LAND_NOTICE_NUMBER),
            Map.entry("land.notice_deadline", RecordField.LAND_NOTICE_DEADLINE),
            Map.entry("land.parcel", RecordField.LAND_BOUNDARIES),
            Map.entry("land.parcel.location", RecordField.LAND_LOCATION),
            Map.entry("land.parcel.parcel_id", RecordField.LAND_PARCEL_ID),
            Map.entry("land.method", RecordField.LAND_METHOD),
            Map.entry("land.instrument", RecordField.LAND_INSTRUMENT),
            Map.entry("land.area_m2", RecordField.LAND_AREA_M2),
            Map.entry("land.markers", RecordField.LAND_MARKERS),
            Map.entry("land.on_the_land", RecordField.LAND_ON_THE_LAND),
            Map.entry("land.accepted", RecordField.LAND_ACCEPTED),
            Map.entry("land.reoccupation_warned", RecordField.LAND_WARNED),
            Map.entry("land.follow_up", RecordField.LAND_FOLLOW_UP),
            Map.entry("survey", RecordField.SURVEY),
            Map.entry("survey.surveyor", RecordField.SURVEYOR),
            Map.entry("survey.process", RecordField.SURVEY_PROCESS),
            Map.entry("survey.result", RecordField.SURVEY_RESULT),
            Map.entry("body_camera", RecordField.BODY_CAMERA),
            Map.entry("body_camera.device", RecordField.CAMERA_DEVICE),
            Map.entry("body_camera.start", RecordField.CAMERA_START),
            Map.entry("body_camera.end", RecordField.CAMERA_END),
            Map.entry("body_camera.break_reason", RecordField.CAMERA_BREAK_REASON),
            Map.entry("cash_collected", RecordField.CASH),
            Map.entry("attachments", RecordField.ATTACHMENTS),
            Map.entry("sketch_sha256", RecordField.SKETCH),
            Map.entry("signatures", RecordField.SIGNATURES));

    private ChangedFields() {
    }

    /** The fields behind the paths, each once, in the order of the paths. */
    static List<RecordField> of(List<String> paths) {
        Set<RecordField> fields = new LinkedHashSet<>();
        for (String path : paths) {
            fields.add(of(path));
        }
        return List.copyOf(fields);
    }

    /** The field behind one path of {@link JsonDiff}. */
    static RecordField of(String path) {
        String p = path.replaceAll("\\[\\d+]", "");
        while (!p.isEmpty()) {
            RecordField field = BY_PATH.get(p);
            if (field != null) {
                return field;
            }
            int dot = p.lastIndexOf('.');
            p = dot < 0 ? "" : p.substring(0, dot);
        }
        return RecordField.OTHER;
    }
}
