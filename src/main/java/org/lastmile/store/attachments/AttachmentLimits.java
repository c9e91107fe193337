package org.lastmile.store.attachments;

/**
 * Size limits of attachments, from the settings.
 *
 * @param maxPhotoBytes largest photo accepted
 * @param maxFileBytes largest audio or document copied into the data directory
 * @param copyBodyCameraUpTo body-camera files up to this size are copied; larger ones are kept by
 *     reference (their hash recorded, the file left where it is)
 */
public record AttachmentLimits(long maxPhotoBytes, long maxFileBytes, long copyBodyCameraUpTo) {

    /** 30 MB photos, 500 MB audio and documents, body-camera files copied up to 200 MB. */
    public static final AttachmentLimits DEFAULT = new AttachmentLimits(30L << 20, 500L << 20, 200L << 20);
}
