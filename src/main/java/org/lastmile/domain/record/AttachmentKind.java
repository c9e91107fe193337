package org.lastmile.domain.record;

import java.util.Locale;

/** What an attached file is. */
public enum AttachmentKind {
    PHOTO, AUDIO, BODY_CAMERA, FINGERPRINT, SIGNATURE_IMAGE, DOCUMENT;

    public String messageKey() {
        return "attachment.kind." + name().toLowerCase(Locale.ROOT);
    }
}
