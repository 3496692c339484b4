package dev.gloss.publish.impl.oauth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The loopback redirect of a native app's sign-in (RFC 8252 §7.3): a one-request HTTP listener on
 * {@code 127.0.0.1} that the browser is sent back to with {@code ?code=...&state=...} (or
 * {@code ?error=...}). A plain socket, not an HTTP server library, so it runs inside the
 * application's module system as it does headless; it answers the browser with a short page and
 * every other path (a favicon) with 404.
 * <pre>{@code
 * try (LoopbackReceiver r = LoopbackReceiver.open(0)) {
 *     URI redirect = r.redirectUri();          // http://127.0.0.1:49152/callback
 *     browser.open(authorizeUrl(redirect));
 *     LoopbackReceiver.Answer a = r.await(Duration.ofMinutes(5), cancelled);
 * }
 * }</pre>
 */
public final class LoopbackReceiver implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(LoopbackReceiver.class.getName());
    /** The path of the redirect URI. */
    public static final String PATH = "/callback";

    /** What the browser brought back: the query parameters of the redirect. */
    public record Answer(Map<String, String> parameters) {
        public String get(String name) {
            return parameters.get(name);
        }
    }

    private final ServerSocket socket;

    private LoopbackReceiver(ServerSocket socket) {
        this.socket = socket;
    }

    /**
     * Listens on {@code 127.0.0.1:port} (0: a free port the system picks, for providers that let
     * any loopback port through; a fixed one for those that match the registered URI exactly).
     *
     * @throws IOException when the port cannot be had (another program holds it)
     */
    public static LoopbackReceiver open(int port) throws IOException {
        ServerSocket s = new ServerSocket();
        try {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 8);
        } catch (IOException e) {
            s.close();
            throw e;
        }
        return new LoopbackReceiver(s);
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** {@code http://127.0.0.1:<port>/callback}: the redirect URI to register and send. */
    public URI redirectUri() {
        return URI.create("http://127.0.0.1:" + port() + PATH);
    }

    /**
     * Waits for the browser's redirect and answers it with {@code page} (given the answer, it
     * returns the HTML to show).
     *
     * @param cancelled asked about twice a second; true ends the wait
     * @return the redirect's parameters, or null when the time ran out or the wait was cancelled
     */
    public Answer await(Duration timeout, java.util.function.BooleanSupplier cancelled, Function<Answer, String> page)
            throws IOException {
        Instant until = Clock.systemUTC().instant().plus(timeout);
        socket.setSoTimeout(500);
        while (Clock.systemUTC().instant().isBefore(until)) {
            if (cancelled.getAsBoolean()) {
                return null;
            }
            Socket c;
            try {
                c = socket.accept();
            } catch (SocketTimeoutException e) {
                continue;
            }
            try (c) {
                c.setSoTimeout(5000);
                Answer a = handle(c, page);
                if (a != null) {
                    return a;
                }
            } catch (IOException e) {
                // a browser's speculative connection that closed without a request
                LOG.log(Level.FINE, "a loopback connection ended without a request", e);
            }
        }
        return null;
    }

    private static Answer handle(Socket c, Function<Answer, String> page) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.ISO_8859_1));
        String requestLine = in.readLine();
        if (requestLine == null) {
            return null;
        }
        for (String h = in.readLine(); h != null && !h.isEmpty(); h = in.readLine()) {
            // headers are not needed
        }
        String[] parts = requestLine.split(" ");
        URI target = parts.length >= 2 ? URI.create(parts[1]) : URI.create("/");
        OutputStream out = c.getOutputStream();
        if (!"GET".equals(parts[0]) || !PATH.equals(target.getRawPath())) {
            respond(out, 404, "Not Found", "");
            return null;
        }
        Answer a = new Answer(query(target.getRawQuery()));
        respond(out, 200, "OK", page.apply(a));
        return a;
    }

    private static void respond(OutputStream out, int status, String phrase, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + " " + phrase + "\r\n"
                + "Content-Type: text/html; charset=utf-8\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Cache-Control: no-store\r\n"
                + "Connection: close\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    /** The decoded parameters of a raw query string (the first of a repeated name wins). */
    public static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(k, v);
        }
        return out;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing the loopback listener", e);
        }
    }
}
