package org.lastmile.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The chunk sizes an upload goes through on a link that drops, times out and recovers. */
class ChunkSizerTest {

    private static int acknowledge(ChunkSizer sizer, int chunks) {
        for (int i = 0; i < chunks; i++) {
            sizer.succeeded();
        }
        return sizer.next();
    }

    @Test
    void aFastLinkGrowsFromOneMebibyteToTheCeiling() {
        ChunkSizer sizer = new ChunkSizer();
        assertThat(sizer.next()).isEqualTo(1 << 20);
        assertThat(acknowledge(sizer, 1)).isEqualTo(2 << 20);
        assertThat(acknowledge(sizer, 10)).isEqualTo(16 << 20);
    }

    @Test
    void aCutStartsFromTheFloorAndGrowsOnlyToHalfTheCutSize() {
        ChunkSizer sizer = new ChunkSizer();
        acknowledge(sizer, 1); // 2 MiB in flight
        sizer.cut();
        assertThat(sizer.next()).isEqualTo(64 << 10);
        assertThat(acknowledge(sizer, 10)).as("held at half of the 2 MiB that was cut").isEqualTo(1 << 20);
    }

    @Test
    void linkDroppingEveryFewChunksStaysSmall() {
        ChunkSizer sizer = new ChunkSizer();
        for (int drop = 0; drop < 6; drop++) {
            acknowledge(sizer, 5);
            sizer.cut();
        }
        assertThat(sizer.limit()).isEqualTo(ChunkSizer.FLOOR);
        assertThat(acknowledge(sizer, ChunkSizer.STEADY - 1)).as("not yet counted as recovered")
                .isEqualTo(ChunkSizer.FLOOR);
    }

    @Test
    void aLinkThatRecoveredAfterItsDropsGrowsBackToTheCeiling() {
        ChunkSizer sizer = new ChunkSizer();
        for (int drop = 0; drop < 6; drop++) {
            acknowledge(sizer, 5);
            sizer.cut();
        }
        // The link carries every chunk from now on: each STEADY chunks at the limit double it.
        assertThat(acknowledge(sizer, ChunkSizer.STEADY)).isEqualTo(2 * ChunkSizer.FLOOR);
        int chunks = ChunkSizer.STEADY;
        while (sizer.next() < ChunkSizer.CEILING) {
            sizer.succeeded();
            chunks++;
        }
        // 64 KiB to 16 MiB is eight doublings of the limit: at most STEADY chunks each.
        assertThat(chunks).isLessThanOrEqualTo(8 * ChunkSizer.STEADY + 1);
        assertThat(sizer.limit()).isEqualTo(ChunkSizer.CEILING);
    }

    @Test
    void aTimeoutRestartsTheCountOfSteadyChunks() {
        ChunkSizer sizer = new ChunkSizer();
        acknowledge(sizer, 5);
        sizer.cut(); // limit 8 MiB, size 64 KiB
        int limit = sizer.limit();
        for (int i = 0; i < 3; i++) {
            acknowledge(sizer, ChunkSizer.STEADY - 1);
            sizer.timedOut();
        }
        assertThat(sizer.limit()).as("no run of STEADY chunks at the limit without a timeout").isEqualTo(limit);
    }
}
