package org.lastmile.docs;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A TrueType (sfnt) file with some of its tables left out, the others copied byte for byte. */
final class SfntTables {

    private SfntTables() {
    }

    static byte[] without(byte[] font, String... tags) {
        Set<String> dropped = Set.of(tags);
        ByteBuffer in = ByteBuffer.wrap(font);
        int version = in.getInt(0);
        int count = Short.toUnsignedInt(in.getShort(4));
        List<int[]> kept = new ArrayList<>(); // tag, checksum, offset, length
        for (int i = 0; i < count; i++) {
            int at = 12 + 16 * i;
            int tag = in.getInt(at);
            String name = new String(font, at, 4, StandardCharsets.US_ASCII);
            if (!dropped.contains(name)) {
                kept.add(new int[] {tag, in.getInt(at + 4), in.getInt(at + 8), in.getInt(at + 12)});
            }
        }
        int size = 12 + 16 * kept.size();
        for (int[] t : kept) {
            size += (t[3] + 3) & ~3;
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int n = kept.size();
        int power = Integer.highestOneBit(Math.max(1, n));
        out.putInt(version).putShort((short) n).putShort((short) (power * 16))
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (n * 16 - power * 16));
        int offset = 12 + 16 * n;
        for (int[] t : kept) {
            out.putInt(t[0]).putInt(t[1]).putInt(offset).putInt(t[3]);
            offset += (t[3] + 3) & ~3;
        }
        for (int[] t : kept) {
            out.put(font, t[2], t[3]);
            out.position((out.position() + 3) & ~3);
        }
        return out.array();
    }
}
