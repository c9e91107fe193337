package org.lastmile.gnss.io;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.lastmile.gnss.datum.Datum;

/**
 * Names of map apps whose exports are shifted, looked for at the head of a file (a GPX {@code
 * creator}, a KML document name, a comment): Ovital (奥维), Amap (高德), Tencent (腾讯) write
 * GCJ-02, Baidu (百度) BD-09. Finding one while the user said WGS84 is worth a warning; it is
 * never acted on silently.
 */
final class MapAppHint {

    /** How much of the text's head is searched. */
    static final int HEAD_CHARS = 4096;

    private static final Object[][] APPS = {
        {Pattern.compile("奥维|\\bovital(map)?\\b", Pattern.CASE_INSENSITIVE), "奥维 Ovital", Datum.GCJ02},
        {Pattern.compile("高德|\\b(amap|autonavi)\\b", Pattern.CASE_INSENSITIVE), "高德 Amap", Datum.GCJ02},
        {Pattern.compile("腾讯地图|\\btencent\\b", Pattern.CASE_INSENSITIVE), "腾讯 Tencent", Datum.GCJ02},
        {Pattern.compile("百度地图|\\bbaidu\\b", Pattern.CASE_INSENSITIVE), "百度 Baidu", Datum.BD09},
    };

    private MapAppHint() {
    }

    /** The app and its datum named at the head of the text, if any. */
    static Optional<Object[]> find(String text) {
        String head = text.length() > HEAD_CHARS ? text.substring(0, HEAD_CHARS) : text;
        for (Object[] app : APPS) {
            if (((Pattern) app[0]).matcher(head.toLowerCase(Locale.ROOT)).find()) {
                return Optional.of(new Object[] {app[1], app[2]});
            }
        }
        return Optional.empty();
    }

    /** Adds the warning when the text names a map app and the user chose an unshifted datum. */
    static void check(String text, Datum chosen, ImportSink sink) {
        if (chosen.isShifted()) {
            return;
        }
        find(text).ifPresent(app -> sink.warnSuggesting((Datum) app[1], ImportWarning.Code.MAP_APP_FILE, app[0], app[1]));
    }
}
