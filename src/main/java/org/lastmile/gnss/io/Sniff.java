package org.lastmile.gnss.io;

import java.util.Locale;
import org.lastmile.common.MessageKeyed;

/**
 * What a file looks like from its first bytes, said as a message ("an XML document &lt;kml&gt;",
 * "JSON", "binary data") for the "not a … file" error.
 *
 * @param kind the kind of content
 * @param root for XML, the root element's local name (may be empty)
 * @param line the 1-based line where the content starts
 */
record Sniff(ContentKind kind, String root, int line) implements MessageKeyed {

    @Override
    public String messageKey() {
        return "gnss.import.content." + kind.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public Object[] messageArgs() {
        return new Object[] {root};
    }
}
