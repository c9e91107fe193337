package org.lastmile.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The remembered open screens read back as written; a damaged setting gives what it still names. */
class OpenScreensTest {

    @Test
    void whatIsWrittenIsReadBackInOrderWithTheShownOne() {
        OpenScreens open = new OpenScreens(List.of("cases", "case:787b23ee-c3d4-52bc-aefd-803c7d5b17f4",
                "record:ab37aa78-6627-4a4e-ac33-23fe9304d7d2", "settings"), "record:ab37aa78-6627-4a4e-ac33-23fe9304d7d2");
        assertThat(OpenScreens.parse(open.encode())).isEqualTo(open);
    }

    @Test
    void blankAndRepeatedLinesAreLeftOutAndNoMarkMeansNoneShown() {
        OpenScreens read = OpenScreens.parse("\n cases \r\n\nsettings\nsettings\n*\n");
        assertThat(read.ids()).containsExactly("cases", "settings");
        assertThat(read.shown()).as("a mark with no id marks nothing").isNull();
        assertThat(OpenScreens.parse("cases\nsync").shown()).isNull();
    }
}
