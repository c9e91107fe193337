package org.lastmile.gnss.io;

import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import org.lastmile.common.Key;

/**
 * Turns the XML parser's error into the file's line and a reason in LastMile's own words: the
 * parser's text (English only, with codes such as {@code JAXP00010006}) never reaches the user.
 */
final class XmlErrors {

    private XmlErrors() {
    }

    /** The refusal of a broken XML file of the given format ({@code GPX}, {@code KML}). */
    static ImportException broken(XMLStreamException e, String fileName, String format) {
        int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
        return new ImportException(e, ImportError.BROKEN, fileName, format, line, reason(e));
    }

    /** One of the {@code gnss.import.broken.*} reasons, from what the parser said. */
    static Key reason(XMLStreamException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        String why;
        if (m.contains("jaxp00010006") || m.contains("depth")) {
            why = "gnss.import.broken.tooDeep";
        } else if (m.contains("jaxp")) {
            why = "gnss.import.broken.tooLarge";
        } else if (m.contains("same entity") || m.contains("premature end") || m.contains("end of file")
                || m.contains("unexpected eof")) {
            why = "gnss.import.broken.cut";
        } else if (m.contains("end-tag") || m.contains("must be terminated")) {
            why = "gnss.import.broken.unclosed";
        } else if (m.contains("doctype") || m.contains("dtd") || m.contains("external")) {
            why = "gnss.import.broken.doctype";
        } else if (m.contains("invalid xml character") || m.contains("byte") || m.contains("encoding")) {
            why = "gnss.import.broken.characters";
        } else {
            why = "gnss.import.broken.notWellFormed";
        }
        return new Key(why);
    }

    /** The reason for a DOCTYPE, which is refused so that no entity is ever resolved. */
    static Key doctype() {
        return new Key("gnss.import.broken.doctype");
    }
}
