package org.lastmile.domain.record;

import java.time.Instant;
import org.lastmile.domain.Text;

/**
 * The body-camera log: device, time span and the reason for any break; the files are the
 * record's attachments of kind {@link AttachmentKind#BODY_CAMERA}.
 *
 * @param device the camera's model and number
 * @param start recording started
 * @param end recording ended
 * @param breakReason why recording stopped in between, may be empty
 */
public record BodyCameraLog(String device, Instant start, Instant end, String breakReason) {

    public static final BodyCameraLog EMPTY = new BodyCameraLog(null, null, null, null);

    public BodyCameraLog {
        device = Text.cleanOrNull(device);
        breakReason = Text.cleanOrNull(breakReason);
    }
}
