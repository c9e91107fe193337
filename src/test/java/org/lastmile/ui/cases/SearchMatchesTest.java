package org.lastmile.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class SearchMatchesTest {

    @Property
    void containsExactlyTheRowNumbersItWasGiven(@ForAll @Size(max = 50) long[] seqs,
            @ForAll @LongRange(min = -5, max = 3_000_000_000L) long probe) {
        SearchMatches matches = SearchMatches.of(seqs);
        assertThat(matches.contains(probe)).isEqualTo(java.util.Arrays.stream(seqs).anyMatch(s -> s == probe));
        for (long seq : seqs) {
            assertThat(matches.contains(seq)).isTrue();
        }
        assertThat(matches.count()).isEqualTo(seqs.length);
    }

    @Property
    void smallRowNumbersAreFoundAndTheirNeighboursNot(
            @ForAll @Size(max = 50) java.util.Set<@LongRange(min = 1, max = 200_000) Long> seqs) {
        SearchMatches matches = SearchMatches.of(seqs.stream().mapToLong(Long::longValue).toArray());
        for (long seq : seqs) {
            assertThat(matches.contains(seq)).isTrue();
            assertThat(matches.contains(seq + 1)).isEqualTo(seqs.contains(seq + 1));
        }
    }
}
