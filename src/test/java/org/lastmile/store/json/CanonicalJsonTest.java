package org.lastmile.store.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The canonical form is RFC 8785 (JCS), checked against the scheme's own published test vectors
 * (src/test/resources/jcs/README.md says where they come from): every input file written gives
 * its output file byte for byte, and 10,000 doubles print as ECMAScript prints them.
 */
class CanonicalJsonTest {

    final CanonicalJson json = new CanonicalJson();

    static byte[] resource(String name) throws IOException {
        try (InputStream in = CanonicalJsonTest.class.getResourceAsStream("/jcs/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"arrays", "french", "structures", "unicode", "values", "weird"})
    void everyPublishedInputGivesItsPublishedOutputByteForByte(String vector) throws IOException {
        String input = new String(resource("input/" + vector + ".json"), StandardCharsets.UTF_8);
        byte[] expected = resource("output/" + vector + ".json");

        String canonical = json.write(json.read(input));

        assertThat(canonical.getBytes(StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(json.isCanonical(canonical)).isTrue();
    }

    /**
     * The first 10,000 lines of es6testfile100m.txt, generated with the scheme's numgen.js under
     * Node.js; their SHA-256 is the one the scheme's testdata/README.md publishes.
     */
    @Test
    void tenThousandDoublesPrintAsEcmaScriptPrintsThem() throws IOException {
        int lines = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                CanonicalJsonTest.class.getResourceAsStream("/jcs/es6testfile10k.txt.gz")), StandardCharsets.US_ASCII))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int comma = line.indexOf(',');
                double value = Double.longBitsToDouble(Long.parseUnsignedLong(line.substring(0, comma), 16));
                assertThat(Jcs.number(value)).as(line).isEqualTo(line.substring(comma + 1));
                lines++;
            }
        }
        assertThat(lines).isEqualTo(10_000);
    }

    @Test
    void theSamplesOfTheSchemesReadmeAndWhatItCannotHold() {
        assertThat(Jcs.number(Double.longBitsToDouble(0x4340000000000001L))).isEqualTo("9007199254740994");
        assertThat(Jcs.number(Double.longBitsToDouble(0x444b1ae4d6e2ef50L))).isEqualTo("1e+21");
        assertThat(Jcs.number(Double.longBitsToDouble(0x3eb0c6f7a0b5ed8dL))).isEqualTo("0.000001");
        assertThat(Jcs.number(Double.longBitsToDouble(0x3eb0c6f7a0b5ed8cL))).isEqualTo("9.999999999999997e-7");
        assertThat(Jcs.number(-0.0)).isEqualTo("0");
        assertThatThrownBy(() -> Jcs.number(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Jcs.number(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> json.write(json.object().put("s", "\ud83d"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> json.write(json.object().put("n", (1L << 53) + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whatLastMilesDocumentsHoldDecimalsGnssCoordinatesAndControlCharacters() {
        var n = json.object();
        n.put("area_m2", new java.math.BigDecimal("4400.00"));
        n.put("cash", new java.math.BigDecimal("6.60"));
        n.put("e", 34_500_000.25);
        n.put("x", 20.0);
        n.put("t", 640L);
        n.put("note", "a\u0001\u001fb\tc");
        assertThat(json.write(n)).isEqualTo(
                "{\"area_m2\":4400,\"cash\":6.6,\"e\":34500000.25,\"note\":\"a\\u0001\\u001fb\\tc\",\"t\":640,\"x\":20}");
        assertThat(CanonicalJson.legacy().write(n)).as("the form before RFC 8785")
                .isEqualTo("{\"area_m2\":4400.00,\"cash\":6.60,\"e\":3.450000025E7,\"note\":\"a\\u0001\\u001Fb\\tc\",\"t\":640,\"x\":20.0}");
    }
}
