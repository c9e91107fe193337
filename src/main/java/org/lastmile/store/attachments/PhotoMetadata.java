package org.lastmile.store.attachments;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;

/**
 * When and where a photo was taken, from its EXIF data. A camera writes local time without a zone
 * unless it also writes OffsetTimeOriginal; the site's zone is assumed then.
 *
 * @param takenAt the capture time, or {@code null}
 * @param longitude degrees east, or {@code null}
 * @param latitude degrees north, or {@code null}
 */
record PhotoMetadata(Instant takenAt, Double longitude, Double latitude) {

    static final PhotoMetadata NONE = new PhotoMetadata(null, null, null);

    static PhotoMetadata read(Path file, ZoneId siteZone) {
        Metadata metadata;
        try {
            metadata = ImageMetadataReader.readMetadata(file.toFile());
        } catch (ImageProcessingException | IOException e) {
            return NONE;
        }
        Instant takenAt = null;
        ExifSubIFDDirectory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
        if (exif != null) {
            Date date = exif.getDateOriginal(TimeZone.getTimeZone(siteZone));
            takenAt = date == null ? null : date.toInstant();
        }
        Double lon = null;
        Double lat = null;
        GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
        if (gps != null) {
            GeoLocation location = gps.getGeoLocation();
            if (location != null && !location.isZero()) {
                lon = location.getLongitude();
                lat = location.getLatitude();
            }
        }
        return new PhotoMetadata(takenAt, lon, lat);
    }
}
