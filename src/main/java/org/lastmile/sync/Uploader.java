package org.lastmile.sync;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.lastmile.store.Hashes;

/**
 * Uploads the attachments the court lacks, after the records: asks which hashes are missing, asks
 * each file's offset on the court (which wins over the stored one), then appends chunks with their
 * own SHA-256 from there. The offset is stored after every acknowledged chunk; a file is verified
 * only when the court says the whole of it hashes to its name.
 */
final class Uploader {

    private static final int ASK_AT_ONCE = 500;
    private static final int MAX_RESYNCS = 3;

    private final BlobQueue queue;
    private final CourtLink court;
    private final Retrier retrier;
    private final ChunkSizer sizer = new ChunkSizer();
    private final Consumer<String> current;
    private final Runnable onChunk;

    Uploader(BlobQueue queue, CourtLink court, Retrier retrier, Consumer<String> current, Runnable onChunk) {
        this.queue = queue;
        this.court = court;
        this.retrier = retrier;
        this.current = current;
        this.onChunk = onChunk;
    }

    /** @return how many files the court verified in this run */
    long upload() throws SyncStopped {
        long verified = 0;
        List<BlobQueue.Blob> left = queue.unverified();
        for (int from = 0; from < left.size(); from += ASK_AT_ONCE) {
            List<BlobQueue.Blob> group = left.subList(from, Math.min(left.size(), from + ASK_AT_ONCE));
            List<String> hashes = group.stream().map(BlobQueue.Blob::sha256).toList();
            Set<String> missing = retrier.call(() -> court.missing(hashes));
            for (BlobQueue.Blob blob : group) {
                if (!missing.contains(blob.sha256())) {
                    queue.verified(blob.sha256()); // the court holds it verified already
                    verified++;
                } else if (upload(blob)) {
                    verified++;
                }
            }
        }
        return verified;
    }

    private boolean upload(BlobQueue.Blob blob) throws SyncStopped {
        current.accept(blob.sha256());
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
                try {
                    // The chunk is cut on each attempt: after a timeout the retry sends a smaller one.
                    reply = retrier.call(new TimeoutAware(() -> {
                        byte[] chunk = read(file, offset, (int) Math.min(sizer.next(), blob.size() - offset));
                        return court.append(blob.sha256(), blob.size(), offset, chunk, chunk.length,
                                Hashes.sha256(chunk));
                    }));
                    sizer.succeeded();
                    onChunk.run();
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
            queue.verified(blob.sha256());
            return true;
        } catch (IOException e) {
            queue.needsPerson(blob.sha256(), "unreadable: " + e.getMessage());
            return false;
        } catch (Unreadable e) {
            queue.needsPerson(blob.sha256(), "unreadable: " + e.getCause().getMessage());
            return false;
        } catch (SyncStopped stopped) {
            if (stopped.reason() == SyncStopped.Reason.REFUSED && stopped.status() != 401 && stopped.status() != 403) {
                queue.needsPerson(blob.sha256(), "refused " + stopped.status() + ": " + stopped.getMessage());
                return false;
            }
            throw stopped;
        }
    }

    private static byte[] read(FileChannel file, long offset, int length) {
        ByteBuffer buffer = ByteBuffer.allocate(Math.max(length, 0));
        try {
            while (buffer.hasRemaining()) {
                if (file.read(buffer, offset + buffer.position()) < 0) {
                    throw new Unreadable(new IOException("file shorter than recorded"));
                }
            }
        } catch (IOException e) {
            throw new Unreadable(e);
        }
        return buffer.array();
    }

    /** The local file failed while a chunk was cut: not the court's fault, never retried. */
    private static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable(IOException cause) {
            super(cause);
        }
    }

    /** Halves the chunk size on each timeout before the retry sends the next one. */
    private final class TimeoutAware implements Retrier.Call<CourtLink.ChunkReply> {
        private final Retrier.Call<CourtLink.ChunkReply> call;

        TimeoutAware(Retrier.Call<CourtLink.ChunkReply> call) {
            this.call = call;
        }

        @Override
        public CourtLink.ChunkReply run() throws CourtFault {
            try {
                return call.run();
            } catch (CourtFault fault) {
                if (fault.kind() == CourtFault.Kind.TIMEOUT) {
                    sizer.timedOut();
                }
                throw fault;
            }
        }
    }
}
