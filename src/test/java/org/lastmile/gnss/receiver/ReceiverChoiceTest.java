package org.lastmile.gnss.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.lastmile.common.LocalizedException;

class ReceiverChoiceTest {

    @Test
    void theStoredLineReadsBackAsTheSameChoice() {
        for (ReceiverChoice c : new ReceiverChoice[] {ReceiverChoice.NONE, ReceiverChoice.gpsd("192.168.1.20", 2947),
                ReceiverChoice.serial("/dev/ttyUSB0"), ReceiverChoice.serial("COM3"),
                ReceiverChoice.replay(Path.of("/tmp/demo field.nmea"))}) {
            assertThat(ReceiverChoice.parse(c.format())).isEqualTo(c);
        }
        assertThat(ReceiverChoice.parse("")).isEqualTo(ReceiverChoice.NONE);
        assertThat(ReceiverChoice.parse("gpsd:localhost")).isEqualTo(ReceiverChoice.gpsd("localhost", 2947));
    }

    @Test
    void aBadLineIsRefusedWithAKey() {
        assertThatThrownBy(() -> ReceiverChoice.parse("gpsd:localhost:99999"))
                .isInstanceOfSatisfying(LocalizedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("gnss.receiver.choice.error.port"));
        assertThatThrownBy(() -> ReceiverChoice.parse("gpsd:localhost:x"))
                .isInstanceOfSatisfying(LocalizedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("gnss.receiver.choice.error.port"));
        assertThatThrownBy(() -> ReceiverChoice.parse("bluetooth:AA:BB"))
                .isInstanceOfSatisfying(LocalizedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("gnss.receiver.choice.error.unknown"));
        assertThatThrownBy(() -> ReceiverChoice.parse("serial:  "))
                .isInstanceOfSatisfying(LocalizedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("gnss.receiver.choice.error.empty"));
    }

    @Test
    void noneOpensNoReceiverAndTheOthersTheirKind() {
        ManualScheduler scheduler = new ManualScheduler();
        assertThat(ReceiverChoice.NONE.open(Runnable::run, scheduler, Clock.systemUTC())).isEmpty();
        assertThat(ReceiverChoice.gpsd("localhost", 2947).open(Runnable::run, scheduler, Clock.systemUTC()))
                .hasValueSatisfying(r -> assertThat(r).isInstanceOf(GpsdReceiver.class));
        assertThat(ReceiverChoice.replay(Path.of("x.nmea")).open(Runnable::run, scheduler, Clock.systemUTC()))
                .hasValueSatisfying(r -> assertThat(r.description()).isEqualTo("x.nmea"));
    }
}
