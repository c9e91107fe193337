package org.lastmile.store.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lastmile.common.PersonName;
import org.lastmile.domain.deadline.CaseProgress;
import org.lastmile.domain.deadline.Extension;
import org.lastmile.domain.deadline.NodeEvent;
import org.lastmile.domain.deadline.NodeKind;
import org.lastmile.domain.deadline.Pause;
import org.lastmile.domain.deadline.PauseReason;
import org.lastmile.domain.deadline.Seizure;
import org.lastmile.domain.deadline.SeizureKind;

/** The list columns' text keeps free text with any character, absent values and odd dates. */
class CaseListCodecTest {

    private final CaseListCodec codec = new CaseListCodec();
    private static final UUID NONE = new UUID(0, 0);

    @Test
    void namesWithSeparatorsAndAbsentScriptsComeBackAsWritten() {
        List<PersonName> names = List.of(new PersonName("扎西\u001E东珠", null), new PersonName(null, "བཀྲ་ཤིས་\u001F"),
                new PersonName("a\u001Bb\u001D", "ཚེ་རིང་"), new PersonName(null, null));
        assertThat(codec.names(codec.names(names))).isEqualTo(names);
        assertThat(codec.names(codec.names(List.of()))).isEmpty();
    }

    @Test
    void deadlineFactsComeBackAsWrittenWithoutIdentitiesOrNotes() {
        LocalDate d = LocalDate.of(2026, 3, 1);
        CaseProgress p = new CaseProgress(
                List.of(new NodeEvent(NONE, NodeKind.OFFICER_ASSIGNED, d, null), new NodeEvent(NONE, NodeKind.CLOSED,
                        LocalDate.of(12026, 1, 2), null)),
                List.of(new Pause(NONE, PauseReason.SUSPENSION, d, d.plusDays(3)),
                        new Pause(NONE, PauseReason.AUCTION, d.plusDays(9), null)),
                List.of(new Extension(NONE, d, 3)),
                List.of(new Seizure(NONE, SeizureKind.MOVABLE, "牦牛\u001D12头\u001B", d, null),
                        new Seizure(NONE, SeizureKind.DEPOSIT, null, d, d.plusDays(1))));
        CaseListCodec.Facts back = codec.facts(codec.facts(true, false, p));
        assertThat(back).isEqualTo(new CaseListCodec.Facts(true, false, p));
        assertThat(codec.facts(codec.facts(false, true, CaseProgress.NONE)))
                .isEqualTo(new CaseListCodec.Facts(false, true, CaseProgress.NONE));
    }
}
