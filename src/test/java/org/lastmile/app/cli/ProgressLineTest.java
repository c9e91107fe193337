package org.lastmile.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;

class ProgressLineTest {

    @Test
    void quietForTheFirstSecondsThenALineEveryFewSeconds() {
        AtomicLong now = new AtomicLong(0);
        StringWriter err = new StringWriter();
        ProgressLine progress = new ProgressLine(new PrintWriter(err), Messages.of(Language.ENGLISH), now::get);
        now.set(2_000_000_000L);
        progress.accept(65_536);
        assertThat(err.toString()).isEmpty();
        now.set(3_500_000_000L);
        progress.accept(131_072);
        now.set(4_000_000_000L);
        progress.accept(196_608);
        now.set(7_000_000_000L);
        progress.accept(262_144);
        assertThat(err.toString().lines()).containsExactly("… 131,072 vertices read (3 s)",
                "… 262,144 vertices read (7 s)");
    }
}
