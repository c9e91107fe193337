package org.lastmile;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators that the property tests share and QuickTheories lacks. */
public final class Generators {

    private Generators() {
    }

    /** Any bytes, up to {@code max} of them; shrinks towards fewer bytes and zeros. */
    public static Gen<byte[]> bytes(int max) {
        return Generate.byteArrays(integers().between(0, max), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0));
    }

    /** Strings of up to {@code max} characters, each drawn from {@code chars}. */
    public static Gen<String> strings(String chars, int max) {
        Gen<Character> one = integers().between(0, chars.length() - 1).map(chars::charAt);
        return lists().of(one).ofSizeBetween(0, max).map(list -> {
            StringBuilder b = new StringBuilder(list.size());
            list.forEach(b::append);
            return b.toString();
        });
    }
}
