package org.lastmile.sync;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Uploads the attachments the court lacks, after the records: asks which hashes are missing, asks
 * each file's offset on the court (which wins over the stored one), then appends chunks with their
 * own SHA-256 from there. The offset is stored after every acknowledged chunk; a file is verified
 * only when the court says the whole of it hashes to its name.
 *
 * <p>Several files are in flight at once ({@link #IN_FLIGHT}, one connection each): the court makes
 * a finished file durable (fsyncs) before it answers "verified", and files finishing together share
 * those fsyncs, which cost more than a photo's bytes (docs/performance.md). Each file is still sent
 * in order from its own offset, so a cut costs at most the chunk in flight of each file. The
 * callbacks ({@code current}, {@code onChunk}) and the stop come on the calling thread, as before.
 * The "verified" marks are committed a group at a time: one lost to a kill is found again by the
 * next run's missing-hash query, which the court answers from its own rows.
 */
final class Uploader {

    private static final int ASK_AT_ONCE = 500;
    private static final int MAX_RESYNCS = 3;
    /**
     * Syncs in which a file may fail to be read for a reason that may pass before it needs a person:
     * enough for a USB stick plugged back or a busy disk (with the automatic sync, minutes), few
     * enough that the officer learns of a failing disk before leaving the court.
     */
    static final int UNREADABLE_TRIES = 5;
    /**
     * Files uploaded at once. Each waits for the court's fsync of its file before the answer (10–60 ms
     * on the shared machine, by JFR): eight in flight overlap those waits and let more files share
     * a group commit than four did (docs/performance.md).
     */
    static final int IN_FLIGHT = 8;
    /** "Verified" marks committed together at most, and the longest they wait (the progress reads them). */
    private static final int MARKS_AT_ONCE = 32;
    private static final long MARKS_WAIT_NANOS = 500_000_000L;

    private final BlobQueue queue;
    private final CourtLink court;
    private final Retrier retrier;
    private final Consumer<String> current;
    private final Runnable onChunk;
    /** The engine's for its link, shared by the files in flight: a timeout or cut on one is the link's. */
    private final ChunkSizer sizer;
    /** Work for the calling thread (callbacks), posted by the upload threads. */
    private final BlockingQueue<Runnable> events = new LinkedBlockingQueue<>();
    private final List<String> marks = new ArrayList<>();
    /** Each upload thread's chunk buffer ({@link #read}). */
    private final ThreadLocal<byte[]> buffer = ThreadLocal.withInitial(() -> new byte[0]);
    private long marksSince = System.nanoTime();
    /** When the current item was last stored (calling thread only); null before the first. */
    private Long currentSince;
    private volatile boolean stopping;

    Uploader(BlobQueue queue, CourtLink court, Retrier retrier, ChunkSizer sizer, Consumer<String> current,
            Runnable onChunk) {
        this.queue = queue;
        this.sizer = sizer;
        this.court = court;
        this.retrier = retrier;
        this.current = current;
        this.onChunk = onChunk;
    }

    /** @return how many files the court verified in this run */
    long upload() throws SyncStopped {
        long verified = 0;
        List<BlobQueue.Blob> left = queue.unverified();
        ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT, r -> {
            Thread t = new Thread(r, "lastmile-upload");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int from = 0; from < left.size(); from += ASK_AT_ONCE) {
                List<BlobQueue.Blob> group = left.subList(from, Math.min(left.size(), from + ASK_AT_ONCE));
                List<String> hashes = group.stream().map(BlobQueue.Blob::sha256).toList();
                Set<String> missing = retrier.call(() -> court.missing(hashes));
                List<Future<Boolean>> sent = new ArrayList<>();
                for (BlobQueue.Blob blob : group) {
                    if (!missing.contains(blob.sha256())) {
                        mark(blob.sha256()); // the court holds it verified already
                        verified++;
                    } else {
                        sent.add(pool.submit(() -> stopping ? false : upload(blob)));
                    }
                }
                verified += await(sent, pool);
            }
        } finally {
            pool.shutdown();
            flushMarks();
        }
        return verified;
    }

    /**
     * Runs the callbacks the upload threads post until every file of {@code sent} is done.
     *
     * @return how many of them the court verified
     * @throws SyncStopped the first stop an upload thread met (the others finish their chunk in flight)
     */
    private long await(List<Future<Boolean>> sent, ExecutorService pool) throws SyncStopped {
        long verified = 0;
        SyncStopped first = null;
        Throwable failure = null;
        for (Future<Boolean> f : sent) {
            while (true) {
                runEvents();
                try {
                    if (f.get(50, TimeUnit.MILLISECONDS)) {
                        verified++;
                    }
                    break;
                } catch (TimeoutException notYet) {
                    // callbacks first, then wait again
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stopping = true;
                    pool.shutdownNow(); // cancelled: the upload threads stop waiting too
                    first = first != null ? first : new SyncStopped(SyncStopped.Reason.CANCELLED, 0, "interrupted", e);
                    break;
                } catch (ExecutionException e) {
                    stopping = true;
                    if (e.getCause() instanceof SyncStopped stopped) {
                        first = first != null ? first : stopped;
                    } else {
                        failure = failure != null ? failure : e.getCause();
                    }
                    break;
                }
            }
        }
        runEvents();
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (first != null) {
            throw first;
        }
        return verified;
    }

    private void runEvents() {
        Runnable event;
        while ((event = events.poll()) != null) {
            event.run();
        }
    }

    /**
     * Stores the file being sent as the current item at most every {@link #MARKS_WAIT_NANOS}: the
     * item is a laptop commit (an fsync with {@code synchronous=FULL}) on the sync's thread, and one
     * per photo was 2,000 of them in a week's upload, for a line the progress shows once a second.
     */
    private void showCurrent(String sha256) {
        long now = System.nanoTime();
        if (currentSince == null || now - currentSince >= MARKS_WAIT_NANOS) {
            currentSince = now;
            current.accept(sha256);
        }
    }

    /** Notes a verified file; commits the marks once there are enough of them. */
    private void mark(String sha256) {
        synchronized (marks) {
            marks.add(sha256);
            if (marks.size() < MARKS_AT_ONCE && System.nanoTime() - marksSince < MARKS_WAIT_NANOS) {
                return;
            }
        }
        flushMarks();
    }

    private void flushMarks() {
        List<String> now;
        synchronized (marks) {
            now = List.copyOf(marks);
            marks.clear();
            marksSince = System.nanoTime();
        }
        if (!now.isEmpty()) {
            queue.verified(now);
        }
    }

    private boolean upload(BlobQueue.Blob blob) throws SyncStopped {
        events.add(() -> showCurrent(blob.sha256()));
        try (FileChannel file = FileChannel.open(blob.file(), StandardOpenOption.READ)) {
            // A file never started goes straight to its first chunk at 0 (a court that holds part of
            // it answers 409 and is asked below): one request and one local commit less per photo,
            // which is most of what a week's 2,000 small files cost beyond their bytes (performance.md).
            CourtLink.ChunkReply reply = blob.offset() == 0 ? new CourtLink.ChunkReply(0, false)
                    : retrier.call(() -> court.offset(blob.sha256(), blob.size()));
            long stored = blob.offset();
            int resyncs = 0;
            while (!reply.verified()) {
                long offset = reply.offset();
                if (offset != stored) {
                    queue.offset(blob.sha256(), offset);
                    stored = offset;
                }
                // Only after the acknowledged offset is stored: a file stopped before it restarted
                // at 0 next run, sent its first chunk whole to be refused 409 (SlowLinkTest).
                if (stopping) {
                    return false; // another file stopped the run: this one goes on from here next time
                }
                try {
                    // The chunk is cut on each attempt: after a timeout or a dropped connection the retry sends a smaller one.
                    reply = retrier.call(new TimeoutAware(sizer, () -> {
                        int length = (int) Math.min(sizer.next(), blob.size() - offset);
                        byte[] chunk = read(file, offset, length);
                        // A chunk that is the whole file (every photo) has the file's SHA-256 as its
                        // checksum, known since the file was attached: not hashed again here. The court
                        // still hashes what it receives and refuses it (422) if it differs.
                        String checksum = offset == 0 && length == blob.size() ? blob.sha256() : sha256(chunk, length);
                        return court.append(blob.sha256(), blob.size(), offset, chunk, length, checksum);
                    }));
                    sizer.succeeded();
                    events.add(onChunk);
                } catch (SyncStopped stopped) {
                    // 409: the court holds another offset (its partial file was lost or grew); 422: the
                    // chunk (or the whole file) did not hash as sent and was discarded: ask the offset again.
                    if (stopped.reason() != SyncStopped.Reason.REFUSED
                            || (stopped.status() != 409 && stopped.status() != 422) || ++resyncs > MAX_RESYNCS) {
                        throw stopped;
                    }
                    reply = retrier.call(() -> court.offset(blob.sha256(), blob.size()));
                }
            }
            mark(blob.sha256());
            return true;
        } catch (IOException e) {
            return unreadable(blob, e);
        } catch (Unreadable e) {
            return unreadable(blob, (IOException) e.getCause());
        } catch (SyncStopped stopped) {
            if (stopped.reason() == SyncStopped.Reason.REFUSED && stopped.status() != 401 && stopped.status() != 403) {
                queue.needsPerson(blob.sha256(), "refused " + stopped.status() + ": " + stopped.getMessage());
                return false;
            }
            throw stopped;
        }
    }

    /**
     * A file gone, forbidden or shorter than recorded needs a person; any other fault of this
     * device (too many open files, an I/O error of the disk or a USB stick) may pass, so the file
     * stays pending and the next sync tries it again. It used to wait for a person for good; then it
     * was tried again without end, the officer never told. Now a file that could not be read in
     * {@link #UNREADABLE_TRIES} syncs needs a person too, with a note naming it
     * ({@link FileProblem}; {@code TransientUnreadableFileTest}).
     */
    private boolean unreadable(BlobQueue.Blob blob, IOException e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException || e instanceof java.nio.file.AccessDeniedException
                || e instanceof Shorter) {
            queue.needsPerson(blob.sha256(), FileProblem.unreadable(blob.file(), e instanceof Shorter ? why
                    : e.getClass().getSimpleName().replace("Exception", "")));
            return false;
        }
        int tries = queue.unreadableAgain(blob.sha256(), FileProblem.unreadable(blob.file(), why));
        if (tries >= UNREADABLE_TRIES) {
            queue.needsPerson(blob.sha256(), FileProblem.unreadable(blob.file(), why, tries));
        }
        return false;
    }

    /** The file holds fewer bytes than when it was recorded: it was changed, a person must look. */
    private static final class Shorter extends IOException {
        private static final long serialVersionUID = 1L;

        Shorter() {
            super("file shorter than recorded");
        }
    }

    /**
     * Reads {@code length} bytes at {@code offset} into this upload thread's buffer (grown to the
     * largest chunk it sent): a photo's bytes were a fresh array each, most of them large enough
     * to be allocated outside the young heap. The buffer is refilled only after the court answered
     * the chunk it held (or the request failed: a request still sending it then can only be refused
     * by the court's checksum or offset check).
     */
    private byte[] read(FileChannel file, long offset, int length) {
        byte[] bytes = buffer.get();
        if (bytes.length < length) {
            bytes = new byte[length];
            buffer.set(bytes);
        }
        ByteBuffer into = ByteBuffer.wrap(bytes, 0, Math.max(length, 0));
        try {
            while (into.hasRemaining()) {
                if (file.read(into, offset + into.position()) < 0) {
                    throw new Unreadable(new Shorter());
                }
            }
        } catch (IOException e) {
            throw new Unreadable(e);
        }
        return bytes;
    }

    private static String sha256(byte[] bytes, int length) {
        try {
            java.security.MessageDigest d = java.security.MessageDigest.getInstance("SHA-256");
            d.update(bytes, 0, length);
            return java.util.HexFormat.of().formatHex(d.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The local file failed while a chunk was cut: not the court's fault, never retried. */
    private static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable(IOException cause) {
            super(cause);
        }
    }

    /** Halves the chunk size on each timeout, and drops it to the floor on each cut, before the retry sends the next one. */
    private static final class TimeoutAware implements Retrier.Call<CourtLink.ChunkReply> {
        private final ChunkSizer sizer;
        private final Retrier.Call<CourtLink.ChunkReply> call;

        TimeoutAware(ChunkSizer sizer, Retrier.Call<CourtLink.ChunkReply> call) {
            this.sizer = sizer;
            this.call = call;
        }

        @Override
        public CourtLink.ChunkReply run() throws CourtFault {
            try {
                return call.run();
            } catch (CourtFault fault) {
                if (fault.kind() == CourtFault.Kind.TIMEOUT) {
                    sizer.timedOut();
                } else if (fault.kind() == CourtFault.Kind.NETWORK) {
                    sizer.cut();
                }
                throw fault;
            }
        }
    }
}
