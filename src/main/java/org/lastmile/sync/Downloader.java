package org.lastmile.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.lastmile.common.LocalizedException;
import org.lastmile.store.blobs.BlobStore;

/**
 * Fetches the files that pulled records name and this laptop lacks (after the pull, after the
 * uploads), a bounded batch of rows at a time. Each file collects its bytes in a partial file
 * ({@link BlobStore#partial}); a cut link is retried under the {@link RetryPolicy} and continues
 * from the partial file's length ({@code Range}), in this run or the next. Only a file whose whole
 * bytes hash to its name is taken into the blob store (forced, renamed atomically): before that
 * the record screen does not see it. A file that does not hash is discarded and fetched again, up
 * to {@link DownloadQueue#MAX_FAILURES} times, then it waits for a person.
 */
final class Downloader {

    /** Rows read at once. */
    static final int BATCH = 64;

    private final DownloadQueue queue;
    private final BlobStore blobs;
    private final CourtLink court;
    private final Retrier retrier;
    private final Consumer<String> current;
    private final Runnable onStep;

    Downloader(DownloadQueue queue, BlobStore blobs, CourtLink court, Retrier retrier, Consumer<String> current,
            Runnable onStep) {
        this.queue = queue;
        this.blobs = blobs;
        this.court = court;
        this.retrier = retrier;
        this.current = current;
        this.onStep = onStep;
    }

    /** @return how many files came down and hashed to their names in this run */
    long download() throws SyncStopped {
        long fetched = 0;
        String after = "";
        List<DownloadQueue.Want> batch;
        while (!(batch = queue.pending(after, BATCH)).isEmpty()) {
            for (DownloadQueue.Want want : batch) {
                after = want.sha256();
                if (fetch(want)) {
                    fetched++;
                }
            }
        }
        return fetched;
    }

    /** @return whether the file came down in this call */
    private boolean fetch(DownloadQueue.Want want) throws SyncStopped {
        String sha = want.sha256();
        if (blobs.exists(sha)) { // made or fetched here already (a signature image, a sketch, a shared photo)
            queue.verified(sha, size(blobs.path(sha)), false);
            return false;
        }
        current.accept(sha);
        Path part = blobs.partial(sha);
        long known = want.size();
        while (true) {
            long total;
            try {
                total = known >= 0 && size(part) >= known ? known : retrier.call(() ->
                        court.download(sha, size(part), part, got -> {
                            queue.received(sha, got, -1);
                            onStep.run();
                        }));
            } catch (SyncStopped stopped) {
                queue.received(sha, size(part), -1);
                if (stopped.reason() == SyncStopped.Reason.REFUSED && stopped.status() == 404) {
                    queue.notYet(sha, "not on the court: " + stopped.getMessage());
                    return false; // the laptop that made it has not sent it yet, or it is not ours to see
                }
                if (stopped.reason() == SyncStopped.Reason.REFUSED && stopped.status() != 401 && stopped.status() != 403) {
                    queue.needsPerson(sha, "refused " + stopped.status() + ": " + stopped.getMessage());
                    return false;
                }
                throw stopped;
            }
            known = total;
            BlobStore.Stored got = BlobStore.hash(part);
            if (got.sha256().equals(sha) && got.size() == total) {
                blobs.adopt(part, sha);
                queue.verified(sha, total, true);
                onStep.run();
                return true;
            }
            delete(part);
            if (!queue.failedHash(sha, "received " + got.size() + " bytes hashing to " + got.sha256())) {
                return false;
            }
        }
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new LocalizedException(e, "blob.error.read", file);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new LocalizedException(e, "blob.error.write", file);
        }
    }
}
