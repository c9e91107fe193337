package org.lastmile.domain.record.seal;

import java.util.HexFormat;

/**
 * Short forms of a seal: a code of eight Crockford base-32 characters (40 bits of the hash, no
 * letters that read like digits) for people, and the text a QR code carries for machines.
 */
public final class SealCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private SealCode() {
    }

    /** {@code XXXX-XXXX} from the first five bytes of the hash. */
    public static String of(String sha256) {
        byte[] bytes = HexFormat.of().parseHex(sha256.substring(0, 10));
        long bits = 0;
        for (byte b : bytes) {
            bits = (bits << 8) | (b & 0xff);
        }
        StringBuilder code = new StringBuilder(9);
        for (int i = 7; i >= 0; i--) {
            code.append(ALPHABET.charAt((int) ((bits >> (i * 5)) & 31)));
            if (i == 4) {
                code.append('-');
            }
        }
        return code.toString();
    }

    /** The QR payload: scheme, version, record id and full seal. */
    public static String qrPayload(String recordId, String sha256) {
        return "LASTMILE-SEAL:1:" + recordId + ":" + sha256;
    }
}
