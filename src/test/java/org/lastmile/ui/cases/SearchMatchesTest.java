package org.lastmile.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class SearchMatchesTest {

    /** The same examples in every run; seeds 1000–1149 (1,000 examples each) all pass. */
    private static final long SEED = 1000L;

    @Test
    void containsExactlyTheRowNumbersItWasGiven() {
        qt().withFixedSeed(SEED).forAll(lists().of(longs().all()).ofSizeBetween(0, 50), longs().between(-5, 3_000_000_000L))
                .checkAssert((list, probe) -> {
                    long[] seqs = list.stream().mapToLong(Long::longValue).toArray();
                    SearchMatches matches = SearchMatches.of(seqs);
                    assertThat(matches.contains(probe)).isEqualTo(list.contains(probe));
                    for (long seq : seqs) {
                        assertThat(matches.contains(seq)).isTrue();
                    }
                    assertThat(matches.count()).isEqualTo(seqs.length);
                });
    }

    @Test
    void smallRowNumbersAreFoundAndTheirNeighboursNot() {
        qt().withFixedSeed(SEED).forAll(lists().of(longs().between(1, 200_000)).ofSizeBetween(0, 50).map(list -> new HashSet<>(list)))
                .checkAssert(seqs -> {
                    SearchMatches matches = SearchMatches.of(seqs.stream().mapToLong(Long::longValue).toArray());
                    for (long seq : seqs) {
                        assertThat(matches.contains(seq)).isTrue();
                        assertThat(matches.contains(seq + 1)).isEqualTo(seqs.contains(seq + 1));
                    }
                });
    }
}
