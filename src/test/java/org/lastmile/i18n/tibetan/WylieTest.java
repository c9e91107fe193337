package org.lastmile.i18n.tibetan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WylieTest {

    private final Wylie wylie = new Wylie();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "khrims khang /|ཁྲིམས་ཁང་།",
        "rtswa thang|རྩྭ་ཐང",
        "g.yu|གཡུ",
        "gyu|གྱུ",
        "bkra shis don grub|བཀྲ་ཤིས་དོན་གྲུབ",
        "sgrol ma|སྒྲོལ་མ",
        "tshe ring|ཚེ་རིང",
        "pad+ma|པདྨ",
        "mu'u|མུའུ",
    })
    void convertsWylieToTibetan(String latin, String tibetan) {
        assertThat(wylie.toUnicode(latin)).isEqualTo(tibetan);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "བཀྲ་ཤིས་|'bkra shis '",
        "བཀྲ་ཤིས་དོན་གྲུབ|bkra shis don grub",
        "སྒྲོལ་མ|sgrol ma",
        "ཚེ་རིང་|'tshe ring '",
        "གཡུ|g.yu",
        "གྱུ|gyu",
        "པདྨ|pad+ma",
        "ཁྲིམས་ཁང་།|khrims khang /",
    })
    void convertsNamesBackToWylieAndRoundTrips(String tibetan, String latin) {
        assertThat(wylie.toWylie(tibetan)).isEqualTo(latin);
        assertThat(wylie.toUnicode(wylie.toWylie(tibetan))).isEqualTo(tibetan);
    }

    @Test
    void leavesChineseAndDigitsAsTheyAreWhenConvertingToWylie() {
        assertThat(wylie.toWylie("刚察县 བཀྲ་ཤིས 2023")).isEqualTo("刚察县 bkra shis 2023");
    }

    @Test
    void splitsCompletedSyllablesFromTheOneBeingTyped() {
        WylieTyping typing = wylie.typing("bkra sh");

        assertThat(typing.committed()).isEqualTo("བཀྲ་");
        assertThat(typing.pending()).isEqualTo("sh");
        assertThat(typing.preview()).isEqualTo("ཤ");
        assertThat(typing.warnings()).isNotEmpty();
        assertThat(typing.pendingIsValid()).isFalse();
    }

    @Test
    void aCompleteLastSyllableConvertsWithoutWarnings() {
        WylieTyping typing = wylie.typing("bkra shis");

        assertThat(typing.committed()).isEqualTo("བཀྲ་");
        assertThat(typing.preview()).isEqualTo("ཤིས");
        assertThat(typing.pendingIsValid()).isTrue();
    }

    @Test
    void aShadOrSpaceCommitsEverything() {
        assertThat(wylie.typing("khrims khang /")).isEqualTo(
                new WylieTyping("ཁྲིམས་ཁང་།", "", "", java.util.List.of()));
        assertThat(wylie.typing("g.yu ").committed()).isEqualTo("གཡུ་");
    }

    @Test
    void aHalfTypedStackPreviewsWhatItWouldBeSoFar() {
        WylieTyping typing = wylie.typing("bkr");

        assertThat(typing.committed()).isEmpty();
        assertThat(typing.preview()).isNotEmpty();
        assertThat(typing.warnings()).isNotEmpty();
    }

    /**
     * EWTS punctuation (THL Extended Wylie Transliteration Scheme): space is the tsheg U+0F0B,
     * {@code /} the shad U+0F0D, {@code //} the double shad U+0F0E, {@code |} U+0F11, {@code _} a
     * real space, and a space after a shad is a real space, not a tsheg. Expected values written
     * as code points from the scheme.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "ka /|\u0F40\u0F0B\u0F0D",
        "ka / kha|\u0F40\u0F0B\u0F0D\u0020\u0F41",
        "ka //|\u0F40\u0F0B\u0F0E",
        "ka//kha|\u0F40\u0F0E\u0F41",
        "ka_kha|\u0F40\u0020\u0F41",
        "ka kha|\u0F40\u0F0B\u0F41",
        "nga /|\u0F44\u0F0B\u0F0D",
        "ka / /|\u0F40\u0F0B\u0F0D\u0020\u0F0D",
    })
    void followsTheEwtsRulesForShadSpaceAndTsheg(String latin, String codePoints) {
        assertThat(wylie.toUnicode(latin)).isEqualTo(codePoints);
    }

    /**
     * The test set of BDRC's ewts-converter (buda-base/ewts-converter, ConversionTest.textEwts,
     * Apache-2.0), the converter LastMile uses: guards against a version that changes them.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "pa'ng|པའང",
        "be’u'i'o|བེའུའིའོ",
        "pa'm|པའམ",
        "ga&|ག྅",
        "sO|སཱོ",
        "mNyon mNges gTso rDza padma|མཉོན་མངེས་གཙོ་རྫ་པདྨ",
    })
    void agreesWithTheConvertersOwnTestSet(String latin, String tibetan) {
        assertThat(wylie.toUnicode(latin)).isEqualTo(tibetan);
    }

    /**
     * Typed syllable by syllable (each committed at its space, shad or other end, with the Wylie
     * typed before it as context), the text is what the whole line converts to at once.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "ka / kha",
        "ka // kha /",
        "ka / / kha",
        "bkra shis bde legs / gnyis pa //_",
        "khrims khang / sa zhing ",
        "/ ka",
        "nga / ",
        "ka|kha ",
    })
    void typingSyllableBySyllableGivesWhatTheWholeLineGives(String typed) {
        StringBuilder text = new StringBuilder();
        StringBuilder context = new StringBuilder();
        StringBuilder syllable = new StringBuilder();
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            syllable.append(c);
            if (Wylie.endsSyllable(c) || i == typed.length() - 1) { // the last: Enter commits it
                Wylie.Continuation change = wylie.continueTyping(context.toString(), syllable.toString());
                assertThat(text.toString()).endsWith(change.replaced());
                text.setLength(text.length() - change.replaced().length());
                text.append(change.inserted());
                context.append(syllable);
                syllable.setLength(0);
            }
        }
        assertThat(text.toString()).isEqualTo(wylie.toUnicode(typed)).doesNotContain("\u0F0D\u0F0B");
    }
}
