package dev.gloss.sources;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.net.Cancel;
import dev.gloss.net.HttpTransport;
import dev.gloss.net.RemoteException;
import dev.gloss.net.Retry;
import dev.gloss.net.UserAgent;
import dev.gloss.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Papers from the network: an {@link Identifier} resolved to what its source says
 * ({@link SourceMetadata}) and the open-access PDFs to try, then one of them fetched into a
 * folder. arXiv ids through arXiv's API (at most one request per {@code arxivInterval}); DOIs
 * by content negotiation at the DOI resolver (Crossref's or DataCite's CSL-JSON; arXiv's own
 * DOIs through arXiv too), their PDF from arXiv, Unpaywall (when a contact address is set) or
 * the publisher's full-text link; OpenReview and ACL Anthology pages and any other page through
 * their {@code citation_*} tags; a PDF's address as it is. Every address comes from
 * {@link SourceSettings} (and its mirrors). Pure: no windowing, no workspace writes, so the
 * desktop, the CLI and a reference card's "Add to Library" all call the same thing.
 * <pre>{@code
 * Sources sources = Sources.forWorkspace(ws);
 * Sources.Resolved r = sources.resolve(Identifiers.parse("arXiv:1706.03762"), cancel);
 * Sources.Fetched f = sources.fetch(r, tempFolder, (got, of) -> progress(got, of), cancel);
 * // f.pdf() is whole (never part of a file); f.metadata() is what arXiv says
 * }</pre>
 * Thread-safe.
 */
public final class Sources {
    private static final Logger LOG = Logger.getLogger(Sources.class.getName());
    private static final String CSL = "application/vnd.citationstyles.csl+json";
    /** Pages larger than this are not read as HTML (they are not a paper's page). */
    private static final long PAGE_LIMIT = 8L * 1024 * 1024;
    /** An arXiv PDF's path ends in its versioned id: {@code /pdf/1706.03762v7}, {@code /pdf/hep-th/9901001v2}. */
    private static final java.util.regex.Pattern ARXIV_PDF = java.util.regex.Pattern.compile(
            "/pdf/(?:\\d{4}\\.\\d{4,5}|[a-z-]+(?:\\.[A-Z]{2})?/\\d{7})v\\d+(?:\\.pdf)?$");

    private final SourceSettings settings;
    private final HttpTransport http;
    private final Retry retry;

    /** The PDF addresses to try, in order, and which road each is ({@code arxiv}, {@code unpaywall}, {@code publisher}, {@code page}, {@code link}). */
    public record PdfLink(URI uri, String from) {
    }

    /**
     * What an identifier names.
     *
     * @param metadata what the source says; null for a bare web address until it is fetched
     * @param pdfs     where its PDF may be had, best first
     * @param note     why there is no PDF to try (a reason with no values), or null
     */
    public record Resolved(Identifier identifier, SourceMetadata metadata, List<PdfLink> pdfs, SourceException.Reason note) {
        public Resolved {
            pdfs = List.copyOf(pdfs);
        }
    }

    /**
     * A fetched paper: its PDF, whole, in the folder given, and what is known of it.
     *
     * @param metadata what the source says (a page's tags for a web address), or null when only the PDF speaks
     * @param pdfUrl   where the PDF came from
     * @param pdfFrom  which road: {@code arxiv}, {@code unpaywall}, {@code publisher}, {@code page}, {@code link}
     */
    public record Fetched(Identifier identifier, SourceMetadata metadata, Path pdf, URI pdfUrl, String pdfFrom) {
    }

    public Sources(SourceSettings settings, HttpTransport http, Retry retry) {
        this.settings = settings;
        this.http = http;
        this.retry = retry;
        http.pacing().interval(HttpTransport.hostOf(settings.arxivApi()), settings.arxivInterval());
        http.pacing().interval(HttpTransport.hostOf(settings.arxivPdf()), settings.arxivInterval());
    }

    /** The workspace's settings, Gloss's User-Agent with the contact, standard retries. */
    public static Sources forWorkspace(Workspace ws) {
        SourceSettings s = SourceSettings.of(ws);
        return new Sources(s, HttpTransport.shared(UserAgent.of(s.contact())), Retry.standard());
    }

    public SourceSettings settings() {
        return settings;
    }

    // ---- resolving ----------------------------------------------------------------------------

    /**
     * What {@code id} names and where its PDF may be had; nothing is downloaded yet (a bare web
     * address is looked at only by {@link #fetch}).
     *
     * @throws SourceException an unknown id, a service that did not answer, a cancel
     */
    public Resolved resolve(Identifier id, Cancel cancel) throws SourceException {
        if (id instanceof Identifier.Arxiv a) {
            SourceMetadata m = arxiv(a.id(), cancel);
            int version = a.version() != null ? a.version() : m.version() != null ? m.version() : 1;
            if (m.version() != null && version > m.version()) {
                throw new SourceException(SourceException.Reason.NO_SUCH_VERSION, a.id(), version, m.version());
            }
            return new Resolved(id, m, List.of(new PdfLink(arxivPdf(a.id(), version), "arxiv")), null);
        }
        if (id instanceof Identifier.Doi d) {
            return resolveDoi(d, cancel);
        }
        if (id instanceof Identifier.OpenReview o) {
            URI page = settings.openReview().resolve("forum?id=" + enc(o.id()));
            LandingPage p = page(page, Origin.OPENREVIEW, Origin.OPENREVIEW.shown(), cancel);
            URI pdf = p.pdf() != null ? settings.mirrored(p.pdf()) : settings.openReview().resolve("pdf?id=" + enc(o.id()));
            SourceMetadata m = p.metadata() == null ? null : withLink(p.metadata(), o.shown());
            return new Resolved(id, m, List.of(new PdfLink(pdf, "page")), null);
        }
        if (id instanceof Identifier.Acl a) {
            URI page = settings.aclAnthology().resolve(a.id() + "/");
            LandingPage p = page(page, Origin.ACL, Origin.ACL.shown(), cancel);
            URI pdf = p.pdf() != null ? settings.mirrored(p.pdf()) : settings.aclAnthology().resolve(a.id() + ".pdf");
            SourceMetadata m = p.metadata() == null ? null : withLink(p.metadata(), a.shown());
            return new Resolved(id, m, List.of(new PdfLink(pdf, "page")), null);
        }
        Identifier.Web w = (Identifier.Web) id;
        return new Resolved(id, null, List.of(new PdfLink(settings.mirrored(w.uri()), "link")), null);
    }

    /**
     * What the source says about {@code id}, without looking for a PDF: for a check of a newer
     * arXiv version, or to fill in a paper imported from a file whose text names an id.
     */
    public SourceMetadata details(Identifier id, Cancel cancel) throws SourceException {
        if (id instanceof Identifier.Arxiv a) {
            return arxiv(a.id(), cancel);
        }
        if (id instanceof Identifier.Doi d) {
            return resolveDoi(d, cancel).metadata();
        }
        Resolved r = resolve(id, cancel);
        if (r.metadata() == null) {
            throw new SourceException(SourceException.Reason.NO_PAPER_ON_PAGE, id.shown());
        }
        return r.metadata();
    }

    private Resolved resolveDoi(Identifier.Doi d, Cancel cancel) throws SourceException {
        String arxivId = d.arxivId();
        JsonNode csl = null;
        SourceMetadata fromDoi = null;
        try {
            HttpTransport.Response r = get(settings.doiResolver().resolve(encPath(d.doi())), CSL, "doi.org", cancel);
            csl = r.json();
            fromDoi = Csl.parse(csl, d.doi(), r.uri());
        } catch (SourceException e) {
            // arXiv's own DOIs still resolve through arXiv when the DOI resolver is away
            if (arxivId == null || e.isCancelled()) {
                throw e;
            }
            LOG.log(Level.INFO, "doi.org did not answer for {0} ({1}); asking arXiv", new Object[]{d.doi(), e.getMessage()});
        }
        if (arxivId != null) {
            SourceMetadata fromArxiv = arxiv(arxivId, cancel);
            SourceMetadata merged = withDoi(fromArxiv.orElse(fromDoi), d.doi());
            int version = fromArxiv.version() == null ? 1 : fromArxiv.version();
            return new Resolved(d, merged, List.of(new PdfLink(arxivPdf(arxivId, version), "arxiv")), null);
        }
        List<PdfLink> pdfs = new ArrayList<>();
        Set<URI> seen = new LinkedHashSet<>();
        SourceException.Reason note = null;
        if (settings.contact() != null) {
            unpaywall(d.doi(), cancel).filter(seen::add).ifPresent(u -> pdfs.add(new PdfLink(u, "unpaywall")));
        } else {
            note = SourceException.Reason.NO_OPEN_PDF_NO_CONTACT;
        }
        for (URI u : Csl.pdfLinks(csl)) {
            URI m = settings.mirrored(u);
            if (seen.add(m)) {
                pdfs.add(new PdfLink(m, "publisher"));
            }
        }
        return new Resolved(d, fromDoi, pdfs, pdfs.isEmpty() ? (note != null ? note : SourceException.Reason.NO_OPEN_PDF) : null);
    }

    private SourceMetadata arxiv(String id, Cancel cancel) throws SourceException {
        URI uri = URI.create(settings.arxivApi() + (settings.arxivApi().getRawQuery() == null ? "?" : "&") + "id_list=" + id);
        HttpTransport.Response r = get(uri, "application/atom+xml", Origin.ARXIV.shown(), cancel);
        return ArxivFeed.parse(r.body(), id);
    }

    private Optional<URI> unpaywall(String doi, Cancel cancel) throws SourceException {
        URI uri = settings.unpaywall().resolve(encPath(doi) + "?email=" + URLEncoder.encode(settings.contact(), StandardCharsets.UTF_8));
        JsonNode n;
        try {
            n = get(uri, "application/json", "Unpaywall", cancel).json();
        } catch (SourceException e) {
            if (e.reason() == SourceException.Reason.NOT_FOUND) {
                return Optional.empty(); // Unpaywall does not know the DOI: no open copy from it
            }
            if (e.isCancelled()) {
                throw e;
            }
            // Unpaywall is one road of several: its failure is logged and the others are tried
            LOG.log(Level.INFO, "Unpaywall did not answer for {0} ({1})", new Object[]{doi, e.getMessage()});
            return Optional.empty();
        }
        List<JsonNode> locations = new ArrayList<>();
        locations.add(n.path("best_oa_location"));
        n.path("oa_locations").forEach(locations::add);
        for (JsonNode l : locations) {
            String pdf = l.path("url_for_pdf").asText("");
            if (!pdf.isBlank()) {
                try {
                    return Optional.of(settings.mirrored(URI.create(pdf.strip())));
                } catch (IllegalArgumentException e) {
                    LOG.log(Level.FINE, "Unpaywall gave a malformed address: " + pdf, e);
                }
            }
        }
        return Optional.empty();
    }

    private LandingPage page(URI page, Origin origin, String service, Cancel cancel) throws SourceException {
        HttpTransport.Response r = get(page, "text/html,application/xhtml+xml", service, cancel);
        return LandingPage.read(r.text(), r.uri(), origin);
    }

    /** A GET with retries; failures as sentences about {@code service}. */
    private HttpTransport.Response get(URI uri, String accept, String service, Cancel cancel) throws SourceException {
        try {
            return retry.run(() -> http.send(HttpRequest.newBuilder(uri).header("Accept", accept).GET(), cancel), cancel);
        } catch (RemoteException e) {
            throw failure(e, service, uri);
        }
    }

    private static SourceException failure(RemoteException e, String service, URI uri) {
        if (e.isCancelled()) {
            return new SourceException(e, SourceException.Reason.CANCELLED);
        }
        if (e.status() == 404 || e.status() == 410) {
            if (service.equals("doi.org")) {
                String path = uri.getRawPath() == null ? "" : uri.getRawPath();
                return new SourceException(e, SourceException.Reason.NO_SUCH_DOI,
                        java.net.URLDecoder.decode(path.substring(path.indexOf("10.")), StandardCharsets.UTF_8));
            }
            return new SourceException(e, SourceException.Reason.NOT_FOUND, uri.toString());
        }
        return new SourceException(e, SourceException.Reason.UNREACHABLE, service, e);
    }

    // ---- fetching -----------------------------------------------------------------------------

    /**
     * Downloads the first of {@code r}'s PDFs that is really a PDF into {@code folder} (under a
     * name from the identifier: {@code 1706.03762v7.pdf}). A web address that gives a page is
     * read for its {@code citation_pdf_url}. Nothing but a whole PDF is ever left in the folder.
     *
     * @throws SourceException no open PDF, not a PDF, a dropped connection, a cancel
     */
    public Fetched fetch(Resolved r, Path folder, HttpTransport.Progress progress, Cancel cancel) throws SourceException {
        if (r.pdfs().isEmpty()) {
            SourceException.Reason why = r.note() != null ? r.note() : SourceException.Reason.NO_OPEN_PDF;
            throw new SourceException(why, r.identifier().shown());
        }
        SourceException first = null;
        for (PdfLink link : r.pdfs()) {
            try {
                return fetchOne(r, link, folder, progress, cancel);
            } catch (SourceException e) {
                if (e.isCancelled()) {
                    throw e;
                }
                LOG.log(Level.INFO, "no PDF from {0} ({1})", new Object[]{link.uri(), e.getMessage()});
                LOG.log(Level.FINE, "no PDF from " + link.uri(), e);
                first = first == null ? e : first;
            }
        }
        throw first;
    }

    private Fetched fetchOne(Resolved r, PdfLink link, Path folder, HttpTransport.Progress progress, Cancel cancel)
            throws SourceException {
        Path target = folder.resolve(fileName(r.identifier(), link.uri()));
        HttpTransport.Download d = download(link.uri(), target, progress, cancel, serviceOf(link));
        if (isPdf(d.file())) {
            return new Fetched(r.identifier(), r.metadata(), d.file(), d.uri(), link.from());
        }
        // a page instead of a PDF: a web address may name its PDF in its tags
        try {
            if (link.from().equals("link") && d.bytes() < PAGE_LIMIT && (d.contentType().contains("html") || d.contentType().isEmpty())) {
                String html = Files.readString(d.file(), StandardCharsets.UTF_8);
                LandingPage page = LandingPage.read(html, d.uri(), Origin.WEB);
                if (page.pdf() != null) {
                    Path pdfTarget = folder.resolve(fileName(r.identifier(), page.pdf()));
                    Files.deleteIfExists(d.file());
                    URI pdfUri = settings.mirrored(page.pdf());
                    HttpTransport.Download pdf = download(pdfUri, pdfTarget, progress, cancel, HttpTransport.hostOf(pdfUri));
                    if (isPdf(pdf.file())) {
                        return new Fetched(r.identifier(), page.metadata(), pdf.file(), pdf.uri(), "page");
                    }
                    Files.deleteIfExists(pdf.file());
                    throw new SourceException(SourceException.Reason.NOT_A_PDF, page.pdf().toString(), pdf.contentType());
                }
                throw new SourceException(SourceException.Reason.NO_PAPER_ON_PAGE, link.uri().toString());
            }
            throw new SourceException(SourceException.Reason.NOT_A_PDF, link.uri().toString(), d.contentType());
        } catch (IOException e) {
            throw new SourceException(e, SourceException.Reason.CANNOT_WRITE, folder, String.valueOf(e.getMessage()));
        } finally {
            deleteQuietlyIfNotPdf(d.file());
        }
    }

    /** The name for sentences about a PDF's host: the service's own name when it is one ({@code arXiv}), else the host. */
    private static String serviceOf(PdfLink link) {
        return switch (link.from()) {
            case "arxiv" -> Origin.ARXIV.shown();
            default -> HttpTransport.hostOf(link.uri());
        };
    }

    private HttpTransport.Download download(URI uri, Path target, HttpTransport.Progress progress, Cancel cancel, String service)
            throws SourceException {
        try {
            Files.createDirectories(target.getParent());
            return retry.run(() -> http.download(HttpRequest.newBuilder(uri).header("Accept", "application/pdf,text/html;q=0.8,*/*;q=0.5")
                    .GET(), target, progress, cancel), cancel);
        } catch (RemoteException e) {
            throw failure(e, service, uri);
        } catch (IOException e) {
            throw new SourceException(e, SourceException.Reason.CANNOT_WRITE, target.getParent(), String.valueOf(e.getMessage()));
        }
    }

    /** A PDF starts with {@code %PDF-} within its first kilobyte (readers allow leading junk). */
    static boolean isPdf(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(1024);
            return new String(head, StandardCharsets.ISO_8859_1).contains("%PDF-");
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot read " + file, e);
            return false;
        }
    }

    private static void deleteQuietlyIfNotPdf(Path file) {
        if (Files.exists(file) && !isPdf(file)) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.INFO, "cannot delete " + file, e);
            }
        }
    }

    /** The name a fetched PDF is kept under: arXiv's own ({@code 1706.03762v7.pdf}), else from the DOI or the address. */
    static String fileName(Identifier id, URI from) {
        String base;
        String path = from.getPath() == null ? "" : from.getPath();
        String arxivPath = ARXIV_PDF.matcher(path).find() ? path.replaceFirst("^.*?/pdf/", "") : null;
        if (arxivPath != null && (id instanceof Identifier.Arxiv || id instanceof Identifier.Doi d0 && d0.arxivId() != null)) {
            base = arxivPath.replace('/', '_');
        } else if (id instanceof Identifier.Arxiv a) {
            base = a.versioned().replace('/', '_');
        } else if (id instanceof Identifier.Doi d) {
            base = d.arxivId() != null ? d.arxivId().replace('/', '_') : d.doi().replaceAll("[^A-Za-z0-9._-]+", "_");
        } else if (id instanceof Identifier.OpenReview o) {
            base = "openreview-" + o.id();
        } else if (id instanceof Identifier.Acl a) {
            base = a.id();
        } else {
            String last = path.substring(path.lastIndexOf('/') + 1);
            base = last.isBlank() ? (from.getHost() == null ? "paper" : from.getHost()) : last;
        }
        base = base.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return base.toLowerCase(Locale.ROOT).endsWith(".pdf") ? base : base + ".pdf";
    }

    private URI arxivPdf(String id, int version) {
        return settings.arxivPdf().resolve(id + "v" + version);
    }

    private static SourceMetadata withLink(SourceMetadata m, String link) {
        return new SourceMetadata(m.origin(), m.title(), m.authors(), m.abstractText(), m.published(), m.updated(), m.year(),
                m.arxivId(), m.version(), m.doi(), m.primaryCategory(), m.categories(), m.journalRef(), m.comment(), m.venue(),
                m.publisher(), link, m.fields());
    }

    private static SourceMetadata withDoi(SourceMetadata m, String doi) {
        return new SourceMetadata(m.origin(), m.title(), m.authors(), m.abstractText(), m.published(), m.updated(), m.year(),
                m.arxivId(), m.version(), m.doi() != null ? m.doi() : doi, m.primaryCategory(), m.categories(), m.journalRef(),
                m.comment(), m.venue(), m.publisher(), m.link(), m.fields());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A DOI as a URL path: unreserved characters and slashes kept, the rest percent-encoded. */
    static String encPath(String doi) {
        StringBuilder out = new StringBuilder();
        for (byte b : doi.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
