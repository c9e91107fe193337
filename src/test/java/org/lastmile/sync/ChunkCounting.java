package org.lastmile.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A real court link that notes the length of every chunk handed to it, per file (what was sent). */
public final class ChunkCounting extends CourtLinkDelegate {

    /** Chunk lengths per SHA-256, in the order they were offered. */
    public final Map<String, List<Integer>> chunks = new LinkedHashMap<>();

    public ChunkCounting(CourtLink inner) {
        super(inner);
    }

    @Override
    public ChunkReply append(String sha256, long size, long offset, byte[] chunk, int length, String chunkSha256)
            throws CourtFault {
        synchronized (chunks) {
            chunks.computeIfAbsent(sha256, k -> new ArrayList<>()).add(length);
        }
        return super.append(sha256, size, offset, chunk, length, chunkSha256);
    }
}
