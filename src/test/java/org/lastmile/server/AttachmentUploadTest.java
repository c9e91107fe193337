package org.lastmile.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.sync.protocol.EnrolAnswer;
import org.lastmile.sync.protocol.Endpoints;
import org.lastmile.sync.protocol.ErrorBody;
import org.lastmile.sync.protocol.MissingAnswer;
import org.lastmile.sync.protocol.MissingQuery;
import org.lastmile.sync.protocol.UploadState;
import org.lastmile.sync.protocol.UploadStatus;
import org.lastmile.sync.protocol.Wire;

/** Chunked, resumable upload by SHA-256 over real TLS. */
class AttachmentUploadTest {

    @TempDir
    Path tmp;
    ServerHarness server;
    EnrolAnswer device;
    final byte[] file = new byte[300_001];
    String sha;

    @BeforeEach
    void start() throws Exception {
        server = new ServerHarness(tmp.resolve("server"), null, true);
        device = server.enrol(UUID.randomUUID().toString());
        new Random(14).nextBytes(file);
        sha = hex(MessageDigest.getInstance("SHA-256").digest(file));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<byte[]> chunk(String name, long offset, byte[] bytes, String checksumOf) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(server.uri(Endpoints.attachment(name)))
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(bytes))
                .header(Endpoints.AUTHORIZATION, "Bearer " + device.token())
                .header("Content-Type", Endpoints.CHUNK_TYPE)
                .header(Endpoints.UPLOAD_OFFSET, Long.toString(offset))
                .header(Endpoints.UPLOAD_LENGTH, Integer.toString(file.length))
                .header(Endpoints.UPLOAD_CHECKSUM, "sha256 " + checksumOf)
                .build();
        return server.http.send(r, HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> chunk(long from, int to) throws Exception {
        byte[] part = Arrays.copyOfRange(file, (int) from, to);
        return chunk(sha, from, part, hex(MessageDigest.getInstance("SHA-256").digest(part)));
    }

    private UploadStatus status() throws Exception {
        return server.json(server.send("GET", Endpoints.attachment(sha), device.token(), null), UploadStatus.class);
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    @Test
    void aFileSentInChunksIsVerifiedOnlyWhenWholeAndStoredUnderItsHash() throws Exception {
        assertThat(server.json(server.send("POST", Endpoints.MISSING, device.token(),
                Wire.write(server.mapper, new MissingQuery(List.of(sha)))), MissingAnswer.class).missing()).containsExactly(sha);

        assertThat(server.json(chunk(0, 100_000), UploadStatus.class).state()).isEqualTo(UploadState.PARTIAL);
        // resume: the server says where to go on
        assertThat(status().offset()).isEqualTo(100_000);
        assertThat(server.json(chunk(100_000, 300_000), UploadStatus.class).offset()).isEqualTo(300_000);
        UploadStatus done = server.json(chunk(300_000, file.length), UploadStatus.class);

        assertThat(done.state()).isEqualTo(UploadState.VERIFIED);
        assertThat(Files.readAllBytes(server.dataDir.resolve("blobs").resolve(sha))).isEqualTo(file);
        assertThat(server.json(server.send("POST", Endpoints.MISSING, device.token(),
                Wire.write(server.mapper, new MissingQuery(List.of(sha)))), MissingAnswer.class).missing()).isEmpty();
    }

    @Test
    void aChunkAtTheWrongOffsetIsRefusedWith409AndChangesNothing() throws Exception {
        chunk(0, 100_000);
        String before = ServerState.of(server.server.db(), server.dataDir);
        HttpResponse<byte[]> r = chunk(150_000, 200_000);
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(server.mapper.readValue(r.body(), ErrorBody.class).key()).isEqualTo("server.upload.error.offset");
        assertThat(ServerState.of(server.server.db(), server.dataDir)).isEqualTo(before);
    }

    @Test
    void aChunkWithAFlippedByteIsDiscarded() throws Exception {
        chunk(0, 100_000);
        String before = ServerState.of(server.server.db(), server.dataDir);
        byte[] part = Arrays.copyOfRange(file, 100_000, 200_000);
        String checksum = hex(MessageDigest.getInstance("SHA-256").digest(part));
        part[5_000] ^= 0x01;
        HttpResponse<byte[]> r = chunk(sha, 100_000, part, checksum);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(server.mapper.readValue(r.body(), ErrorBody.class).key()).isEqualTo("server.upload.error.chunkChecksum");
        assertThat(ServerState.of(server.server.db(), server.dataDir)).isEqualTo(before);
        assertThat(status().offset()).isEqualTo(100_000);
    }

    /** The court writes a chunk as it arrives and checks it at the end: a refused one must leave no trace. */
    @Test
    void aRefusedFirstChunkLeavesNoPartFile() throws Exception {
        String before = ServerState.of(server.server.db(), server.dataDir);
        byte[] part = Arrays.copyOfRange(file, 0, 200_000);
        String checksum = hex(MessageDigest.getInstance("SHA-256").digest(part));
        part[150_000] ^= 0x01;
        HttpResponse<byte[]> r = chunk(sha, 0, part, checksum);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(server.dataDir.resolve("uploads").resolve(sha + ".part")).doesNotExist();
        assertThat(ServerState.of(server.server.db(), server.dataDir)).isEqualTo(before);
        assertThat(status().state()).isEqualTo(UploadState.ABSENT);
    }

    @Test
    void aChunkLongerThanTheFileIsRefusedWith413AndChangesNothing() throws Exception {
        chunk(0, 100_000);
        String before = ServerState.of(server.server.db(), server.dataDir);
        byte[] tooLong = Arrays.copyOf(Arrays.copyOfRange(file, 100_000, file.length), file.length - 100_000 + 1);
        HttpResponse<byte[]> r = chunk(sha, 100_000, tooLong, hex(MessageDigest.getInstance("SHA-256").digest(tooLong)));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(ServerState.of(server.server.db(), server.dataDir)).isEqualTo(before);
        assertThat(Files.size(server.dataDir.resolve("uploads").resolve(sha + ".part"))).isEqualTo(100_000);
        assertThat(chunk(100_000, file.length).statusCode()).isEqualTo(200);
        assertThat(Files.readAllBytes(server.dataDir.resolve("blobs").resolve(sha))).isEqualTo(file);
    }

    @Test
    void aWholeFileThatIsNotItsNameIsDeletedAndNeverVerified() throws Exception {
        String other = hex(MessageDigest.getInstance("SHA-256").digest("another file".getBytes()));
        HttpResponse<byte[]> r = chunk(other, 0, file, sha);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(server.mapper.readValue(r.body(), ErrorBody.class).key()).isEqualTo("server.upload.error.fileHash");
        assertThat(server.dataDir.resolve("blobs").resolve(other)).doesNotExist();
        assertThat(server.dataDir.resolve("uploads").resolve(other + ".part")).doesNotExist();
        assertThat(server.json(server.send("GET", Endpoints.attachment(other), device.token(), null), UploadStatus.class)
                .state()).isEqualTo(UploadState.ABSENT);
    }
}
