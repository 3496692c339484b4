package dev.gloss.net;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.workspace.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one HTTP client of Gloss ({@code java.net.http}): every request carries Gloss's
 * {@link UserAgent}, goes through the platform's proxy settings, waits for the host's
 * {@link Pacing}, has a timeout, can be {@link Cancel cancelled}, and every failure becomes a
 * {@link RemoteException}: no response (timeout, refused, reset) or an error status with the
 * server's own words and its {@code Retry-After}. A {@link #download} is written beside its
 * target and moved there only when the whole body arrived, so a dropped connection never
 * leaves part of a file where a whole one is expected. HTTP/1.1 only, so plain-http loopback
 * servers see no h2c upgrade attempts.
 * <pre>{@code
 * HttpTransport http = HttpTransport.builder().userAgent(UserAgent.of("me@example.org")).build();
 * JsonNode answer = Retry.standard().run(() -> http.send(HttpRequest.newBuilder(uri)).json());
 * http.download(HttpRequest.newBuilder(pdfUri), target, (got, of) -> bar.setValue(got), cancel);
 * }</pre>
 * Thread-safe.
 */
public final class HttpTransport {
    private static final Logger LOG = Logger.getLogger(HttpTransport.class.getName());
    /** Checks each download for a stalled connection; one daemon thread for the process. */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "gloss-net-watchdog");
        t.setDaemon(true);
        return t;
    });
    /** How much of an error body is read to find the server's words. */
    private static final int ERROR_BODY_LIMIT = 64 * 1024;

    private final HttpClient client;
    private final Duration requestTimeout;
    private final Duration idleTimeout;
    private final Clock clock;
    private final String userAgent;
    private final Pacing pacing;

    private HttpTransport(Builder b) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(b.connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .proxy(new PlatformProxies())
                .build();
        this.requestTimeout = b.requestTimeout;
        this.idleTimeout = b.idleTimeout;
        this.clock = b.clock;
        this.userAgent = b.userAgent;
        this.pacing = b.pacing;
    }

    /**
     * @param connectTimeout how long to wait for a connection
     * @param requestTimeout how long to wait for a whole response
     */
    public HttpTransport(Duration connectTimeout, Duration requestTimeout, Clock clock) {
        this(builder().connectTimeout(connectTimeout).requestTimeout(requestTimeout).clock(clock));
    }

    /** 10 s to connect, 60 s for a response. */
    public static HttpTransport standard(Clock clock) {
        return builder().clock(clock).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    private static final java.util.Map<String, HttpTransport> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The process's transport for this User-Agent, with the standard timeouts and the shared
     * pacing: one client (its connections, its threads) for all the work that asks, not one each.
     */
    public static HttpTransport shared(String userAgent) {
        return SHARED.computeIfAbsent(userAgent, ua -> builder().userAgent(ua).build());
    }

    /** The User-Agent every request carries. */
    public String userAgent() {
        return userAgent;
    }

    /** The pacing this transport waits for. */
    public Pacing pacing() {
        return pacing;
    }

    /** A received response with a 2xx status. */
    public record Response(int status, HttpHeaders headers, byte[] body, URI uri) {
        /** The body as JSON (an empty object for an empty body). */
        public JsonNode json() {
            if (body.length == 0) {
                return Json.MAPPER.createObjectNode();
            }
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                return Json.MAPPER.createObjectNode().put("raw", new String(body, StandardCharsets.UTF_8));
            }
        }

        /** The body as text (UTF-8 unless the response names another charset). */
        public String text() {
            return new String(body, charsetOf(headers));
        }

        /** The media type without parameters, lower case ({@code application/pdf}), or "". */
        public String contentType() {
            return mediaType(headers);
        }
    }

    /** A completed download. */
    public record Download(Path file, long bytes, String contentType, URI uri) {
    }

    /** Told how a download goes: bytes so far, and the whole size or -1 when not announced. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (got, of) -> { };

        void update(long received, long total);
    }

    /**
     * Sends a request (the timeout and the User-Agent are added here).
     *
     * @throws RemoteException when no response arrives or its status is not 2xx
     */
    public Response send(HttpRequest.Builder request) throws RemoteException {
        return send(request, null);
    }

    /**
     * Sends a request that {@code cancel} can stop.
     *
     * @param cancel the user's cancel button, or null
     * @throws RemoteException when no response arrives, its status is not 2xx, or it was cancelled
     */
    public Response send(HttpRequest.Builder request, Cancel cancel) throws RemoteException {
        HttpRequest req = prepare(request);
        String host = hostOf(req.uri());
        pace(host, cancel);
        HttpResponse<byte[]> r = await(client.sendAsync(req, HttpResponse.BodyHandlers.ofByteArray()), host, cancel);
        if (r.statusCode() / 100 == 2) {
            return new Response(r.statusCode(), r.headers(), r.body(), r.uri());
        }
        throw failure(host, r.statusCode(), r.headers(), r.body());
    }

    /**
     * Downloads a body into {@code target}: written to {@code target.part} beside it, forced to
     * disk and moved onto {@code target} only when complete (all the announced bytes arrived).
     * On any failure, a cancel included, the part is deleted and {@code target} is untouched.
     *
     * @param progress told after each block
     * @param cancel   the user's cancel button, or null
     * @throws RemoteException no response, an error status, a stalled or dropped connection
     *                         ({@link RemoteException.Reason#INCOMPLETE}), a cancel, or a file
     *                         that could not be written (as {@link RemoteException.Reason#NO_ANSWER})
     */
    public Download download(HttpRequest.Builder request, Path target, Progress progress, Cancel cancel) throws RemoteException {
        HttpRequest req = prepare(request);
        String host = hostOf(req.uri());
        pace(host, cancel);
        HttpResponse<InputStream> r = await(client.sendAsync(req, HttpResponse.BodyHandlers.ofInputStream()), host, cancel);
        if (r.statusCode() / 100 != 2) {
            byte[] body;
            try (InputStream in = r.body()) {
                body = in.readNBytes(ERROR_BODY_LIMIT);
            } catch (IOException e) {
                body = new byte[0];
            }
            throw failure(host, r.statusCode(), r.headers(), body);
        }
        long total = r.headers().firstValueAsLong("content-length").orElse(-1);
        Path part = target.resolveSibling(target.getFileName() + ".part");
        boolean done = false;
        AtomicLong lastBlock = new AtomicLong(System.nanoTime());
        AtomicBoolean stalled = new AtomicBoolean();
        InputStream body = r.body();
        ScheduledFuture<?> watch = WATCHDOG.scheduleAtFixedRate(() -> {
            if (System.nanoTime() - lastBlock.get() > idleTimeout.toNanos()) {
                stalled.set(true);
                closeQuietly(body);
            }
        }, 250, 250, TimeUnit.MILLISECONDS);
        long received = 0;
        try (Cancel.Registration hook = cancel == null ? () -> { } : cancel.onCancel(() -> closeQuietly(body));
                InputStream in = body;
                OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE)) {
            byte[] buf = new byte[64 * 1024];
            progress.update(0, total);
            for (int n; (n = readBlock(in, buf)) >= 0; ) {
                out.write(buf, 0, n);
                received += n;
                lastBlock.set(System.nanoTime());
                progress.update(received, total);
            }
            // a closed stream may end quietly: what closed it decides
            if (cancel != null && cancel.isCancelled()) {
                throw RemoteException.cancelled(host);
            }
            if (stalled.get()) {
                throw RemoteException.timedOut(host);
            }
            if (total >= 0 && received != total) {
                throw RemoteException.incomplete(host, received, total);
            }
            out.flush();
            try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            move(part, target);
            done = true;
            return new Download(target, received, mediaType(r.headers()), r.uri());
        } catch (BodyException e) {
            // the connection failed while reading: say why, in the order the user caused it
            if (cancel != null && cancel.isCancelled()) {
                throw RemoteException.cancelled(host);
            }
            if (stalled.get()) {
                throw RemoteException.timedOut(host);
            }
            LOG.log(Level.FINE, "download from " + host + " broke after " + received + " bytes", e.getCause());
            throw RemoteException.incomplete(host, received, total);
        } catch (IOException e) {
            // the local file could not be written
            LOG.log(Level.INFO, "cannot write " + part, e);
            throw RemoteException.noResponse(host, String.valueOf(e.getMessage()));
        } finally {
            watch.cancel(false);
            if (!done) {
                deleteQuietly(part);
            }
        }
    }

    /** A read failure of the response body, told apart from a failure to write the file. */
    private static final class BodyException extends IOException {
        private static final long serialVersionUID = 1L;

        BodyException(IOException cause) {
            super(cause);
        }
    }

    private static int readBlock(InputStream in, byte[] buf) throws BodyException {
        try {
            return in.read(buf);
        } catch (IOException e) {
            throw new BodyException(e);
        }
    }

    private HttpRequest prepare(HttpRequest.Builder request) {
        HttpRequest probe = request.build();
        if (probe.headers().firstValue("user-agent").isEmpty()) {
            request.setHeader("User-Agent", userAgent);
        }
        if (probe.timeout().isEmpty()) {
            request.timeout(requestTimeout);
        }
        return request.build();
    }

    private void pace(String host, Cancel cancel) throws RemoteException {
        Duration wait = pacing.reserve(host);
        if (wait.isZero()) {
            return;
        }
        try {
            if (cancel != null ? cancel.sleep(wait) : sleepPlain(wait)) {
                throw RemoteException.cancelled(host);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RemoteException.interrupted(host);
        }
    }

    private static boolean sleepPlain(Duration d) throws InterruptedException {
        Thread.sleep(d.toMillis());
        return false;
    }

    private <T> HttpResponse<T> await(CompletableFuture<HttpResponse<T>> future, String host, Cancel cancel) throws RemoteException {
        try (Cancel.Registration hook = cancel == null ? () -> { } : cancel.onCancel(() -> future.cancel(true))) {
            return future.get();
        } catch (CancellationException e) {
            throw RemoteException.cancelled(host);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw RemoteException.interrupted(host);
        } catch (ExecutionException e) {
            throw noResponse(host, e.getCause(), cancel);
        }
    }

    private static RemoteException noResponse(String host, Throwable cause, Cancel cancel) {
        if (cancel != null && cancel.isCancelled()) {
            return RemoteException.cancelled(host);
        }
        if (cause instanceof HttpTimeoutException) {
            return RemoteException.timedOut(host);
        }
        for (Throwable c = cause; c != null; c = c.getCause()) {
            if (c instanceof java.nio.channels.UnresolvedAddressException || c instanceof java.net.UnknownHostException) {
                return RemoteException.unknownHost(host);
            }
        }
        if (cause instanceof java.net.ConnectException || cause != null && cause.getCause() instanceof java.net.ConnectException) {
            return RemoteException.refused(host);
        }
        // the system's words, or (when it gave none) the kind of failure for the log only
        LOG.log(Level.FINE, "no response from " + host, cause);
        String what = cause == null ? null : cause.getMessage();
        return what == null || what.isBlank() ? RemoteException.lost(host) : RemoteException.noResponse(host, what);
    }

    private RemoteException failure(String host, int status, HttpHeaders headers, byte[] body) {
        String error = null;
        String message = null;
        String type = mediaType(headers);
        if (body.length > 0 && !type.contains("html") && !type.contains("xml")) {
            try {
                JsonNode n = Json.MAPPER.readTree(body);
                if (n != null && n.isObject()) {
                    String[] said = said(n);
                    error = said[0];
                    message = said[1];
                }
            } catch (IOException e) {
                String first = new String(body, charsetOf(headers)).strip().lines().findFirst().orElse("");
                message = first.isEmpty() ? null : first.substring(0, Math.min(200, first.length()));
            }
        }
        return new RemoteException(host, status, error, message, retryAfter(status, headers));
    }

    /**
     * The error name and the server's words from an error body, as each service writes it: XRPC
     * {@code {error, message}}; Mastodon and OAuth {@code {error, error_description}}; Unpaywall
     * {@code {error: true, message}}; X's problem details {@code {title, detail, type}} (or v1.1's
     * {@code {errors: [{code, message}]}}); LinkedIn {@code {message, serviceErrorCode, code}};
     * Meta's Graph API {@code {error: {message, type, code}}}.
     */
    static String[] said(JsonNode n) {
        JsonNode graph = n.get("error");
        if (graph != null && graph.isObject()) {
            String type = text(graph, "type");
            JsonNode code = graph.get("code");
            String name = type == null ? null : code != null && code.canConvertToInt() ? type + " " + code.asInt() : type;
            return new String[]{name, text(graph, "message")};
        }
        String error = text(n, "error");
        String message = Optional.ofNullable(text(n, "message")).or(() -> Optional.ofNullable(text(n, "error_description")))
                .orElse(text(n, "detail"));
        if (message == null && n.path("errors").isArray() && !n.path("errors").isEmpty()) {
            JsonNode first = n.path("errors").get(0);
            message = Optional.ofNullable(text(first, "message")).orElse(text(first, "detail"));
        }
        if (error == null) {
            error = Optional.ofNullable(text(n, "code")).orElse(text(n, "title"));
        }
        if (message == null && error != null && error.contains(" ")) {
            message = error;
            error = null;
        }
        return new String[]{error, message};
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
    }

    /**
     * {@code Retry-After} in seconds or as an HTTP date; else, on a 429, the end of the window in
     * epoch seconds: Bluesky's {@code ratelimit-reset}, X's {@code x-rate-limit-reset}.
     */
    Duration retryAfter(int status, HttpHeaders headers) {
        Optional<String> after = headers.firstValue("retry-after");
        Instant now = clock.instant();
        if (after.isPresent()) {
            String v = after.get().strip();
            try {
                return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
            } catch (NumberFormatException e) {
                try {
                    Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                    return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
                } catch (DateTimeParseException p) {
                    return null;
                }
            }
        }
        Optional<String> reset = headers.firstValue("ratelimit-reset").or(() -> headers.firstValue("x-rate-limit-reset"));
        if (status == 429 && reset.isPresent()) {
            try {
                Instant at = Instant.ofEpochSecond(Long.parseLong(reset.get().strip()));
                return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** The host (and port, when not the default) of a URI, for messages and pacing. */
    public static String hostOf(URI uri) {
        return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    static String mediaType(HttpHeaders headers) {
        String v = headers.firstValue("content-type").orElse("");
        int semi = v.indexOf(';');
        return (semi < 0 ? v : v.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    private static java.nio.charset.Charset charsetOf(HttpHeaders headers) {
        String v = headers.firstValue("content-type").orElse("");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)charset=\"?([\\w.-]+)").matcher(v);
        if (m.find()) {
            try {
                return java.nio.charset.Charset.forName(m.group(1));
            } catch (IllegalArgumentException e) {
                LOG.log(Level.FINE, "unknown charset " + m.group(1), e);
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing a response body", e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.log(Level.INFO, "cannot delete the partial download " + p, e);
        }
    }

    /** How the transport is made; every setting has a default. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(60);
        private Duration idleTimeout = Duration.ofSeconds(30);
        private Clock clock = Clock.systemUTC();
        private String userAgent = UserAgent.of(null);
        private Pacing pacing = Pacing.shared();

        private Builder() {
        }

        /** How long to wait for a connection (10 s). */
        public Builder connectTimeout(Duration d) {
            connectTimeout = d;
            return this;
        }

        /** How long to wait for a response's headers, or a whole small response (60 s). */
        public Builder requestTimeout(Duration d) {
            requestTimeout = d;
            return this;
        }

        /** How long a download may go without a byte before it is given up (30 s). */
        public Builder idleTimeout(Duration d) {
            idleTimeout = d;
            return this;
        }

        public Builder clock(Clock c) {
            clock = c;
            return this;
        }

        /** The header's value, from {@link UserAgent#of}. */
        public Builder userAgent(String ua) {
            userAgent = ua;
            return this;
        }

        /** The pacing to wait for ({@link Pacing#shared()} unless given). */
        public Builder pacing(Pacing p) {
            pacing = p;
            return this;
        }

        public HttpTransport build() {
            return new HttpTransport(this);
        }
    }
}
