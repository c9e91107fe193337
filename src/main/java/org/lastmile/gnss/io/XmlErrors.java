package org.lastmile.gnss.io;

import javax.xml.stream.XMLStreamException;

/** The parser's own words for an XML error, without the location prefix it adds. */
final class XmlErrors {

    private static final int MAX_CHARS = 200;

    private XmlErrors() {
    }

    static String reason(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int k = m.indexOf("Message: ");
        if (k >= 0) {
            m = m.substring(k + "Message: ".length());
        }
        m = m.replace('\n', ' ').strip();
        return m.length() > MAX_CHARS ? m.substring(0, MAX_CHARS) + "…" : m;
    }
}
