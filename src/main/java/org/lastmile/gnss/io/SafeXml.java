package org.lastmile.gnss.io;

import javax.xml.stream.XMLInputFactory;

/**
 * StAX readers that cannot be made to read other files or the network: no DTD, no external
 * entities (XXE), and a bound on element depth where the JDK supports it.
 */
final class SafeXml {

    private SafeXml() {
    }

    /** A new factory: DTDs and external entities off, namespaces off (KML files often lack them). */
    static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new javax.xml.stream.XMLStreamException("external resource refused: " + systemId);
        });
        try {
            f.setProperty("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", 256);
        } catch (IllegalArgumentException e) {
            // another StAX implementation: the input size limit still bounds the depth
        }
        return f;
    }

    /** The local part of a possibly prefixed name ({@code gx:Track} → {@code Track}). */
    static String local(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    /** The line the reader is at, 0 when it does not know. */
    static int line(javax.xml.stream.XMLStreamReader r) {
        return r.getLocation() == null ? 0 : Math.max(0, r.getLocation().getLineNumber());
    }

    /** Closes a reader over bytes in memory (nothing to release; errors do not matter). */
    static void close(javax.xml.stream.XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (javax.xml.stream.XMLStreamException e) {
                // nothing held open
            }
        }
    }
}
