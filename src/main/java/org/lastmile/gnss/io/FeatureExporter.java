package org.lastmile.gnss.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes features (longitude/latitude in WGS84/CGCS2000, degrees) in one file format. Exporters
 * write text; {@link ExportFormat#fileCharset()} says which encoding a file of the format should
 * be saved in.
 */
public interface FeatureExporter {

    /** Writes the features, in order, to the writer (which is not closed). */
    void write(List<Feature> features, Writer out) throws IOException;
}
