package org.lastmile.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lastmile.common.LocalizedException;

/**
 * What the record screen's autosave does with an edit made while a save runs, and with a save that
 * failed: neither may be left unsaved while the user believes "try again" (Ctrl+S, closing the
 * record, the disk freed) saves it. The saver here counts and fails on demand; the store's own
 * full disk is {@code AutosaveFullDiskTest}.
 */
class AutosaveTest {

    /** A hang's bound only: each wait ends on the event it waits for. */
    private static final long BOUND_SECONDS = 180;

    private final ScheduledThreadPoolExecutor storeThread = new ScheduledThreadPoolExecutor(1);
    private final BlockingQueue<Autosave.Result<String>> results = new LinkedBlockingQueue<>();

    @AfterEach
    void stop() {
        storeThread.shutdownNow();
    }

    private Autosave.Result<String> nextResult() throws InterruptedException {
        Autosave.Result<String> r = results.poll(BOUND_SECONDS, TimeUnit.SECONDS);
        assertThat(r).as("a result came").isNotNull();
        return r;
    }

    /** Everything the store thread had to do before now has run (one thread: in order). */
    private void storeThreadPassed() throws Exception {
        storeThread.submit(() -> { }).get(BOUND_SECONDS, TimeUnit.SECONDS);
    }

    /** Saves due later than now, still waiting on the store thread. */
    private int savesWaiting() {
        return storeThread.getQueue().size();
    }

    @Test
    void anEditMadeWhileASaveRunsIsSavedAfterIt() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> saved = new CopyOnWriteArrayList<>();
        Autosave<String> autosave = new Autosave<>(storeThread, Duration.ofMillis(10), state -> {
            if (saved.isEmpty()) {
                started.countDown();
                await(release);
            }
            saved.add(state);
            return saved.size();
        }, results::add);

        autosave.submit("泉吉乡");
        assertThat(started.await(BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();
        autosave.submit("泉吉乡QQ"); // a key pressed while the first save runs
        release.countDown();

        assertThat(nextResult().state()).isEqualTo("泉吉乡");
        assertThat(nextResult()).as("the later edit, without another key")
                .isEqualTo(new Autosave.Saved<>("泉吉乡QQ", 2L));
        assertThat(autosave.hasPending()).isFalse();
    }

    @Test
    void aRefusedStateStaysPendingForCtrlSButIsNotRetriedByItself() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Autosave<String> autosave = new Autosave<>(storeThread, Duration.ofMillis(10), state -> {
            if (calls.incrementAndGet() == 1) {
                throw new LocalizedException("record.error.sealed");
            }
            return 7;
        }, results::add);

        autosave.submit("界桩J1至J4");
        assertThat(nextResult()).isInstanceOf(Autosave.Failed.class);
        storeThreadPassed();
        assertThat(autosave.hasPending()).as("kept for the next try").isTrue();
        assertThat(savesWaiting()).as("a refusal is not tried again by itself").isZero();

        autosave.flush(); // Ctrl+S
        assertThat(nextResult()).isEqualTo(new Autosave.Saved<>("界桩J1至J4", 7L));
        assertThat(autosave.hasPending()).isFalse();
    }

    @Test
    void aStateThatFailedOnTheDiskIsTriedAgainByItself() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Autosave<String> autosave = new Autosave<>(storeThread, Duration.ofMillis(10), state -> {
            if (calls.incrementAndGet() == 1) {
                throw new LocalizedException(new SQLException("[SQLITE_FULL] database or disk is full", null, 13),
                        "store.fault.diskfull", "lastmile.db");
            }
            return 3;
        }, results::add);

        autosave.submit("6.6亩");
        Autosave.Result<String> first = nextResult();
        assertThat(first).isInstanceOf(Autosave.Failed.class);
        assertThat(nextResult()).as("saved once the disk took it, without a key")
                .isEqualTo(new Autosave.Saved<>("6.6亩", 3L));
        assertThat(calls).hasValue(2);
    }

    @Test
    void aLaterEditReplacesTheStateThatFailed() throws Exception {
        List<String> tried = new CopyOnWriteArrayList<>();
        Autosave<String> autosave = new Autosave<>(storeThread, Duration.ofMillis(10), state -> {
            tried.add(state);
            if (tried.size() == 1) {
                throw new LocalizedException("record.error.sealed");
            }
            return tried.size();
        }, results::add);

        autosave.submit("A");
        assertThat(nextResult()).isInstanceOf(Autosave.Failed.class);
        autosave.submit("AB");
        assertThat(nextResult()).isEqualTo(new Autosave.Saved<>("AB", 2L));
        autosave.flush();
        storeThreadPassed();
        assertThat(tried).containsExactly("A", "AB");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(BOUND_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
