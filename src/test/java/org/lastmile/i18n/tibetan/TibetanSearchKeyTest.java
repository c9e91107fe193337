package org.lastmile.i18n.tibetan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TibetanSearchKeyTest {

    private final TibetanSearchKey key = new TibetanSearchKey(new Wylie());

    @Test
    void scriptAndWylieSpellingsOfANameShareOneKey() {
        String expected = "bkrashisdongrub";
        assertThat(key.of("བཀྲ་ཤིས་དོན་གྲུབ")).isEqualTo(expected);
        assertThat(key.of("བཀྲ་ཤིས་དོན་གྲུབ།")).isEqualTo(expected);
        assertThat(key.of("bkra shis don grub")).isEqualTo(expected);
        assertThat(key.of("Bkra-shis  Don.grub")).isEqualTo(expected);
    }

    @Test
    void aPartOfANameIsAPartOfItsKey() {
        assertThat(key.of("བཀྲ་ཤིས་དོན་གྲུབ")).contains(key.of("ཤིས་དོན")).contains(key.of("shis don"));
        assertThat(key.of("སྒྲོལ་མ་")).isEqualTo(key.of("sgrol ma"));
        assertThat(key.of("ཚེ་རིང་")).isEqualTo("tshering");
    }

    @Test
    void theApostropheOfTheLetterAchungStays() {
        assertThat(key.of("འབྲུག")).isEqualTo("'brug").isNotEqualTo(key.of("བྲུག"));
        assertThat(key.of("’brug")).isEqualTo("'brug");
    }

    @Test
    void chineseAndNumbersPassThrough() {
        assertThat(key.of("刚察县 扎西")).isEqualTo("刚察县扎西");
        assertThat(key.of("(2023)青0224执恢12号")).isEqualTo("2023青0224执恢12号");
        assertThat(key.of("  ")).isEmpty();
        assertThat(key.of(null)).isEmpty();
    }
}
