package org.lastmile.bench;

import java.io.BufferedReader;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.lastmile.gnss.io.FileImporter;
import org.lastmile.gnss.io.ImportOptions;
import org.lastmile.gnss.io.ImportResult;

/**
 * One measurement of {@code scripts/import-bench}, in a fresh JVM: either LastMile's import of a
 * file ({@code import FILE}) or the baseline, a plain streaming read of the same file that does
 * the least any reader must ({@code plain FILE}: for CSV, split each line and parse latitude and
 * longitude; for GPX, a bare StAX pass parsing every trkpt's lat and lon). Prints the wall time
 * and the peak of the heap actually used (sum of the heap pools' peaks), so that the script can
 * set both beside the process's peak resident memory.
 */
public final class ImportVersusPlainRead {

    private ImportVersusPlainRead() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        long start = System.nanoTime();
        long count;
        if (args[0].equals("import")) {
            ImportResult r = new FileImporter().importFile(file, ImportOptions.defaults());
            count = r.positionCount();
        } else if (file.toString().endsWith(".gpx")) {
            count = plainGpx(file);
        } else {
            count = plainCsv(file);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "%s %s: %d vertices, %.2f s, heap peak %d MB%n", args[0],
                file.getFileName(), count, seconds, peak >> 20);
    }

    private static long plainCsv(Path file) throws Exception {
        long n = 0;
        double sum = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split(",");
                sum += Double.parseDouble(f[1]) + Double.parseDouble(f[2]);
                n++;
            }
        }
        return sum > 0 ? n : -n;
    }

    private static long plainGpx(Path file) throws Exception {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        long n = 0;
        double sum = 0;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = f.createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("trkpt")) {
                    sum += Double.parseDouble(r.getAttributeValue(null, "lat"))
                            + Double.parseDouble(r.getAttributeValue(null, "lon"));
                    n++;
                }
            }
            r.close();
        }
        return sum > 0 ? n : -n;
    }
}
