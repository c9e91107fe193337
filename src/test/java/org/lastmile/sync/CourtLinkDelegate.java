package org.lastmile.sync;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.lastmile.store.audit.AuditEvent;
import org.lastmile.store.audit.ChainHead;

/** A court link that passes every call on; tests override the call they disturb. */
public class CourtLinkDelegate implements CourtLink {

    private final CourtLink inner;

    public CourtLinkDelegate(CourtLink inner) {
        this.inner = inner;
    }

    @Override
    public PushReply push(List<OutgoingOp> ops, ChainHead head, List<AuditEvent> chain) throws CourtFault {
        return inner.push(ops, head, chain);
    }

    @Override
    public PullPage pull(long cursor, int limit) throws CourtFault {
        return inner.pull(cursor, limit);
    }

    @Override
    public Set<String> missing(Collection<String> hashes) throws CourtFault {
        return inner.missing(hashes);
    }

    @Override
    public ChunkReply offset(String sha256, long size) throws CourtFault {
        return inner.offset(sha256, size);
    }

    @Override
    public ChunkReply append(String sha256, long size, long offset, byte[] chunk, int length, String chunkSha256)
            throws CourtFault {
        return inner.append(sha256, size, offset, chunk, length, chunkSha256);
    }

    @Override
    public long download(String sha256, long offset, java.nio.file.Path part, java.util.function.LongConsumer progress)
            throws CourtFault {
        return inner.download(sha256, offset, part, progress);
    }

    @Override
    public java.util.Optional<java.time.Duration> clockSkew() {
        return inner.clockSkew();
    }
}
