package org.lastmile.gnss.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.lastmile.gnss.datum.Datum;

/** Collects what a format importer finds, as read (before datum conversion), within the limits. */
final class ImportSink {

    /** The most characters kept of a name or description; the rest of a longer text is dropped. */
    static final int MAX_TEXT_CHARS = 4096;

    private final String fileName;
    private final Datum datum;
    private final String crsIn;
    private final int maxPositions;
    private final List<Feature> features = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportWarning> warnings = new ArrayList<>();
    private final boolean asWritten;
    private final List<Boolean> ringClosedIn = new ArrayList<>();
    private long positions;
    private int ringsClosed;
    private boolean ringClosedPending;

    /** How many vertices between two progress reports. */
    static final int PROGRESS_STEP = 1 << 16;

    private final LongConsumer progress;
    private long reported;

    ImportSink(String fileName, Datum datum, String crsIn, ImportLimits limits, LongConsumer progress) {
        this(fileName, datum, crsIn, limits, progress, false);
    }

    private ImportSink(String fileName, Datum datum, String crsIn, ImportLimits limits, LongConsumer progress,
            boolean asWritten) {
        this.asWritten = asWritten;
        this.progress = progress;
        this.fileName = fileName;
        this.datum = datum;
        this.crsIn = crsIn;
        this.maxPositions = limits.maxPositions();
    }

    /**
     * A sink for numbers taken as written, for the survey commands: they may be plane metres (the
     * caller names the system), so only finiteness is checked, not the longitude/latitude range.
     */
    static ImportSink asWritten(String fileName, ImportLimits limits) {
        return new ImportSink(fileName, Datum.WGS84, "", limits, n -> { }, true);
    }

    /** Whether coordinates are taken as written, without the longitude/latitude range check. */
    boolean asWritten() {
        return asWritten;
    }

    /** Whether the importer had to close a ring of feature {@code index} (the file left it open). */
    boolean ringClosedIn(int index) {
        return ringClosedIn.get(index);
    }

    String fileName() {
        return fileName;
    }

    /**
     * Checks the vertex limit while a shape is still being read: {@code inProgress} vertices are
     * held by the importer besides those already added. Called per vertex, so a file over the
     * limit is refused before it has filled the memory.
     */
    void reading(long inProgress) {
        if (positions + inProgress > maxPositions) {
            throw new ImportException(ImportError.TOO_MANY_POSITIONS, fileName, maxPositions);
        }
        report(positions + inProgress);
    }

    private void report(long vertices) {
        if (vertices - reported >= PROGRESS_STEP) {
            reported = vertices;
            progress.accept(vertices);
        }
    }

    void add(String name, FeatureShape shape, SourceRef source, Map<String, String> properties) {
        positions += shape.positions().size();
        if (positions > maxPositions) {
            throw new ImportException(ImportError.TOO_MANY_POSITIONS, fileName, maxPositions);
        }
        report(positions);
        features.add(new Feature(name, shape, source, datum, crsIn, properties));
        ringClosedIn.add(ringClosedPending);
        ringClosedPending = false;
    }

    void add(String name, FeatureShape shape, SourceRef source) {
        add(name, shape, source, Map.of());
    }

    void problem(ImportProblem.Code code, SourceRef source, String detail) {
        problem(new ImportProblem(code, source, detail));
    }

    void problem(ImportProblem problem) {
        problems.add(problem);
        ringClosedPending = false;
    }

    void warn(ImportWarning.Code code, Object... args) {
        warnings.add(new ImportWarning(code, args));
    }

    /** A warning that suggests reading the file in {@code datum}. */
    void warnSuggesting(Datum datum, ImportWarning.Code code, Object... args) {
        warnings.add(new ImportWarning(code, datum, args));
    }

    /** Counts a ring that the importer closed; reported once as a warning. */
    void ringClosed() {
        ringsClosed++;
        ringClosedPending = true;
    }

    List<Feature> features() {
        return features;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    List<ImportWarning> warnings() {
        List<ImportWarning> all = new ArrayList<>(warnings);
        if (ringsClosed > 0) {
            all.add(new ImportWarning(ImportWarning.Code.RINGS_CLOSED, ringsClosed));
        }
        return all;
    }
}
