package org.lastmile.gnss.io;

import java.util.List;

/**
 * What an import produced: features in WGS84/CGCS2000 longitude/latitude (each with its source
 * and the datum it came in), the parts that could not be imported, and warnings.
 *
 * @param fileName the file's name, as given
 * @param format the format it was read as
 * @param features the imported points, lines and polygons, in file order
 * @param problems the parts not imported (bad lines, broken placemarks), in file order
 * @param warnings what the user should check
 */
public record ImportResult(String fileName, FileFormat format, List<Feature> features, List<ImportProblem> problems,
        List<ImportWarning> warnings) {

    public ImportResult {
        features = List.copyOf(features);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** The point features. */
    public List<Feature> points() {
        return ofKind(Feature.Kind.POINT);
    }

    /** The line features (tracks, routes, line strings). */
    public List<Feature> lines() {
        return ofKind(Feature.Kind.LINE);
    }

    /** The polygon features. */
    public List<Feature> polygons() {
        return ofKind(Feature.Kind.POLYGON);
    }

    /** The number of vertices of all features. */
    public long positionCount() {
        return features.stream().mapToLong(f -> f.shape().positions().size()).sum();
    }

    private List<Feature> ofKind(Feature.Kind kind) {
        return features.stream().filter(f -> f.kind() == kind).toList();
    }
}
