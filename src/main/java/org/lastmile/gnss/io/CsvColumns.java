package org.lastmile.gnss.io;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which column holds what, found by header names in English and Chinese ({@code lat}, {@code
 * latitude}, {@code 纬度}; {@code lon}, {@code lng}, {@code 经度}; {@code name}, {@code 名称},
 * {@code 点名}; {@code ele}, {@code 高程}…), ignoring case, spaces and units in brackets
 * ({@code 纬度(°)}, {@code Latitude [WGS84]}). Indexes are 0-based, -1 when absent.
 *
 * @param lat latitude column
 * @param lon longitude column
 * @param name name column
 * @param ele height column
 * @param code feature code column
 * @param description description column
 */
record CsvColumns(int lat, int lon, int name, int ele, int code, int description) {

    private static final Set<String> LAT = Set.of("lat", "latitude", "纬度", "北纬", "wd", "y纬度");
    private static final Set<String> LON = Set.of("lon", "lng", "long", "longitude", "经度", "东经", "jd", "x经度");
    private static final Set<String> NAME = Set.of("name", "名称", "点名", "名字", "标注", "title", "label",
            "pointname");
    /** Names used only when no column has a real name. */
    private static final Set<String> NUMBER = Set.of("点号", "point", "id", "编号", "序号", "no", "number");
    private static final Set<String> ELE = Set.of("ele", "elevation", "alt", "altitude", "height", "h", "高程", "海拔",
            "高度", "海拔高度", "z");
    private static final Set<String> CODE = Set.of("code", "编码", "代码");
    private static final Set<String> DESCRIPTION = Set.of("desc", "description", "备注", "描述", "说明", "comment",
            "note", "notes");

    /** The largest column index used. */
    int maxIndex() {
        return Math.max(Math.max(Math.max(lat, lon), Math.max(name, ele)), Math.max(code, description));
    }

    /** The columns named by a header line, when it names latitude and longitude. */
    static Optional<CsvColumns> fromHeader(List<String> header) {
        int lat = find(header, LAT);
        int lon = find(header, LON);
        if (lat < 0 || lon < 0) {
            return Optional.empty();
        }
        int name = find(header, NAME);
        if (name < 0) {
            name = find(header, NUMBER);
        }
        return Optional.of(new CsvColumns(lat, lon, name, find(header, ELE), find(header, CODE),
                find(header, DESCRIPTION)));
    }

    /** Whether a line looks like a header: no field of it is a number or an angle. */
    static boolean looksLikeHeader(List<String> fields) {
        for (String f : fields) {
            if (!f.isEmpty() && Angle.parse(f).isPresent()) {
                return false;
            }
        }
        return true;
    }

    private static int find(List<String> header, Set<String> names) {
        for (int i = 0; i < header.size(); i++) {
            if (names.contains(normalise(header.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    static String normalise(String header) {
        String h = header.strip().toLowerCase(Locale.ROOT);
        h = h.replaceAll("[(（\\[【][^)）\\]】]{0,40}[)）\\]】]", "");
        h = h.replace(" ", "").replace("_", "").replace("-", "").replace(".", "").replace("\uFEFF", "");
        return h;
    }
}
