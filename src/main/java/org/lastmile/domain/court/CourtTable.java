package org.lastmile.domain.court;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The courts whose case numbers LastMile accepts. Shipped as data ({@code data/courts.tsv}),
 * never derived from division codes: the SPC assigns the codes and they have exceptions.
 */
public final class CourtTable {

    /** The classpath resource of the shipped table. */
    public static final String RESOURCE = "/data/courts.tsv";

    private final Map<String, Court> byCode;

    public CourtTable(Collection<Court> courts) {
        Map<String, Court> map = new LinkedHashMap<>();
        for (Court court : courts) {
            if (map.putIfAbsent(court.code(), court) != null) {
                throw new IllegalArgumentException("duplicate court code " + court.code());
            }
        }
        this.byCode = Collections.unmodifiableMap(map);
    }

    /** Reads the shipped table of Qinghai's courts. */
    public static CourtTable shipped() {
        try (InputStream in = CourtTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a table: one court per line, tab-separated {@code code division level name_zh name_bo};
     * lines starting with {@code #} are comments.
     */
    public static CourtTable read(InputStream in) throws IOException {
        List<Court> courts = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 5) {
                throw new IOException("courts table line " + number + ": expected 5 fields, found " + f.length);
            }
            courts.add(new Court(f[0].strip(), f[1].strip(), CourtLevel.valueOf(f[2].strip()), f[3].strip(),
                    f[4].strip()));
        }
        return new CourtTable(courts);
    }

    public Optional<Court> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** All courts in table order (high court, intermediate courts, basic courts). */
    public List<Court> all() {
        return List.copyOf(byCode.values());
    }
}
