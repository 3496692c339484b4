package dev.gloss.publish.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.workspace.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Sends requests and turns every failure into a {@link RemoteException}: no response (timeout,
 * refused, reset) or an error status with the server's message and {@code Retry-After}.
 * HTTP/1.1 only, so plain-http loopback servers see no h2c upgrade attempts.
 */
public final class HttpTransport {
    private final HttpClient client;
    private final Duration requestTimeout;
    private final Clock clock;

    /**
     * @param connectTimeout how long to wait for a connection
     * @param requestTimeout how long to wait for a whole response
     */
    public HttpTransport(Duration connectTimeout, Duration requestTimeout, Clock clock) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.requestTimeout = requestTimeout;
        this.clock = clock;
    }

    /** 10 s to connect, 60 s for a response. */
    public static HttpTransport standard(Clock clock) {
        return new HttpTransport(Duration.ofSeconds(10), Duration.ofSeconds(60), clock);
    }

    /** A received response with a 2xx status. */
    public record Response(int status, HttpHeaders headers, byte[] body) {
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
    }

    /**
     * Sends a request (the timeout is added here).
     *
     * @throws RemoteException when no response arrives or its status is not 2xx
     */
    public Response send(HttpRequest.Builder request) throws RemoteException {
        HttpRequest req = request.timeout(requestTimeout).build();
        String host = hostOf(req.uri());
        HttpResponse<byte[]> r;
        try {
            r = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw RemoteException.timedOut(host);
        } catch (java.net.ConnectException e) {
            throw RemoteException.refused(host);
        } catch (IOException e) {
            // the system's words, or (when it gave none) the kind of failure for the log only
            java.util.logging.Logger.getLogger(HttpTransport.class.getName()).log(java.util.logging.Level.FINE, "no response from " + host, e);
            throw e.getMessage() == null || e.getMessage().isBlank() ? RemoteException.lost(host) : RemoteException.noResponse(host, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RemoteException.interrupted(host);
        }
        if (r.statusCode() / 100 == 2) {
            return new Response(r.statusCode(), r.headers(), r.body());
        }
        throw failure(host, r.statusCode(), r.headers(), r.body());
    }

    private RemoteException failure(String host, int status, HttpHeaders headers, byte[] body) {
        String error = null;
        String message = null;
        try {
            JsonNode n = body.length == 0 ? null : Json.MAPPER.readTree(body);
            if (n != null && n.isObject()) {
                String[] said = said(n);
                error = said[0];
                message = said[1];
            }
        } catch (IOException e) {
            String first = new String(body, StandardCharsets.UTF_8).strip().lines().findFirst().orElse("");
            message = first.isEmpty() ? null : first.substring(0, Math.min(200, first.length()));
        }
        return new RemoteException(host, status, error, message, retryAfter(status, headers));
    }

    /**
     * The error name and the server's words from an error body, as each service writes it: XRPC
     * {@code {error, message}}; Mastodon and OAuth {@code {error, error_description}}; X's problem
     * details {@code {title, detail, type}} (or v1.1's {@code {errors: [{code, message}]}});
     * LinkedIn {@code {message, serviceErrorCode, code}}; Meta's Graph API {@code {error: {message,
     * type, code}}}.
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

    /** The host (and port, when not the default) of a URI, for messages. */
    public static String hostOf(URI uri) {
        return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }
}
