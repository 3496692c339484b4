package dev.gloss.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one client against a real local HTTP server: headers, statuses, downloads that fail in each way, cancel, pacing, proxies. */
class HttpTransportTest {
    @TempDir
    Path dir;

    private HttpServer server;
    private final List<String> agents = new CopyOnWriteArrayList<>();
    private final List<Long> arrivals = new CopyOnWriteArrayList<>();
    private final byte[] pdf = new byte[300_000];

    @BeforeEach
    void start() throws IOException {
        new Random(7).nextBytes(pdf);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 9);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hello", ex -> {
            agents.add(ex.getRequestHeaders().getFirst("User-Agent"));
            arrivals.add(System.nanoTime());
            reply(ex, 200, "text/plain; charset=UTF-8", "hello".getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/limited", ex -> {
            ex.getResponseHeaders().add("Retry-After", "2");
            reply(ex, 429, "text/plain", "Rate exceeded.".getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/down", ex -> reply(ex, 503, "text/html",
                "<!DOCTYPE html>\n<html><head><title>503</title></head><body>503</body></html>".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/paper.pdf", ex -> reply(ex, 200, "application/pdf", pdf));
        server.createContext("/dropped.pdf", ex -> {
            // announces the whole file, sends a third of it, and closes the connection
            ex.getResponseHeaders().add("Content-Type", "application/pdf");
            ex.sendResponseHeaders(200, pdf.length);
            OutputStream out = ex.getResponseBody();
            out.write(pdf, 0, pdf.length / 3);
            out.flush();
            closeConnection(ex);
        });
        server.createContext("/slow.pdf", ex -> {
            // trickles the file: 1 KB every 50 ms
            ex.getResponseHeaders().add("Content-Type", "application/pdf");
            ex.sendResponseHeaders(200, pdf.length);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < pdf.length; i += 1024) {
                    out.write(pdf, i, Math.min(1024, pdf.length - i));
                    out.flush();
                    Thread.sleep(50);
                }
            } catch (IOException | InterruptedException e) {
                closeConnection(ex);
            }
        });
        server.createContext("/stalled.pdf", ex -> {
            ex.getResponseHeaders().add("Content-Type", "application/pdf");
            ex.sendResponseHeaders(200, pdf.length);
            OutputStream out = ex.getResponseBody();
            out.write(pdf, 0, 4096);
            out.flush();
            try {
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            closeConnection(ex);
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void reply(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    /** Drops the connection under the exchange (what a server that dies mid-answer does). */
    private static void closeConnection(HttpExchange ex) {
        ex.close();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private HttpTransport transport() {
        return HttpTransport.builder().userAgent(UserAgent.of("reader@example.org"))
                .idleTimeout(Duration.ofMillis(700)).pacing(new Pacing(Clock.systemUTC())).build();
    }

    @Test
    void everyRequestNamesGlossItsVersionAndTheContact() throws Exception {
        HttpTransport http = transport();
        HttpTransport.Response r = http.send(HttpRequest.newBuilder(uri("/hello")));
        assertEquals("hello", r.text());
        assertEquals("text/plain", r.contentType());
        String ua = agents.get(0);
        assertTrue(ua.matches("Gloss/[0-9][^ ]* \\(mailto:reader@example\\.org\\)"), ua);
        assertEquals("Gloss/" + UserAgent.version(), UserAgent.of(" "));
    }

    @Test
    void aRateLimitCarriesTheWaitTheServerAskedForAndRetryHonoursIt() throws Exception {
        HttpTransport http = transport();
        RemoteException e = assertThrows(RemoteException.class, () -> http.send(HttpRequest.newBuilder(uri("/limited"))));
        assertEquals(429, e.status());
        assertEquals(Duration.ofSeconds(2), e.retryAfter());
        assertEquals("Rate exceeded.", e.serverMessage());
        assertTrue(e.isTransient());

        List<Duration> waits = new ArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        Retry retry = new Retry(3, Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofMinutes(1), waits::add);
        String out = retry.run(() -> calls.incrementAndGet() < 2 ? http.send(HttpRequest.newBuilder(uri("/limited"))).text()
                : http.send(HttpRequest.newBuilder(uri("/hello"))).text());
        assertEquals("hello", out);
        assertEquals(List.of(Duration.ofSeconds(2)), waits, "the server's Retry-After, not the backoff");
    }

    @Test
    void anHtmlErrorPageIsNotTakenForTheServersWords() {
        RemoteException e = assertThrows(RemoteException.class, () -> transport().send(HttpRequest.newBuilder(uri("/down"))));
        assertEquals(503, e.status());
        assertNull(e.serverMessage());
        assertEquals(RemoteException.Reason.STATUS, e.reason());
    }

    @Test
    void aRefusedConnectionIsOneClearReason() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        RemoteException e = assertThrows(RemoteException.class,
                () -> transport().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/x"))));
        assertEquals(RemoteException.Reason.CONNECTION_REFUSED, e.reason());
        assertTrue(e.isTransient());
    }

    @Test
    void aWholeDownloadLandsAndReportsItsProgress() throws Exception {
        Path target = dir.resolve("paper.pdf");
        List<Long> seen = new CopyOnWriteArrayList<>();
        HttpTransport.Download d = transport().download(HttpRequest.newBuilder(uri("/paper.pdf")), target,
                (got, of) -> {
                    assertEquals(pdf.length, of);
                    seen.add(got);
                }, new Cancel());
        assertArrayEquals(pdf, Files.readAllBytes(target));
        assertEquals(pdf.length, d.bytes());
        assertEquals("application/pdf", d.contentType());
        assertEquals(pdf.length, seen.get(seen.size() - 1));
        assertEquals(List.of(target), listed());
    }

    @Test
    void aConnectionDroppedMidFileLeavesNothingBehind() throws Exception {
        Path target = dir.resolve("paper.pdf");
        RemoteException e = assertThrows(RemoteException.class, () -> transport().download(
                HttpRequest.newBuilder(uri("/dropped.pdf")), target, HttpTransport.Progress.NONE, new Cancel()));
        assertEquals(RemoteException.Reason.INCOMPLETE, e.reason(), e.getMessage());
        assertEquals(pdf.length, ((Number) e.args().get(2)).longValue());
        assertTrue(((Number) e.args().get(1)).longValue() < pdf.length);
        assertTrue(e.isTransient());
        assertEquals(List.of(), listed(), "no file and no .part left");
    }

    @Test
    void aCancelledDownloadStopsAtOnceAndLeavesNothingBehind() throws Exception {
        Path target = dir.resolve("paper.pdf");
        Cancel cancel = new Cancel();
        CountDownLatch started = new CountDownLatch(1);
        Thread canceller = new Thread(() -> {
            try {
                started.await(5, TimeUnit.SECONDS);
                cancel.cancel();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        canceller.start();
        long t0 = System.nanoTime();
        RemoteException e = assertThrows(RemoteException.class, () -> transport().download(
                HttpRequest.newBuilder(uri("/slow.pdf")), target, (got, of) -> {
                    if (got > 8 * 1024) {
                        started.countDown();
                    }
                }, cancel));
        assertEquals(RemoteException.Reason.CANCELLED, e.reason());
        assertTrue(e.isCancelled());
        assertFalse(e.isTransient());
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(10), "stopped long before the file would have ended");
        assertEquals(List.of(), listed());
    }

    @Test
    void aStalledDownloadTimesOutAndLeavesNothingBehind() throws Exception {
        Path target = dir.resolve("paper.pdf");
        RemoteException e = assertThrows(RemoteException.class, () -> transport().download(
                HttpRequest.newBuilder(uri("/stalled.pdf")), target, HttpTransport.Progress.NONE, null));
        assertEquals(RemoteException.Reason.TIMED_OUT, e.reason());
        assertEquals(List.of(), listed());
    }

    @Test
    void aCancelBeforeTheRequestGoesSendsNothing() {
        Cancel cancel = new Cancel();
        cancel.cancel();
        RemoteException e = assertThrows(RemoteException.class, () -> transport().send(HttpRequest.newBuilder(uri("/hello")), cancel));
        assertEquals(RemoteException.Reason.CANCELLED, e.reason());
    }

    @Test
    void aPacedHostGetsOneRequestPerInterval() throws Exception {
        HttpTransport http = transport();
        http.pacing().interval(HttpTransport.hostOf(uri("/")), Duration.ofMillis(400));
        for (int i = 0; i < 3; i++) {
            http.send(HttpRequest.newBuilder(uri("/hello")));
        }
        assertEquals(3, arrivals.size());
        for (int i = 1; i < 3; i++) {
            long gap = TimeUnit.NANOSECONDS.toMillis(arrivals.get(i) - arrivals.get(i - 1));
            // measured where they arrive: a loaded machine may delay one request's arrival, not its departure
            assertTrue(gap >= 300, "gap " + gap + " ms");
        }
    }

    @Test
    void pacingReservesTheNextFreeMomentForEachHost() {
        MutableClock clock = new MutableClock();
        Pacing p = new Pacing(clock);
        p.interval("export.arxiv.org", Duration.ofSeconds(3));
        assertEquals(Duration.ZERO, p.reserve("export.arxiv.org"));
        assertEquals(Duration.ofSeconds(3), p.reserve("export.arxiv.org"));
        assertEquals(Duration.ofSeconds(6), p.reserve("export.arxiv.org"), "the third waits behind the second");
        assertEquals(Duration.ZERO, p.reserve("doi.org"), "another host is not paced");
        clock.now += 10_000;
        assertEquals(Duration.ZERO, p.reserve("export.arxiv.org"));
    }

    @Test
    void requestsGoThroughThePlatformsProxySelector() throws Exception {
        // a "proxy" that answers every request itself: the client sends it the absolute URI
        HttpServer proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        List<String> proxied = new CopyOnWriteArrayList<>();
        proxy.createContext("/", ex -> {
            proxied.add(ex.getRequestURI().toString());
            reply(ex, 200, "text/plain", "via proxy".getBytes(StandardCharsets.UTF_8));
        });
        proxy.start();
        ProxySelector before = ProxySelector.getDefault();
        HttpTransport http = transport(); // made before the platform sets its selector, as in the desktop
        try {
            ProxySelector.setDefault(new ProxySelector() {
                @Override
                public List<Proxy> select(URI u) {
                    return List.of(new Proxy(Proxy.Type.HTTP, proxy.getAddress()));
                }

                @Override
                public void connectFailed(URI u, SocketAddress sa, IOException ioe) {
                }
            });
            String answer = http.send(HttpRequest.newBuilder(URI.create("http://papers.invalid/abs/1706.03762"))).text();
            assertEquals("via proxy", answer);
            assertEquals(List.of("http://papers.invalid/abs/1706.03762"), proxied);
        } finally {
            ProxySelector.setDefault(before);
            proxy.stop(0);
        }
    }

    @Test
    void everyReasonHasASentence() throws IOException {
        java.util.Properties p = new java.util.Properties();
        try (var in = RemoteException.class.getResourceAsStream("Reasons.properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (RemoteException.Reason r : RemoteException.Reason.values()) {
            String line = p.getProperty("RemoteException." + r.name());
            assertTrue(line != null && !line.isBlank(), r.name());
            new java.text.MessageFormat(line); // parses
        }
    }

    private List<Path> listed() throws IOException {
        try (var s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private static final class MutableClock extends Clock {
        long now = 1_000_000;

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return java.time.Instant.ofEpochMilli(now);
        }
    }
}
