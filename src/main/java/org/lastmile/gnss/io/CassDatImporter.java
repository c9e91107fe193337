package org.lastmile.gnss.io;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.lastmile.survey.crs.GeoPoint;

/**
 * CASS coordinate files ({@code .dat}) of South Surveying's CASS: one point per line, {@code
 * name,code,E,N,H}. CASS calls the easting Y and the northing X and writes Y before X, so the third
 * field is the easting and the fourth the northing, in metres; the code may be empty and the
 * height missing. The plane system (a CGCS2000 Gauss-Krüger zone) is not in the file: the user
 * names it, and each point is converted to CGCS2000 longitude/latitude. A point outside the
 * system's zone (or whose easting carries another zone number) is a problem, like a bad number.
 * Text is UTF-8 or GBK, as CASS on Chinese Windows writes it.
 */
final class CassDatImporter implements FormatImporter {

    @Override
    public void read(ImportInput input, ImportSink sink) {
        PlaneProjection plane = input.options().plane()
                .orElseThrow(() -> new ImportException(ImportError.CRS_REQUIRED, input.fileName()));
        TextDecoder.Opened text = TextDecoder.open(input.data(), false);
        if (text.gbkFallback()) {
            sink.warn(ImportWarning.Code.READ_AS_GBK);
        }
        int maxChars = input.options().limits().maxLineChars();
        CsvSplitter splitter = new CsvSplitter(',');
        CsvImporter.Lines lines = new CsvImporter.Lines(text.reader(), maxChars);
        while (lines.next()) {
            if (lines.skippable()) {
                continue;
            }
            SourceRef where = SourceRef.line(lines.number());
            if (lines.tooLong()) {
                sink.problem(ImportProblem.Code.LINE_TOO_LONG, where, String.valueOf(lines.length()));
                continue;
            }
            List<String> f = splitter.split(CsvSplitter.normalise(lines.text(), ','));
            if (f.size() < 4) {
                sink.problem(ImportProblem.Code.TOO_FEW_FIELDS, where, String.valueOf(f.size()));
                continue;
            }
            OptionalDouble e = Numbers.parse(f.get(2));
            OptionalDouble n = Numbers.parse(f.get(3));
            String heightText = f.size() > 4 ? f.get(4) : "";
            OptionalDouble h = heightText.isEmpty() ? OptionalDouble.of(Double.NaN) : Numbers.parse(heightText);
            if (e.isEmpty() || n.isEmpty() || h.isEmpty()) {
                sink.problem(ImportProblem.Code.BAD_NUMBER, where,
                        e.isEmpty() ? f.get(2) : n.isEmpty() ? f.get(3) : heightText);
                continue;
            }
            if (!plane.accepts(e.getAsDouble(), n.getAsDouble())) {
                sink.problem(ImportProblem.Code.OUTSIDE_ZONE, where, f.get(2) + "," + f.get(3));
                continue;
            }
            GeoPoint ll = plane.toLonLat(e.getAsDouble(), n.getAsDouble());
            Map<String, String> properties = f.get(1).isEmpty() ? Map.of() : Map.of("code", f.get(1));
            sink.add(f.get(0), new FeatureShape.PointShape(new GeoPoint(ll.lon(), ll.lat(), h.getAsDouble())),
                    where, properties);
        }
    }
}
