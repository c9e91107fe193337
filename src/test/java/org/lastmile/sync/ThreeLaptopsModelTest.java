package org.lastmile.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14's model-based test: three laptops of one officer and the office work on two assigned
 * cases in random order (case edits, records, photos, syncs, links that drop in the middle of a
 * sync, edits saved while a sync runs, office edits, conflict decisions), against the real court
 * over loopback HTTPS and real SQLite files. After a final fault-free round every laptop and the
 * court agree, and agree with what the model says they must hold (see {@link ModelWorld#check}).
 *
 * <p>The normal build runs a small sample; {@code -Dlastmile.model.examples=N} (and
 * {@code -Dlastmile.model.steps}, {@code -Dlastmile.model.seed}) run a larger one.
 */
class ThreeLaptopsModelTest {

    private static final int EXAMPLES = Integer.getInteger("lastmile.model.examples", 4);
    private static final int STEPS = Integer.getInteger("lastmile.model.steps", 24);
    private static final long SEED = Long.getLong("lastmile.model.seed", 14L);

    /** What all examples did of the rarer kinds. */
    private static final Map<String, Integer> SEEN = new TreeMap<>();
    private static final java.util.concurrent.atomic.AtomicInteger RUNS = new java.util.concurrent.atomic.AtomicInteger();

    @TempDir
    Path tmp;

    @Test
    void laptopsAndTheOfficeConvergeAndNothingIsLostOrDoubled() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).withShrinkCycles(0)
                .forAll(longs().all())
                .checkAssert(seed -> run(steps(seed)));
        System.err.println("ThreeLaptopsModelTest, seed " + SEED + ", " + RUNS + " examples run: " + SEEN);
        if (SEED == 14L && EXAMPLES >= 4) {
            // the default run reaches every new kind of step, so none of their checks is idle
            assertThat(SEEN).containsKeys("seal", "office delete", "offline period",
                    "offline field edit racing another value", "edit of a sealed record refused by the court",
                    "offline queued edits of one field, the office changing another");
        }
    }

    /**
     * The steps of one example, from its own seed (QuickTheories' list generator gave few distinct
     * examples: the first was one value repeated, and of four asked for, two ran).
     */
    private static List<Integer> steps(long seed) {
        Random random = new Random(seed);
        int size = STEPS / 2 + random.nextInt(STEPS - STEPS / 2 + 1);
        return IntStream.range(0, size).mapToObj(i -> random.nextInt(Integer.MAX_VALUE)).toList();
    }

    private void run(List<Integer> codes) {
        RUNS.incrementAndGet();
        List<ModelWorld.Step> steps = codes.stream().map(ModelWorld.Step::decode).toList();
        try {
            Path dir = Files.createTempDirectory(tmp, "example");
            try (ModelWorld world = new ModelWorld(dir)) {
                for (ModelWorld.Step step : steps) {
                    world.perform(step);
                }
                world.finalRound();
                world.check();
                world.seen.forEach((k, v) -> SEEN.merge(k, v, Integer::sum));
                if (Boolean.getBoolean("lastmile.model.verbose")) {
                    System.err.println("steps " + steps + ": " + world.seen);
                }
            }
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("steps " + steps + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw new AssertionError("steps " + steps, e);
        }
    }
}
