package org.lastmile.i18n.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizationTest {

    @Test
    void splitsTheDiscouragedPrecomposedVowel() {
        assertThat(TextNormalization.nfc("\u0F40\u0F73")).isEqualTo("\u0F40\u0F71\u0F72");
        assertThat(TextNormalization.isNfc("\u0F40\u0F73")).isFalse();
    }

    @Test
    void ordersTibetanVowelSignsCanonically() {
        // ི (ccc 130) typed before ཱ (ccc 129) is reordered.
        assertThat(TextNormalization.nfc("\u0F40\u0F72\u0F71")).isEqualTo("\u0F40\u0F71\u0F72");
    }

    @Test
    void leavesNormalTextAlone() {
        assertThat(TextNormalization.nfc("བཀྲ་ཤིས་ 刚察县")).isEqualTo("བཀྲ་ཤིས་ 刚察县");
        assertThat(TextNormalization.nfc(null)).isNull();
    }
}
