package org.lastmile.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    @TempDir
    Path tmp;

    @Test
    void laptopsAndTheOfficeConvergeAndNothingIsLostOrDoubled() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).withShrinkCycles(0)
                .forAll(lists().of(integers().between(0, Integer.MAX_VALUE - 1)).ofSizeBetween(STEPS / 2, STEPS))
                .checkAssert(this::run);
    }

    private void run(List<Integer> codes) {
        List<ModelWorld.Step> steps = codes.stream().map(ModelWorld.Step::decode).toList();
        try {
            Path dir = Files.createTempDirectory(tmp, "example");
            try (ModelWorld world = new ModelWorld(dir)) {
                for (ModelWorld.Step step : steps) {
                    world.perform(step);
                }
                world.finalRound();
                world.check();
            }
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("steps " + steps + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw new AssertionError("steps " + steps, e);
        }
    }
}
