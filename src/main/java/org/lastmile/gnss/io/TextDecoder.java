package org.lastmile.gnss.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a file's bytes into text the way Chinese field files need: a byte-order mark wins (UTF-8,
 * UTF-16); otherwise UTF-8 when the bytes are valid UTF-8, else GBK (decoded as GB18030, its
 * superset), which Chinese Windows tools write. XML files may also name their encoding.
 */
final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");

    private TextDecoder() {
    }

    /**
     * The decoded text.
     *
     * @param text the characters, without byte-order mark
     * @param charset how they were decoded
     * @param gbkFallback whether the bytes were not UTF-8 and were read as GBK
     */
    record Decoded(String text, Charset charset, boolean gbkFallback) {
    }

    /** Decodes a text file (CSV, CASS .dat). */
    static Decoded decode(byte[] data) {
        return decode(data, data.length);
    }

    /** Decodes the first {@code length} bytes; a sequence cut at the end is dropped, not an error. */
    static Decoded decode(byte[] data, int length) {
        if (startsWith(data, length, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(data, 3, length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, false);
        }
        if (startsWith(data, length, 0xFF, 0xFE)) {
            return new Decoded(new String(data, 2, length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE,
                    false);
        }
        if (startsWith(data, length, 0xFE, 0xFF)) {
            return new Decoded(new String(data, 2, length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE,
                    false);
        }
        int usable = length < data.length ? completeUtf8Prefix(data, length) : length;
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data, 0, usable));
            return new Decoded(chars.toString(), StandardCharsets.UTF_8, false);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(data, 0, length, GB18030), GB18030, true);
        }
    }

    /** Decodes an XML file: a byte-order mark, then the declared encoding, then as {@link #decode}. */
    static Decoded decodeXml(byte[] data) {
        Decoded plain = decode(data);
        Matcher m = XML_ENCODING.matcher(plain.text().length() > 300 ? plain.text().substring(0, 300) : plain.text());
        if (!m.find() || plain.charset().equals(StandardCharsets.UTF_16LE)
                || plain.charset().equals(StandardCharsets.UTF_16BE)) {
            return plain;
        }
        Charset declared;
        try {
            declared = Charset.forName(m.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return plain;
        }
        if (declared.equals(StandardCharsets.UTF_8) || declared.equals(plain.charset())) {
            return plain;
        }
        if (declared.name().equals("GBK") || declared.name().equals("GB2312")) {
            declared = GB18030;
        }
        int skip = startsWith(data, data.length, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        return new Decoded(new String(data, skip, data.length - skip, declared), declared, false);
    }

    /**
     * A reader over the bytes, decoded as {@link #decode} and {@link #decodeXml} would decode them,
     * without building the whole text: the check that the bytes are UTF-8 runs through a small
     * buffer. Memory stays at the bytes already held, whatever the file's size.
     *
     * @param data the file's bytes
     * @param xml whether an XML declaration may name the encoding
     */
    static Opened open(byte[] data, boolean xml) {
        Choice c = choose(data, xml, () -> isUtf8(data));
        java.io.InputStream in = new java.io.ByteArrayInputStream(data, c.skip(), data.length - c.skip());
        return new Opened(reader(in, c.charset()), c.gbkFallback());
    }

    /**
     * How a text is to be decoded.
     *
     * @param charset its encoding
     * @param skip the bytes of its byte-order mark
     * @param gbkFallback whether it is read as GBK because it is not UTF-8
     */
    record Choice(Charset charset, int skip, boolean gbkFallback) {
    }

    /**
     * The encoding of a text from its first bytes (a byte-order mark, an XML declaration) and,
     * when they do not say, from whether the whole is valid UTF-8 (else GBK).
     */
    static Choice choose(byte[] head, boolean xml, java.util.function.BooleanSupplier wholeIsUtf8) {
        if (startsWith(head, head.length, 0xEF, 0xBB, 0xBF)) {
            return new Choice(StandardCharsets.UTF_8, 3, false);
        }
        if (startsWith(head, head.length, 0xFF, 0xFE)) {
            return new Choice(StandardCharsets.UTF_16LE, 2, false);
        }
        if (startsWith(head, head.length, 0xFE, 0xFF)) {
            return new Choice(StandardCharsets.UTF_16BE, 2, false);
        }
        if (xml) {
            Matcher m = XML_ENCODING.matcher(new String(head, 0, Math.min(head.length, 300), StandardCharsets.ISO_8859_1));
            if (m.find()) {
                try {
                    Charset declared = Charset.forName(m.group(1));
                    if (declared.name().equals("GBK") || declared.name().equals("GB2312")) {
                        declared = GB18030;
                    }
                    if (!declared.equals(StandardCharsets.UTF_8)) {
                        return new Choice(declared, 0, false);
                    }
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    // an unknown name: decide from the bytes, as without a declaration
                }
            }
        }
        return wholeIsUtf8.getAsBoolean() ? new Choice(StandardCharsets.UTF_8, 0, false) : new Choice(GB18030, 0, true);
    }

    /** A reader of the stream in the charset; bad bytes become U+FFFD, never an exception. */
    static java.io.Reader reader(java.io.InputStream in, Charset charset) {
        return new java.io.InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    /** Checks UTF-8 validity chunk by chunk: feed every byte, then ask {@link #valid()}. */
    static final class Utf8Check {
        private final java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final CharBuffer out = CharBuffer.allocate(8192);
        private ByteBuffer carry = ByteBuffer.allocate(0);
        private boolean bad;

        void feed(byte[] bytes, int length) {
            if (bad) {
                return;
            }
            ByteBuffer in = ByteBuffer.allocate(carry.remaining() + length);
            in.put(carry).put(bytes, 0, length).flip();
            while (true) {
                java.nio.charset.CoderResult r = decoder.decode(in, out.clear(), false);
                if (r.isError()) {
                    bad = true;
                    return;
                }
                if (r.isUnderflow()) {
                    break;
                }
            }
            carry = in.slice();
        }

        boolean valid() {
            return !bad && !carry.hasRemaining();
        }
    }

    /**
     * A file opened for reading.
     *
     * @param reader its characters
     * @param gbkFallback whether the bytes were not UTF-8 and are read as GBK
     */
    record Opened(java.io.Reader reader, boolean gbkFallback) {
    }

    private static boolean isUtf8(byte[] data) {
        java.nio.charset.CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            java.nio.charset.CoderResult r = d.decode(in, out, true);
            if (r.isError()) {
                return false;
            }
            if (r.isUnderflow()) {
                return !d.flush(out.clear()).isError();
            }
            out.clear();
        }
    }

    private static boolean startsWith(byte[] data, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The length without a UTF-8 sequence cut by the end of the sample. */
    private static int completeUtf8Prefix(byte[] data, int length) {
        int i = length - 1;
        int back = 0;
        while (i >= 0 && back < 3 && (data[i] & 0xC0) == 0x80) {
            i--;
            back++;
        }
        if (i < 0) {
            return length;
        }
        int lead = data[i] & 0xFF;
        int need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        return (length - i) < need ? i : length;
    }
}
