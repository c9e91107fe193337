package org.lastmile.domain.record;

import java.util.List;
import java.util.Objects;

/**
 * Sections of other kinds that a stored record happens to hold: before records had one
 * {@link RecordDetails} type per kind, every record carried a land, a survey, a body-camera and an
 * inventory section. No screen ever filled in another kind's section, but whatever a stored record
 * holds is part of what its signatories confirmed, and {@code record verify} re-encodes it to
 * check their signatures. So the codec keeps such sections here, unread by any rule or screen,
 * and writes them back unchanged. New records carry {@link #NONE}; an amendment starts without them.
 *
 * @param inventory an inventory held by a record that is not a seizure
 * @param land land fields held by a record that is not a land hand-over
 * @param survey survey fields held by a record that is not a survey
 * @param bodyCamera a camera log held by a record that is not a body-camera log
 */
public record CarriedSections(List<InventoryLine> inventory, LandDetails land, SurveyDetails survey,
        BodyCameraLog bodyCamera) {

    public static final CarriedSections NONE = new CarriedSections(List.of(), LandDetails.EMPTY, SurveyDetails.EMPTY,
            BodyCameraLog.EMPTY);

    public CarriedSections {
        inventory = List.copyOf(inventory);
        Objects.requireNonNull(land);
        Objects.requireNonNull(survey);
        Objects.requireNonNull(bodyCamera);
    }
}
