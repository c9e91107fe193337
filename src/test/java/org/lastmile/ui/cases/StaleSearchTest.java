package org.lastmile.ui.cases;

import org.lastmile.service.CaseService;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.ui.UiFixture;
import org.lastmile.ui.common.Background;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Searches run on the store thread as the user types; when an older query's answer arrives after
 * a newer one's, the list keeps showing the newer answer. Here the store thread is a queue this
 * test runs by hand, in the wrong order.
 */
class StaleSearchTest {

    @TempDir
    Path dir;

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }

    private static void run(List<Runnable> storeThread, int from) {
        for (int i = from; i < storeThread.size(); i++) {
            storeThread.get(i).run();
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void anOlderSearchAnsweringLastDoesNotReplaceTheNewerOne() throws Exception {
        org.lastmile.ui.FxThread.start();
        UiFixture fx = new UiFixture(dir);
        try {
            List<Runnable> storeThread = new ArrayList<>();
            CaseListViewModel model = onFx(() -> {
                CaseListViewModel m = new CaseListViewModel(new CaseListLoader(CaseService.of(fx.store), fx.engine, fx.today),
                        CaseService.of(fx.store), new Background(storeThread::add), fx.updates);
                m.showFirst(new CaseListLoader(CaseService.of(fx.store), fx.engine, fx.today).first());
                m.queryProperty().set("耕地");
                m.queryProperty().set("牦牛");
                return m;
            });
            assertThat(storeThread).hasSize(2);
            // The newer search answers first, then the older one (which was cancelled meanwhile,
            // but even an answer already on its way must not show).
            storeThread.get(1).run();
            storeThread.get(0).run();
            WaitForAsyncUtils.waitForFxEvents();
            // Each answer asked for the list's count and first rows: run what the store thread was given since.
            run(storeThread, 2);
            List<String> shown = onFx(() -> model.rows().stream().map(CaseRow::number).toList());
            assertThat(shown).containsExactly("(2026)青2323执87号");
            assertThat(onFx(() -> model.searchingProperty().get())).isFalse();
        } finally {
            fx.close();
        }
    }
}
