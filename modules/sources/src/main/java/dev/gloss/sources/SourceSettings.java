package dev.gloss.sources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gloss.workspace.Json;
import dev.gloss.workspace.Workspace;
import java.net.URI;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where Gloss asks for papers, from the workspace's {@code gloss.json}, so tests, institutional
 * mirrors and self-hosted caches can point elsewhere:
 * <pre>
 * "settings": {
 *   "network": { "contact": "you@example.org" },
 *   "sources": {
 *     "arxivApi": "https://export.arxiv.org/api/query",
 *     "arxivPdf": "https://arxiv.org/pdf/",
 *     "arxivInterval": 3,
 *     "doiResolver": "https://doi.org/",
 *     "unpaywall": "https://api.unpaywall.org/v2/",
 *     "openReview": "https://openreview.net/",
 *     "aclAnthology": "https://aclanthology.org/",
 *     "mirrors": { "https://www.nature.com/": "https://mirror.example.org/nature/" }
 *   }
 * }
 * </pre>
 * Every key is optional. {@code mirrors} rewrites the start of any other address Gloss fetches
 * (a publisher's PDF, Unpaywall's answer); {@code arxivInterval} is the seconds between two
 * requests to arXiv (its API asks for three).
 *
 * @param contact       an e-mail address for the User-Agent and Unpaywall, or null
 */
public record SourceSettings(URI arxivApi, URI arxivPdf, Duration arxivInterval, URI doiResolver, URI unpaywall,
        URI openReview, URI aclAnthology, Map<String, String> mirrors, String contact) {

    public static final URI ARXIV_API = URI.create("https://export.arxiv.org/api/query");
    public static final URI ARXIV_PDF = URI.create("https://arxiv.org/pdf/");
    public static final URI DOI_RESOLVER = URI.create("https://doi.org/");
    public static final URI UNPAYWALL = URI.create("https://api.unpaywall.org/v2/");
    public static final URI OPENREVIEW = URI.create("https://openreview.net/");
    public static final URI ACL_ANTHOLOGY = URI.create("https://aclanthology.org/");

    public SourceSettings {
        mirrors = mirrors == null ? Map.of() : Map.copyOf(mirrors);
        contact = contact == null || contact.isBlank() ? null : contact.strip();
    }

    /** The public services, three seconds between arXiv requests, no contact. */
    public static SourceSettings defaults() {
        return new SourceSettings(ARXIV_API, ARXIV_PDF, Duration.ofSeconds(3), DOI_RESOLVER, UNPAYWALL, OPENREVIEW,
                ACL_ANTHOLOGY, Map.of(), null);
    }

    /** The workspace's settings; a key that is missing or unreadable keeps its default. */
    public static SourceSettings of(Workspace ws) {
        return of(ws.settings());
    }

    /** The settings object of {@code gloss.json}. */
    public static SourceSettings of(JsonNode settings) {
        JsonNode s = settings.path("sources");
        SourceSettings d = defaults();
        Map<String, String> mirrors = new LinkedHashMap<>();
        s.path("mirrors").fields().forEachRemaining(e -> {
            if (e.getValue().isTextual()) {
                mirrors.put(e.getKey(), e.getValue().asText());
            }
        });
        Duration interval = d.arxivInterval();
        if (s.path("arxivInterval").isNumber()) {
            interval = Duration.ofMillis(Math.max(0, Math.round(s.path("arxivInterval").asDouble() * 1000)));
        }
        return new SourceSettings(uri(s, "arxivApi", d.arxivApi()), folder(uri(s, "arxivPdf", d.arxivPdf())), interval,
                folder(uri(s, "doiResolver", d.doiResolver())), folder(uri(s, "unpaywall", d.unpaywall())),
                folder(uri(s, "openReview", d.openReview())), folder(uri(s, "aclAnthology", d.aclAnthology())), mirrors,
                settings.path("network").path("contact").asText(null));
    }

    /** These settings written into a copy of the workspace's settings object. */
    public ObjectNode into(ObjectNode settings) {
        ObjectNode out = settings.deepCopy();
        ObjectNode s = out.putObject("sources");
        s.put("arxivApi", arxivApi.toString());
        s.put("arxivPdf", arxivPdf.toString());
        s.put("arxivInterval", arxivInterval.toMillis() / 1000.0);
        s.put("doiResolver", doiResolver.toString());
        s.put("unpaywall", unpaywall.toString());
        s.put("openReview", openReview.toString());
        s.put("aclAnthology", aclAnthology.toString());
        ObjectNode m = s.putObject("mirrors");
        mirrors.forEach(m::put);
        ObjectNode net = out.has("network") && out.get("network").isObject() ? (ObjectNode) out.get("network") : out.putObject("network");
        if (contact == null) {
            net.remove("contact");
        } else {
            net.put("contact", contact);
        }
        return out;
    }

    /** A copy with another contact address. */
    public SourceSettings withContact(String newContact) {
        return new SourceSettings(arxivApi, arxivPdf, arxivInterval, doiResolver, unpaywall, openReview, aclAnthology, mirrors,
                newContact);
    }

    /** A copy with one more mirror: addresses starting with {@code prefix} are fetched from {@code replacement} instead. */
    public SourceSettings withMirror(String prefix, String replacement) {
        Map<String, String> m = new LinkedHashMap<>(mirrors);
        m.put(prefix, replacement);
        return new SourceSettings(arxivApi, arxivPdf, arxivInterval, doiResolver, unpaywall, openReview, aclAnthology, m, contact);
    }

    /** {@code uri} with the longest matching mirror prefix replaced; itself when none matches. */
    public URI mirrored(URI uri) {
        String u = uri.toString();
        return mirrors.entrySet().stream().filter(e -> u.startsWith(e.getKey()))
                .max(Comparator.comparingInt(e -> e.getKey().length()))
                .map(e -> URI.create(e.getValue() + u.substring(e.getKey().length())))
                .orElse(uri);
    }

    private static URI uri(JsonNode s, String key, URI fallback) {
        JsonNode v = s.path(key);
        if (!v.isTextual() || v.asText().isBlank()) {
            return fallback;
        }
        try {
            URI u = new URI(v.asText().strip());
            return u.getScheme() != null && u.getHost() != null ? u : fallback;
        } catch (java.net.URISyntaxException e) {
            return fallback;
        }
    }

    /** A base that others are appended to ends with a slash. */
    private static URI folder(URI u) {
        String s = u.toString();
        return s.endsWith("/") ? u : URI.create(s + "/");
    }

    @Override
    public String toString() {
        return Json.compact(into(Json.MAPPER.createObjectNode()));
    }
}
