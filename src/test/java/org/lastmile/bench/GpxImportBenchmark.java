package org.lastmile.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.lastmile.gnss.io.FileImporter;
import org.lastmile.gnss.io.ImportOptions;
import org.lastmile.gnss.io.ImportResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Budget: import a 100,000-point GPX track in at most 1 s. The baseline, measured in the same run,
 * is a plain StAX pass over the same bytes that parses every trkpt's lat and lon: the least any
 * GPX reader must do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 15)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class GpxImportBenchmark {

    /** Vertices in the track. */
    static final int POINTS = 100_000;

    byte[] gpx;

    @Setup
    public void makeTrack() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<gpx version=\"1.1\" creator=\"bench\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n"
                + "<trk><name>walk</name><trkseg>\n");
        for (int i = 0; i < POINTS; i++) {
            b.append("<trkpt lat=\"").append(37.3 + i * 1e-7).append("\" lon=\"").append(100.1 + i * 1e-7)
                    .append("\"><ele>").append(3300 + (i % 100) / 10.0).append("</ele><time>2023-06-14T")
                    .append(String.format("%02d:%02d:%02d", i / 3600 % 24, i / 60 % 60, i % 60))
                    .append("Z</time></trkpt>\n");
        }
        b.append("</trkseg></trk></gpx>\n");
        gpx = b.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public ImportResult importTrack() {
        return new FileImporter().importBytes("walk.gpx", gpx, ImportOptions.defaults());
    }

    @Benchmark
    public double baselinePlainStax() throws Exception {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(gpx));
        double sum = 0;
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("trkpt")) {
                sum += Double.parseDouble(r.getAttributeValue(null, "lat"))
                        + Double.parseDouble(r.getAttributeValue(null, "lon"));
            }
        }
        r.close();
        return sum;
    }
}
