package org.lastmile.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EchoTest {

    @Test
    void aLongInputIsCutTo80CharactersAndSaysSo() {
        String shown = Echo.of("9".repeat(20_000_000));
        assertThat(shown).isEqualTo("9".repeat(80) + "…");
    }

    @Test
    void controlCharactersAndTerminalEscapesAreShownEscaped() {
        assertThat(Echo.of("a\u001B[2Jb\tc\nd\u0000")).isEqualTo("a\\u001B[2Jb\\tc\\nd\\u0000");
        assertThat(Echo.of("x\u202Ey")).isEqualTo("x\\u202Ey");
    }

    @Test
    void chineseAndTibetanPassAsTheyAre() {
        assertThat(Echo.of("耕地 བཀྲ་ཤིས་")).isEqualTo("耕地 བཀྲ་ཤིས་");
    }
}
