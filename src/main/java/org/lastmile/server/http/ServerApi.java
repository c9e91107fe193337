package org.lastmile.server.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.security.KeyStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.lastmile.i18n.Messages;
import org.lastmile.server.files.Downloads;
import org.lastmile.server.files.Uploads;
import org.lastmile.server.office.Enrolment;
import org.lastmile.server.push.PushService;
import org.lastmile.server.store.Chains;
import org.lastmile.server.store.Device;
import org.lastmile.server.store.Feed;
import org.lastmile.server.store.Refusal;
import org.lastmile.server.store.ServerDb;
import org.lastmile.server.store.Unassignments;
import org.lastmile.sync.protocol.EnrolRequest;
import org.lastmile.sync.protocol.Endpoints;
import org.lastmile.sync.protocol.ErrorBody;
import org.lastmile.sync.protocol.Limits;
import org.lastmile.sync.protocol.MissingQuery;
import org.lastmile.sync.protocol.PushRequest;
import org.lastmile.sync.protocol.Wire;

/**
 * The court server's HTTPS endpoints ({@link Endpoints}). Every answer is JSON; every refusal is
 * an {@link ErrorBody} with a message key and one line in the server's language, and changes
 * nothing. Only TLS is served: no plain HTTP connector.
 */
public final class ServerApi {

    private static final String DEVICE = "lastmile.device";

    private final ServerDb db;
    private final Enrolment enrolment;
    private final PushService push;
    private final Uploads uploads;
    private final Downloads downloads;
    private final Messages messages;
    private final ObjectMapper mapper = Wire.mapper();

    /** The court's own time, sent as {@code Date} on every answer: the laptop compares its clock with it. */
    private java.time.Clock clock = java.time.Clock.systemUTC();

    /** The clock whose time the answers carry (the server's injected clock). */
    public ServerApi clock(java.time.Clock clock) {
        this.clock = clock;
        return this;
    }

    public ServerApi(ServerDb db, Enrolment enrolment, PushService push, Uploads uploads, Downloads downloads,
            Messages messages) {
        this.db = db;
        this.downloads = downloads;
        this.enrolment = enrolment;
        this.push = push;
        this.uploads = uploads;
        this.messages = messages;
    }

    /** Starts HTTPS on {@code host:port} (0: any free port) with the server key in {@code keys}. */
    public Javalin start(String host, int port, KeyStore keys, char[] password) {
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = Limits.MAX_BODY_BYTES + Limits.MAX_CHUNK_BYTES;
            config.jetty.addConnector((server, http) -> tls(server, http, host, port, keys, password));
            config.routes.before(ctx -> ctx.header("Date", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                    .format(clock.instant().atZone(java.time.ZoneOffset.UTC))));
            config.routes.before("/api/v1/*", this::authenticate);
            config.routes.post(Endpoints.ENROL, ctx -> json(ctx, enrolment.enrol(read(ctx, EnrolRequest.class))));
            config.routes.post(Endpoints.PUSH, ctx -> json(ctx, push.push(device(ctx), read(ctx, PushRequest.class))));
            config.routes.get(Endpoints.PULL, this::pull);
            config.routes.post(Endpoints.MISSING, ctx -> json(ctx, uploads.missing(read(ctx, MissingQuery.class))));
            config.routes.get(Endpoints.ATTACHMENT, ctx -> json(ctx, uploads.status(ctx.pathParam("sha256"))));
            config.routes.patch(Endpoints.ATTACHMENT, this::chunk);
            config.routes.get(Endpoints.DOWNLOAD, this::download);
            config.routes.get(Endpoints.RECEIPT, ctx -> {
                String body = db.transaction(c -> Chains.receipt(c, device(ctx).id()))
                        .orElseThrow(() -> new Refusal(404, "server.receipt.error.none"));
                ctx.contentType(Wire.JSON).result(body);
            });
            config.routes.exception(Refusal.class, (e, ctx) -> {
                drain(ctx);
                error(ctx, e.status(), e.messageKey(), e.messageArgs());
            });
            // Only read() and the chunk's body reading (Uploads) refuse a request with 400: what reaches
            // here is the court's own fault. It used to answer 400 "request body incomplete" for any
            // IOException, which the laptop never retries; the court's storage (its files, its database)
            // failing answers 503, which it tries again (CourtStorageFaultTest).
            config.routes.exception(Exception.class, (e, ctx) -> {
                if (e instanceof io.javalin.http.HttpResponseException answer) {
                    error(ctx, answer.getStatus(), answer.getStatus() == 413 ? "server.error.tooLarge" : "server.error.body",
                            Limits.MAX_BODY_BYTES);
                } else if (storage(e)) {
                    error(ctx, 503, "server.error.storage");
                } else {
                    error(ctx, 500, "server.error.internal", String.valueOf(e));
                }
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null) {
                    error(ctx, 404, "server.error.notFound", ctx.path());
                }
            });
        });
        return app.start();
    }

    private static Connector tls(org.eclipse.jetty.server.Server server, HttpConfiguration http, String host, int port,
            KeyStore keys, char[] password) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(keys);
        ssl.setKeyStorePassword(new String(password));
        HttpConfiguration https = new HttpConfiguration(http);
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        // the certificate names localhost and the loopback addresses; clients check it against the court CA
        secure.setSniHostCheck(false);
        https.addCustomizer(secure);
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                new HttpConnectionFactory(https));
        connector.setHost(host);
        connector.setPort(port);
        return connector;
    }

    private void authenticate(Context ctx) {
        if (ctx.path().equals(Endpoints.ENROL)) {
            return;
        }
        ctx.attribute(DEVICE, enrolment.authenticate(ctx.header(Endpoints.AUTHORIZATION)));
    }

    private static Device device(Context ctx) {
        Device d = ctx.attribute(DEVICE);
        if (d == null) {
            throw new Refusal(401, "server.auth.error.token");
        }
        return d;
    }

    private void pull(Context ctx) {
        long after = number(ctx.queryParam("after"), 0);
        int limit = (int) Math.min(number(ctx.queryParam("limit"), 500), Limits.MAX_PULL_PAGE);
        if (after < 0 || limit < 1) {
            throw new Refusal(400, "server.pull.error.cursor");
        }
        Device d = device(ctx);
        json(ctx, db.transaction(c -> {
            // the laptop stored everything up to its cursor: it knows of the notices below it (Unassignments)
            Unassignments.pulled(c, d.id(), after);
            return Feed.page(c, d, after, limit);
        }));
    }

    private void chunk(Context ctx) throws IOException {
        device(ctx);
        long offset = number(ctx.header(Endpoints.UPLOAD_OFFSET), -1);
        long length = number(ctx.header(Endpoints.UPLOAD_LENGTH), -1);
        if (ctx.req().getContentLengthLong() > Limits.MAX_CHUNK_BYTES) {
            throw new Refusal(413, "server.upload.error.tooLarge", Limits.MAX_CHUNK_BYTES);
        }
        try (InputStream body = ctx.bodyInputStream()) {
            json(ctx, uploads.append(ctx.pathParam("sha256"), offset, length, ctx.header(Endpoints.UPLOAD_CHECKSUM), body));
        }
    }

    /**
     * Reads and drops what is left of a refused request's body (at most a chunk's worth), so that
     * the answer reaches the client. A chunk refused on its headers or offset was answered before its
     * body was read, and Jetty then closed the connection under the laptop, which was still sending:
     * the JDK client saw a broken pipe instead of the 409, a network fault retried with the same
     * offset until the run stopped (EndpointInputTest.aLargeChunkAtAWrongOffset…). A body declared
     * larger is not read: that request is not the laptop's and the connection is closed.
     */
    private static void drain(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared == 0 || declared > Limits.MAX_CHUNK_BYTES) {
            return;
        }
        try {
            InputStream in = ctx.req().getInputStream();
            byte[] buffer = new byte[64 << 10];
            long left = Limits.MAX_CHUNK_BYTES;
            int n;
            while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
                left -= n;
            }
        } catch (IOException | RuntimeException cutOrReadAlready) {
            // a cut body, or one read already: nothing more to drop
        }
    }

    /** A verified file, whole or from the offset the {@code Range} header names (a download continued). */
    private void download(Context ctx) {
        Downloads.Served served = downloads.open(device(ctx), ctx.pathParam("sha256"), ctx.header("Range"));
        ctx.header("Accept-Ranges", "bytes");
        ctx.header("Content-Length", Long.toString(served.length()));
        if (served.partial()) {
            ctx.status(206).header("Content-Range", served.contentRange());
        }
        ctx.contentType("application/octet-stream").result(served.body());
    }

    /** Whether {@code e} comes from the court's own storage: a file or the database failing. */
    private static boolean storage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if ((t instanceof IOException && !(t instanceof JacksonException)) || t instanceof java.sql.SQLException) {
                return true;
            }
        }
        return false;
    }

    /** The request's body as a {@code type}: everything that fails here is the request's fault (400/413). */
    private <T> T read(Context ctx, Class<T> type) {
        // A body declared over the bound is refused before a byte of it is read: it used to be read
        // up to Javalin's limit (48 MiB) and, cut off there, answered 400 "incomplete" instead of 413
        // (EndpointInputTest).
        if (ctx.req().getContentLengthLong() > Limits.MAX_BODY_BYTES) {
            throw new Refusal(413, "server.error.tooLarge", Limits.MAX_BODY_BYTES);
        }
        byte[] body;
        try {
            body = ctx.bodyAsBytes();
        } catch (io.javalin.http.HttpResponseException tooLarge) {
            throw tooLarge;
        } catch (Exception cut) {
            // Javalin (Kotlin) throws Jetty's EofException for a cut body without declaring it: catch
            // it here, or the catch-all would take the request's fault for the court's storage (503)
            throw new Refusal(400, "server.error.body");
        }
        if (body.length > Limits.MAX_BODY_BYTES) {
            throw new Refusal(413, "server.error.tooLarge", Limits.MAX_BODY_BYTES);
        }
        try {
            return mapper.readValue(body, type);
        } catch (com.fasterxml.jackson.databind.exc.ValueInstantiationException bad) {
            throw new Refusal(400, "server.error.field", bad.getCause() == null ? "" : bad.getCause().getMessage());
        } catch (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException unknown) {
            throw new Refusal(400, "server.error.unknownField", unknown.getPropertyName());
        } catch (IOException malformed) {
            // Jackson's own exceptions (a cut or malformed JSON), and an IOException reading the bytes in memory
            throw new Refusal(400, "server.error.json");
        }
    }

    private void json(Context ctx, Object value) {
        ctx.contentType(Wire.JSON).result(Wire.write(mapper, value));
    }

    private void error(Context ctx, int status, String key, Object... args) {
        ctx.status(status).contentType(Wire.JSON)
                .result(Wire.write(mapper, new ErrorBody(key, messages.get(key, args),
                        java.util.Arrays.stream(args).map(String::valueOf).toList())));
    }

    private static long number(String text, long absent) {
        if (text == null) {
            return absent;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new Refusal(400, "server.error.number", text);
        }
    }
}
