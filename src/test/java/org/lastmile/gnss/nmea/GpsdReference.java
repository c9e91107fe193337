package org.lastmile.gnss.nmea;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The TPV reports with a position in a gpsd {@code .chk} file: what gpsd decoded from the log of
 * the same name. The file interleaves each input sentence with the reports gpsd sent after it.
 */
final class GpsdReference {

    /**
     * One TPV with a position.
     *
     * @param line line number in the .chk file
     * @param time gpsd's ISO time, or null when gpsd had no date yet
     * @param secondOfDay UTC second of the day of the last timed sentence before the report
     *     (GGA, RMC, GNS, GLL, ZDA), or NaN
     */
    record Tpv(int line, String time, double lat, double lon, double secondOfDay) {
    }

    private static final Pattern TIMED = Pattern.compile(
            "^\\s*\\$..(?:(?:GGA|RMC|GNS|ZDA),(\\d{6}(?:\\.\\d+)?)|GLL,[^,]*,[^,]*,[^,]*,[^,]*,(\\d{6}(?:\\.\\d+)?)).*");

    private GpsdReference() {
    }

    static List<Tpv> positions(Path chk) {
        ObjectMapper json = new ObjectMapper();
        List<Tpv> reports = new ArrayList<>();
        try {
            double secondOfDay = Double.NaN;
            int number = 0;
            for (String line : Files.readAllLines(chk, StandardCharsets.US_ASCII)) {
                number++;
                Matcher timed = TIMED.matcher(line);
                if (timed.matches()) {
                    String hhmmss = timed.group(1) != null ? timed.group(1) : timed.group(2);
                    secondOfDay = Integer.parseInt(hhmmss.substring(0, 2)) * 3600
                            + Integer.parseInt(hhmmss.substring(2, 4)) * 60 + Double.parseDouble(hhmmss.substring(4));
                }
                if (!line.startsWith("{")) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                if ("TPV".equals(node.path("class").asText()) && node.has("lat") && node.has("lon")
                        && node.path("mode").asInt() >= 2) {
                    reports.add(new Tpv(number, node.has("time") ? node.get("time").asText() : null,
                            node.get("lat").asDouble(), node.get("lon").asDouble(), secondOfDay));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reports;
    }
}
