package dev.gloss.sources;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.gloss.workspace.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * arXiv's API, doi.org (with its redirects to Crossref and DataCite), Unpaywall, OpenReview,
 * the ACL Anthology and PDF hosts on one loopback port, answering as the real services do with
 * the fixtures under {@code fixtures/} (see the README there for the real request each
 * mirrors), with faults injected per path: a status with {@code Retry-After}, a connection
 * dropped mid-PDF, a server that is gone. Used by the sources tests and, through the test-jar,
 * by the CLI's and the desktop's.
 * <pre>{@code
 * try (ScholarlyServer s = ScholarlyServer.start()) {
 *     s.pdf("1706.03762v7", bytes);
 *     ws.saveSettings(s.settingsInto(ws.settings()));
 *     // gloss add arXiv:1706.03762 now talks to s
 * }
 * }</pre>
 */
public final class ScholarlyServer implements AutoCloseable {
    private static final String CSL = "application/vnd.citationstyles.csl+json";

    /** One request as it arrived. */
    public record Request(String method, String target, String accept, String userAgent, long nanos) {
    }

    private record Fault(int status, String retryAfter, String type, String body, boolean drop) {
    }

    private record File(String type, byte[] bytes) {
    }

    private final HttpServer server;
    private final Map<String, String> arxiv = new ConcurrentHashMap<>();
    private final Map<String, String[]> dois = new ConcurrentHashMap<>();
    private final Map<String, String> unpaywall = new ConcurrentHashMap<>();
    private final Map<String, File> files = new ConcurrentHashMap<>();
    private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private ScholarlyServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "scholarly-server");
            t.setDaemon(true);
            return t;
        }));
        arxiv.put("1706.03762", "arxiv-1706.03762.atom");
        arxiv.put("cond-mat/0102536", "arxiv-cond-mat-0102536.atom");
        dois.put("10.1109/tnse.2021.3126021", new String[]{"crossref", "crossref-10.1109-tnse.2021.3126021.json"});
        dois.put("10.48550/arxiv.1706.03762", new String[]{"datacite", "datacite-10.48550-arxiv.1706.03762.json"});
        dois.put("10.1038/nature12373", new String[]{"crossref", "crossref-10.1038-nature12373.json"});
        unpaywall.put("10.1038/nature12373", "unpaywall-10.1038-nature12373.json");
        files.put("/acl/N19-1423/", new File("text/html; charset=utf-8", fixture("acl-N19-1423.html")));
        files.put("/openreview/forum?id=q3KSThy2GwB", new File("text/html; charset=utf-8", fixture("openreview-q3KSThy2GwB.html")));
    }

    public static ScholarlyServer start() {
        try {
            ScholarlyServer s = new ScholarlyServer();
            s.server.start();
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:PORT/}. */
    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /**
     * Settings that send every request here: arXiv's pacing {@code interval}, the contact given
     * (null: none, so Unpaywall is not asked), and a mirror of nature.com (Unpaywall's PDF) here.
     */
    public SourceSettings settings(Duration interval, String contact) {
        URI b = base();
        return new SourceSettings(b.resolve("arxiv/api/query"), b.resolve("arxiv/pdf/"), interval, b.resolve("doi/"),
                b.resolve("unpaywall/v2/"), b.resolve("openreview/"), b.resolve("acl/"),
                Map.of("https://www.nature.com/", b.resolve("nature/").toString()), contact);
    }

    /** The workspace settings object with {@link #settings} written in (no pacing, contact set). */
    public ObjectNode settingsInto(ObjectNode settings) {
        return settings(Duration.ZERO, "reader@example.org").into(settings);
    }

    /** Serves {@code pdf} as arXiv's PDF of {@code versionedId} ({@code 1706.03762v7}). */
    public ScholarlyServer pdf(String versionedId, byte[] pdf) {
        return file("/arxiv/pdf/" + versionedId, "application/pdf", pdf);
    }

    /** Serves {@code bytes} at {@code path} (and its query, if any) with the media type given. */
    public ScholarlyServer file(String path, String type, byte[] bytes) {
        files.put(path, new File(type, bytes));
        return this;
    }

    /** arXiv's API answers {@code id} with the fixture {@code atomFixture}. */
    public ScholarlyServer arxiv(String id, String atomFixture) {
        arxiv.put(id, atomFixture);
        return this;
    }

    /** doi.org knows {@code doi}, registered with {@code agency} ({@code crossref} or {@code datacite}), answered by {@code cslFixture}. */
    public ScholarlyServer doi(String doi, String agency, String cslFixture) {
        dois.put(doi.toLowerCase(java.util.Locale.ROOT), new String[]{agency, cslFixture});
        return this;
    }

    /** The next {@code times} requests whose path starts with {@code prefix} answer {@code status}. */
    public ScholarlyServer fail(String prefix, int status, String retryAfter, String type, String body, int times) {
        for (int i = 0; i < times; i++) {
            faults.computeIfAbsent(prefix, k -> new ArrayDeque<>()).add(new Fault(status, retryAfter, type, body, false));
        }
        return this;
    }

    /** arXiv's rate limit: {@code 429}, {@code Retry-After}, the body {@code Rate exceeded.} */
    public ScholarlyServer rateLimit(String prefix, int seconds, int times) {
        return fail(prefix, 429, String.valueOf(seconds), "text/plain", "Rate exceeded.", times);
    }

    /** The next {@code times} answers under {@code prefix} announce the whole body, send a third, and drop the connection. */
    public ScholarlyServer drop(String prefix, int times) {
        for (int i = 0; i < times; i++) {
            faults.computeIfAbsent(prefix, k -> new ArrayDeque<>()).add(new Fault(200, null, null, null, true));
        }
        return this;
    }

    /** Every request so far, in order. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The requests whose target starts with {@code prefix}. */
    public List<Request> requests(String prefix) {
        return requests.stream().filter(r -> r.target().startsWith(prefix)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // ---- answering ------------------------------------------------------------------------------

    private void handle(HttpExchange ex) throws IOException {
        String target = ex.getRequestURI().getRawPath() + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
        requests.add(new Request(ex.getRequestMethod(), target, ex.getRequestHeaders().getFirst("Accept"),
                ex.getRequestHeaders().getFirst("User-Agent"), System.nanoTime()));
        try (ex) {
            Fault f = nextFault(target);
            if (f != null && !f.drop()) {
                if (f.retryAfter() != null) {
                    ex.getResponseHeaders().add("Retry-After", f.retryAfter());
                }
                send(ex, f.status(), f.type(), f.body().getBytes(StandardCharsets.UTF_8));
                return;
            }
            File file = files.get(target);
            if (file == null && target.startsWith("/arxiv/api/query")) {
                file = arxivAnswer(ex.getRequestURI().getRawQuery());
            } else if (file == null && target.startsWith("/doi/")) {
                redirectDoi(ex, decode(ex.getRequestURI().getRawPath().substring("/doi/".length())));
                return;
            } else if (file == null && target.startsWith("/crossref/v1/works/")) {
                String doi = decode(ex.getRequestURI().getRawPath().substring("/crossref/v1/works/".length()).replaceFirst("/transform$", ""));
                file = csl(doi);
            } else if (file == null && target.startsWith("/datacite/dois/application/vnd.citationstyles.csl+json/")) {
                file = csl(decode(ex.getRequestURI().getRawPath().substring("/datacite/dois/application/vnd.citationstyles.csl+json/".length())));
            } else if (file == null && target.startsWith("/unpaywall/v2/")) {
                String doi = decode(ex.getRequestURI().getRawPath().substring("/unpaywall/v2/".length()));
                String name = unpaywall.get(doi.toLowerCase(java.util.Locale.ROOT));
                if (name == null) {
                    send(ex, 404, "application/json", new String(fixture("unpaywall-404.json"), StandardCharsets.UTF_8)
                            .replace("{DOI}", doi).getBytes(StandardCharsets.UTF_8));
                    return;
                }
                file = new File("application/json", fixture(name));
            }
            if (file == null) {
                send(ex, 404, "text/html", "<html><head><title>404 Not Found</title></head><body>Not Found</body></html>"
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (f != null && f.drop()) {
                ex.getResponseHeaders().add("Content-Type", file.type());
                ex.sendResponseHeaders(200, file.bytes().length);
                OutputStream out = ex.getResponseBody();
                out.write(file.bytes(), 0, file.bytes().length / 3);
                out.flush();
                return; // closing the exchange short of the announced length drops the connection
            }
            send(ex, 200, file.type(), file.bytes());
        } catch (IOException | RuntimeException e) {
            // the client went away (a cancel, a drop of our own): nothing to answer
            java.util.logging.Logger.getLogger(ScholarlyServer.class.getName()).log(java.util.logging.Level.FINE, target, e);
        }
    }

    private Fault nextFault(String target) {
        for (Map.Entry<String, Deque<Fault>> e : faults.entrySet()) {
            if (target.startsWith(e.getKey())) {
                synchronized (e.getValue()) {
                    Fault f = e.getValue().poll();
                    if (f != null) {
                        return f;
                    }
                }
            }
        }
        return null;
    }

    private File arxivAnswer(String rawQuery) {
        String id = "";
        for (String kv : (rawQuery == null ? "" : rawQuery).split("&")) {
            if (kv.startsWith("id_list=")) {
                id = decode(kv.substring("id_list=".length()));
            }
        }
        String plain = id.replaceFirst("v\\d+$", "");
        String name = arxiv.get(plain);
        if (name != null) {
            return new File("application/atom+xml; charset=utf-8", fixture(name));
        }
        boolean wellFormed = plain.matches("\\d{4}\\.\\d{4,5}") || plain.matches("[a-z-]+(\\.[A-Z]{2})?/\\d{7}");
        String answer = new String(fixture(wellFormed ? "arxiv-empty.atom" : "arxiv-error.atom"), StandardCharsets.UTF_8)
                .replace("{ID}", id);
        return new File("application/atom+xml; charset=utf-8", answer.getBytes(StandardCharsets.UTF_8));
    }

    /** doi.org: 302 to the registration agency's CSL-JSON when asked for it; 404 for an unknown DOI. */
    private void redirectDoi(HttpExchange ex, String doi) throws IOException {
        String[] known = dois.get(doi.toLowerCase(java.util.Locale.ROOT));
        String accept = String.valueOf(ex.getRequestHeaders().getFirst("Accept"));
        if (known == null) {
            send(ex, 404, "text/html;charset=utf-8", ("<html><head><title>Error: DOI Not Found</title></head><body>DOI Not Found: "
                    + doi + "</body></html>").getBytes(StandardCharsets.UTF_8));
            return;
        }
        String location = !accept.contains(CSL) ? base() + "landing/" + doi
                : known[0].equals("crossref") ? base() + "crossref/v1/works/" + Sources.encPath(doi) + "/transform"
                : base() + "datacite/dois/" + CSL + "/" + Sources.encPath(doi);
        ex.getResponseHeaders().add("Location", location);
        send(ex, 302, "text/html;charset=utf-8", ("<html><head><title>Handle Redirect</title></head><body><a href=\"" + location
                + "\">" + location + "</a></body></html>").getBytes(StandardCharsets.UTF_8));
    }

    private File csl(String doi) {
        String[] known = dois.get(doi.toLowerCase(java.util.Locale.ROOT));
        return known == null ? null : new File(CSL, fixture(known[1]));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        if (type != null) {
            ex.getResponseHeaders().add("Content-Type", type);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** A fixture's bytes. */
    public static byte[] fixture(String name) {
        try (InputStream in = ScholarlyServer.class.getResourceAsStream("fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the services on their own (to try the desktop by hand): serves arXiv's "Attention Is
     * All You Need" v5 and v7, writes the settings into the workspace folder given, and waits.
     */
    public static void main(String[] args) throws Exception {
        ScholarlyServer s = start();
        s.pdf("1706.03762v5", PaperPdfs.attention(5)).pdf("1706.03762v7", PaperPdfs.attention(7));
        if (args.length > 0) {
            dev.gloss.workspace.Workspace ws = dev.gloss.workspace.Workspace.open(java.nio.file.Path.of(args[0]));
            ws.saveSettings(s.settingsInto(ws.settings()));
        }
        System.out.println("ScholarlyServer at " + s.base());
        Thread.currentThread().join();
    }

    /** The settings of {@code ws}'s {@code gloss.json} pointing here, as JSON text (for a CLI test's workspace). */
    public String settingsJson() {
        return Json.compact(settingsInto(Json.MAPPER.createObjectNode()));
    }
}
