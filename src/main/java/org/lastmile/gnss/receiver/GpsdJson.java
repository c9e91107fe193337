package org.lastmile.gnss.receiver;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.lastmile.gnss.fix.FixMode;
import org.lastmile.gnss.fix.FixQuality;
import org.lastmile.gnss.fix.FixTime;
import org.lastmile.gnss.fix.GnssFix;

/**
 * Turns gpsd's JSON reports into fixes. gpsd may send several TPVs for one receiver cycle (one per
 * sentence that changed the fix, the later ones more complete); they are merged into one epoch, the
 * last TPV of a time winning, which is published when a TPV of another time arrives (or the
 * connection ends). The SKY and GST reports that gpsd sends after the TPVs of a cycle give its
 * satellites, DOPs and σ. gpsd's TPV {@code mode} 2/3 is a fix,
 * its {@code status} (2 DGPS, 3 RTK fixed, 4 RTK float, 5–6 dead reckoning, 7 surveyed, 8
 * simulated, 9 P(Y)) the quality. Heights: {@code altMSL}, or {@code alt} from gpsd before 3.20.
 */
final class GpsdJson {

    private int satellitesUsed = -1;
    private int satellitesInView = -1;
    private double hdop = Double.NaN;
    private double pdop = Double.NaN;
    private double vdop = Double.NaN;
    private String gstTime;
    private double sigmaLatitude = Double.NaN;
    private double sigmaLongitude = Double.NaN;
    private double sigmaAltitude = Double.NaN;

    /** Takes in a SKY report. */
    void sky(JsonNode sky) {
        if (sky.has("uSat")) {
            satellitesUsed = sky.get("uSat").asInt();
        } else if (sky.has("satellites")) {
            int used = 0;
            for (JsonNode satellite : sky.get("satellites")) {
                if (satellite.path("used").asBoolean()) {
                    used++;
                }
            }
            satellitesUsed = used;
        }
        if (sky.has("nSat")) {
            satellitesInView = sky.get("nSat").asInt();
        } else if (sky.has("satellites")) {
            satellitesInView = sky.get("satellites").size();
        }
        hdop = number(sky, "hdop", hdop);
        pdop = number(sky, "pdop", pdop);
        vdop = number(sky, "vdop", vdop);
    }

    /** Takes in a GST report. */
    void gst(JsonNode gst) {
        gstTime = gst.path("time").asText(null);
        sigmaLatitude = number(gst, "lat", Double.NaN);
        sigmaLongitude = number(gst, "lon", Double.NaN);
        sigmaAltitude = number(gst, "alt", Double.NaN);
    }

    private JsonNode pending;

    /** Takes in a TPV report; returns the epochs it completes (none, one, or two). */
    java.util.List<GnssFix> tpv(JsonNode tpv) {
        java.util.List<GnssFix> done = new java.util.ArrayList<>(2);
        String time = tpv.path("time").asText(null);
        if (pending != null && (time == null || !time.equals(pending.path("time").asText(null)))) {
            done.add(build(pending));
            pending = null;
        }
        if (time == null) {
            done.add(build(tpv));
        } else {
            pending = tpv;
        }
        return done;
    }

    /** The epoch still being merged, if any (when the connection ends). */
    java.util.Optional<GnssFix> flush() {
        java.util.Optional<GnssFix> last = java.util.Optional.ofNullable(pending).map(this::build);
        pending = null;
        return last;
    }

    private GnssFix build(JsonNode tpv) {
        int mode = tpv.path("mode").asInt(0);
        GnssFix.Builder fix = GnssFix.builder().time(time(tpv.path("time").asText(null)))
                .mode(mode == 3 ? FixMode.THREE_D : mode == 2 ? FixMode.TWO_D : mode == 1 ? FixMode.NO_FIX : FixMode.UNKNOWN)
                .satellitesUsed(satellitesUsed).satellitesInView(satellitesInView).dop(hdop, pdop, vdop)
                .motion(number(tpv, "speed", Double.NaN), number(tpv, "track", Double.NaN));
        if (mode >= 2 && tpv.has("lat") && tpv.has("lon")) {
            fix.position(tpv.get("lon").asDouble(), tpv.get("lat").asDouble())
                    .altitude(number(tpv, "altMSL", number(tpv, "alt", Double.NaN)))
                    .geoidSeparation(number(tpv, "geoidSep", Double.NaN))
                    .quality(quality(tpv.path("status").asInt(1)));
        }
        String time = tpv.path("time").asText(null);
        if (time != null && time.equals(gstTime)) {
            fix.sigma(sigmaLatitude, sigmaLongitude, sigmaAltitude);
        }
        return fix.build();
    }

    private static FixQuality quality(int status) {
        switch (status) {
            case 2:
                return FixQuality.DGPS;
            case 3:
                return FixQuality.RTK_FIXED;
            case 4:
                return FixQuality.RTK_FLOAT;
            case 5:
            case 6:
                return FixQuality.ESTIMATED;
            case 7:
                return FixQuality.MANUAL;
            case 8:
                return FixQuality.SIMULATION;
            case 9:
                return FixQuality.PPS;
            default:
                return FixQuality.GPS;
        }
    }

    private static FixTime time(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            ZonedDateTime utc = Instant.parse(iso).atZone(ZoneOffset.UTC);
            return new FixTime(utc.toLocalDate(), utc.toLocalTime());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static double number(JsonNode node, String name, double missing) {
        JsonNode value = node.get(name);
        return value != null && value.isNumber() ? value.asDouble() : missing;
    }
}
