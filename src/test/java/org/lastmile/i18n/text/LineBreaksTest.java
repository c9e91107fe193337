package org.lastmile.i18n.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LineBreaksTest {

    private final LineBreaks breaks = new LineBreaks();

    @Test
    void breaksAfterEveryTshegAndShad() {
        assertThat(breaks.segments("བཀྲ་ཤིས་དོན་གྲུབ། ཁྲིམས་ཁང་"))
                .containsExactly("བཀྲ་", "ཤིས་", "དོན་", "གྲུབ། ", "ཁྲིམས་", "ཁང་");
    }

    @Test
    void breaksBetweenHanCharactersAndAtSpacesInLatin() {
        assertThat(breaks.segments("刚察县 ok go")).containsExactly("刚", "察", "县 ", "ok ", "go");
    }

    @Test
    void theSegmentsJoinToTheText() {
        String text = "ཚེ་རིང་ 刚察县人民法院 (2023)青0224执恢12号 སྒྲོལ་མ་";
        assertThat(String.join("", breaks.segments(text))).isEqualTo(text);
        assertThat(breaks.opportunities(text)).last().isEqualTo(text.length());
    }

    @Test
    void theJdkFindsNoBreakAfterATsheg() {
        // Why ICU: the JDK's BreakIterator keeps a whole Tibetan phrase together.
        java.text.BreakIterator jdk = java.text.BreakIterator.getLineInstance(Locale.forLanguageTag("bo"));
        jdk.setText("བཀྲ་ཤིས་དོན་གྲུབ");
        jdk.first();
        assertThat(jdk.next()).isEqualTo("བཀྲ་ཤིས་དོན་གྲུབ".length());
    }

    @Test
    void emptyTextHasNoSegments() {
        assertThat(breaks.segments("")).isEmpty();
        assertThat(breaks.segments(null)).isEmpty();
    }
}
