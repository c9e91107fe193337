package org.lastmile.store.json;

import com.fasterxml.jackson.core.io.schubfach.DoubleToDecimal;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * RFC 8785 (JSON Canonicalization Scheme) serialization of a Jackson tree. Checked against the
 * scheme's published test vectors (src/test/resources/jcs).
 */
final class Jcs {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Jcs() {
    }

    static String write(JsonNode node) {
        StringBuilder out = new StringBuilder(256);
        value(node, out);
        return out.toString();
    }

    private static void value(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> object(node, out);
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    value(node.get(i), out);
                }
                out.append(']');
            }
            case STRING -> string(node.textValue(), out);
            case NUMBER -> out.append(number(doubleOf(node)));
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL, MISSING -> out.append("null");
            default -> throw new IllegalArgumentException("not JSON: " + node.getNodeType());
        }
    }

    /** Members sorted by their names as UTF-16 code units, which is what {@link String#compareTo} compares. */
    private static void object(JsonNode node, StringBuilder out) {
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
        members.sort(Map.Entry.comparingByKey());
        out.append('{');
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(members.get(i).getKey(), out);
            out.append(':');
            value(members.get(i).getValue(), out);
        }
        out.append('}');
    }

    /** RFC 8785 3.2.2.2: the two-character escapes where JSON has them, {@code \}{@code u00xx} for other controls. */
    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        throw new IllegalArgumentException("a lone surrogate has no UTF-8 form (RFC 8785 3.2.2.2)");
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** RFC 8785 numbers are IEEE doubles: decimals round to the nearest, integers must fit exactly. */
    private static double doubleOf(JsonNode node) {
        if (node.isDouble() || node.isFloat()) {
            return node.doubleValue();
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            long whole = node.longValue();
            double value = whole;
            if (Math.abs(whole) > 1L << 53 && new BigDecimal(value).compareTo(BigDecimal.valueOf(whole)) != 0) {
                throw new IllegalArgumentException("not an IEEE double: " + whole);
            }
            return value;
        }
        return node.decimalValue().doubleValue();
    }

    /**
     * ECMAScript's Number.prototype.toString (ECMA-262 7.1.12.1) over the shortest decimal that
     * reads back as the same double (Schubfach, as in Java 19's {@code Double.toString}).
     */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("RFC 8785 has no " + value);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal shortest = shortest(value);
        String digits = shortest.unscaledValue().abs().toString();
        int k = digits.length();
        int n = k - shortest.scale();
        StringBuilder out = new StringBuilder(24);
        if (value < 0) {
            out.append('-');
        }
        if (k <= n && n <= 21) {
            out.append(digits).append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            out.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            out.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            int exponent = n - 1;
            out.append(digits.charAt(0));
            if (k > 1) {
                out.append('.').append(digits, 1, k);
            }
            out.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent));
        }
        return out.toString();
    }

    /**
     * The shortest decimal that reads back as {@code value}, the closest of them if several. Java's
     * form never has fewer than two digits and then picks the closest two-digit decimal (4.9e-324
     * for the smallest subnormal); ECMAScript takes one digit when one is enough (5e-324).
     */
    private static BigDecimal shortest(double value) {
        BigDecimal java = new BigDecimal(DoubleToDecimal.toString(Math.abs(value))).stripTrailingZeros();
        if (java.precision() != 2) {
            return java;
        }
        BigDecimal exact = new BigDecimal(Math.abs(value));
        BigDecimal best = null;
        for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
            BigDecimal one = java.round(new MathContext(1, mode));
            if (one.doubleValue() == Math.abs(value) && (best == null
                    || one.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                best = one;
            }
        }
        return best == null ? java : best.stripTrailingZeros();
    }
}
