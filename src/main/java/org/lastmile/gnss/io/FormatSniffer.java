package org.lastmile.gnss.io;

import java.util.Optional;
import java.util.Set;

/**
 * Tells what a file is from its first bytes, and whether that fits the format its name announces.
 * It never trusts the extension alone: a KML renamed .gpx is "not a GPX file".
 */
public final class FormatSniffer {

    /** How many bytes are looked at. */
    static final int HEAD_BYTES = 64 * 1024;

    private static final Set<String> KML_ROOTS = Set.of("kml", "Document", "Folder", "Placemark");

    /** What the content looks like. */
    Sniff sniff(byte[] data) {
        if (data.length == 0) {
            return new Sniff(ContentKind.EMPTY, "", 1);
        }
        if (data.length >= 4 && data[0] == 'P' && data[1] == 'K' && data[2] == 3 && data[3] == 4) {
            return new Sniff(ContentKind.ZIP, "", 1);
        }
        int n = Math.min(data.length, HEAD_BYTES);
        boolean utf16 = n >= 2 && ((data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xFE
                || (data[0] & 0xFF) == 0xFE && (data[1] & 0xFF) == 0xFF);
        if (!utf16 && looksBinary(data, n)) {
            return new Sniff(ContentKind.BINARY, "", 1);
        }
        String head = TextDecoder.decode(data, n).text();
        int i = 0;
        int line = 1;
        while (i < head.length() && Character.isWhitespace(head.charAt(i))) {
            if (head.charAt(i) == '\n') {
                line++;
            }
            i++;
        }
        if (i == head.length()) {
            return new Sniff(ContentKind.EMPTY, "", line);
        }
        char c = head.charAt(i);
        if (c == '<') {
            int root = rootStart(head, i);
            if (root < 0) {
                return new Sniff(ContentKind.XML, "", line);
            }
            for (int k = i; k < root; k++) {
                if (head.charAt(k) == '\n') {
                    line++;
                }
            }
            return new Sniff(ContentKind.XML, rootName(head, root), line);
        }
        if (c == '{' || c == '[') {
            return new Sniff(ContentKind.JSON, "", line);
        }
        return new Sniff(ContentKind.TEXT, "", line);
    }

    /**
     * The format of a file: the one its name announces, else the one its content shows. Empty when
     * neither tells.
     */
    public Optional<FileFormat> formatOf(String fileName, byte[] data) {
        Optional<FileFormat> named = FileFormat.byFileName(fileName);
        return named.isPresent() ? named : byContent(sniff(data));
    }

    /** Whether the content fits the format. */
    boolean fits(FileFormat format, Sniff s) {
        return switch (format) {
            case GPX -> s.kind() == ContentKind.XML && s.root().equals("gpx");
            case KML -> s.kind() == ContentKind.XML && KML_ROOTS.contains(s.root());
            case KMZ -> s.kind() == ContentKind.ZIP;
            case GEOJSON -> s.kind() == ContentKind.JSON;
            case CSV, CASS_DAT -> s.kind() == ContentKind.TEXT;
        };
    }

    static Optional<FileFormat> byContent(Sniff s) {
        return switch (s.kind()) {
            case XML -> s.root().equals("gpx") ? Optional.of(FileFormat.GPX)
                    : KML_ROOTS.contains(s.root()) ? Optional.of(FileFormat.KML) : Optional.empty();
            case ZIP -> Optional.of(FileFormat.KMZ);
            case JSON -> Optional.of(FileFormat.GEOJSON);
            case TEXT -> Optional.of(FileFormat.CSV);
            case EMPTY, BINARY -> Optional.empty();
        };
    }

    private static boolean looksBinary(byte[] data, int n) {
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = data[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A) {
                control++;
            }
        }
        return control * 20 > n;
    }

    /** Where the first element starts, skipping the declaration, comments and a DOCTYPE; -1 if not seen. */
    private static int rootStart(String head, int start) {
        int i = start;
        while (i >= 0 && i < head.length()) {
            if (head.startsWith("<?", i)) {
                i = after(head, "?>", i);
            } else if (head.startsWith("<!--", i)) {
                i = after(head, "-->", i);
            } else if (head.startsWith("<!", i)) {
                int bracket = head.indexOf('[', i);
                int close = head.indexOf('>', i);
                i = bracket >= 0 && bracket < close ? after(head, "]>", i) : after(head, ">", i);
            } else if (head.charAt(i) == '<') {
                return i;
            } else {
                i++;
            }
        }
        return -1;
    }

    /** The local name of the element starting at {@code i}. */
    private static String rootName(String head, int i) {
        int j = i + 1;
        while (j < head.length() && !Character.isWhitespace(head.charAt(j)) && head.charAt(j) != '>'
                && head.charAt(j) != '/') {
            j++;
        }
        return SafeXml.local(head.substring(i + 1, j));
    }

    private static int after(String s, String end, int from) {
        int k = s.indexOf(end, from);
        return k < 0 ? -1 : k + end.length();
    }
}
