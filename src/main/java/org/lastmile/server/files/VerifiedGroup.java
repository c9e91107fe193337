package org.lastmile.server.files;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.lastmile.server.store.AttachmentRows;
import org.lastmile.server.store.ServerDb;
import org.lastmile.sync.protocol.UploadState;
import org.lastmile.sync.protocol.UploadStatus;

/**
 * Makes checked files durable as "verified" in groups (a group commit): each caller has moved its
 * checked file into {@code blobs/} and waits; one of them fsyncs the directory once and commits
 * the rows of every file waiting at that moment in one transaction, then all of them answer.
 * Nothing is answered "verified" before its name is on disk and its row committed, exactly as with
 * one file at a time, but files finishing together (the laptop uploads several at once) share two
 * fsyncs instead of two each: on this disk an fsync costs more than a photo's bytes
 * (docs/performance.md).
 */
final class VerifiedGroup {

    private final ServerDb db;
    private final Path directory;
    private final Clock clock;
    private final Object lock = new Object();
    private List<Waiting> queue = new ArrayList<>();
    private boolean committing;

    VerifiedGroup(ServerDb db, Path directory, Clock clock) {
        this.db = db;
        this.directory = directory;
        this.clock = clock;
    }

    /** Returns once {@code sha256}'s name in the directory and its verified row are durable. */
    UploadStatus verified(String sha256, long length) {
        Waiting me = new Waiting(new UploadStatus(sha256, length, length, UploadState.VERIFIED));
        List<Waiting> group;
        synchronized (lock) {
            queue.add(me);
            while (committing && !me.done) {
                waitForTurn();
            }
            if (me.done) {
                return me.result();
            }
            committing = true;
            group = queue;
            queue = new ArrayList<>();
        }
        RuntimeException failure = null;
        try {
            commit(group);
        } catch (RuntimeException e) {
            failure = e;
        }
        synchronized (lock) {
            for (Waiting w : group) {
                w.done = true;
                w.failure = failure;
            }
            committing = false;
            lock.notifyAll();
        }
        return me.result();
    }

    private void commit(List<Waiting> group) {
        // every file of the group was moved before it joined the queue: this fsync covers each rename
        Uploads.forceDirectory(directory); // where it cannot be (Windows) the move is atomic anyway
        db.transaction(c -> {
            for (Waiting w : group) {
                AttachmentRows.put(c, w.status, clock.instant());
            }
            return null;
        });
    }

    private void waitForTurn() {
        try {
            lock.wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the upload was made durable", e);
        }
    }

    private static final class Waiting {
        final UploadStatus status;
        boolean done;
        RuntimeException failure;

        Waiting(UploadStatus status) {
            this.status = status;
        }

        UploadStatus result() {
            if (failure != null) {
                throw failure;
            }
            return status;
        }
    }
}
