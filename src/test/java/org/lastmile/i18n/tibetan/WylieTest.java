package org.lastmile.i18n.tibetan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
