package dev.gloss.sources;

import dev.gloss.library.ImportResult;
import dev.gloss.library.LibraryException;
import dev.gloss.library.PaperImporter;
import dev.gloss.net.Cancel;
import dev.gloss.net.HttpTransport;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.PaperSource;
import dev.gloss.workspace.Workspace;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * "Add Paper from Link": an identifier or link to a paper in the library, with the source's
 * details. A paper the library already has (the same arXiv id, DOI or page) is returned at once,
 * without asking the network; otherwise its PDF is fetched into the workspace's temporary folder
 * and goes through the library's import, so the same PDF added by link and by file is one paper
 * (its content hash decides). Offline, refused or cancelled, nothing is added and nothing is
 * left behind. The desktop, {@code gloss add} and a reference card's "Add to Library" call this.
 * <pre>{@code
 * PaperFromLink adder = new PaperFromLink(ws, Sources.forWorkspace(ws));
 * PaperFromLink.Added a = adder.add(Identifiers.parse("https://arxiv.org/abs/1706.03762"), progress, cancel);
 * open(a.paper());   // a.alreadyPresent(): it was in the library before
 * }</pre>
 */
public final class PaperFromLink {
    private static final Logger LOG = Logger.getLogger(PaperFromLink.class.getName());

    private final Workspace ws;
    private final Sources sources;
    private final Clock clock;

    public PaperFromLink(Workspace ws, Sources sources) {
        this(ws, sources, Clock.systemUTC());
    }

    public PaperFromLink(Workspace ws, Sources sources, Clock clock) {
        this.ws = ws;
        this.sources = sources;
        this.clock = clock;
    }

    /**
     * What adding one identifier did.
     *
     * @param alreadyPresent the library had it (by its id or link, or the same PDF by file)
     * @param pdfFrom        which road the PDF came by ({@code arxiv}, {@code unpaywall},
     *                       {@code publisher}, {@code page}, {@code link}), or null when nothing was fetched
     */
    public record Added(Identifier identifier, Paper paper, boolean alreadyPresent, String pdfFrom) {
    }

    /** Told what is going on: a phase, and the bytes of the download. */
    public interface Progress extends HttpTransport.Progress {
        Progress NONE = new Progress() {
            @Override
            public void update(long received, long total) {
            }

            @Override
            public void phase(Phase phase) {
            }
        };

        void phase(Phase phase);
    }

    /** What {@link #add} is doing. */
    public enum Phase {
        /** Asking the source for the details. */
        LOOKING_UP,
        /** Downloading the PDF. */
        DOWNLOADING,
        /** Importing it into the library. */
        IMPORTING
    }

    /**
     * Adds the paper {@code id} names, or finds it in the library.
     *
     * @throws SourceException  it could not be had (unknown, offline, no open PDF, cancelled)
     * @throws LibraryException the fetched file could not be imported (not a readable PDF)
     */
    public Added add(Identifier id, Progress progress, Cancel cancel) throws SourceException {
        Optional<Paper> known = find(ws, id);
        if (known.isPresent()) {
            return new Added(id, known.get(), true, null);
        }
        progress.phase(Phase.LOOKING_UP);
        Sources.Resolved resolved = sources.resolve(id, cancel);
        if (resolved.metadata() != null) {
            Optional<Paper> same = find(ws, resolved.metadata());
            if (same.isPresent()) {
                return new Added(id, same.get(), true, null);
            }
        }
        Path tmp = null;
        try {
            tmp = TempFolders.create(ws, "add-");
            progress.phase(Phase.DOWNLOADING);
            Sources.Fetched fetched = sources.fetch(resolved, tmp, progress, cancel);
            if (cancel != null && cancel.isCancelled()) {
                throw new SourceException(SourceException.Reason.CANCELLED);
            }
            progress.phase(Phase.IMPORTING);
            ImportResult imported = PaperImporter.importFile(ws, fetched.pdf(), null);
            Paper paper = imported.paper();
            SourceMetadata m = fetched.metadata();
            if (m == null) {
                m = lookUpWhatThePdfNames(paper, cancel);
            }
            boolean enrich = paper.source() == null || Origin.PDF.key().equals(paper.source().from());
            if (m != null && enrich) {
                SourceMetadata details = m;
                URI from = fetched.pdfUrl();
                paper = ws.update(Kind.PAPERS, paper.id(), p -> Details.apply(p, details, from, clock.instant()));
            } else if (m == null && paper.source() == null) {
                URI from = fetched.pdfUrl();
                paper = ws.update(Kind.PAPERS, paper.id(), p -> p.withSource(Details.pdfOnly(p, from, clock.instant())));
            }
            return new Added(id, paper, imported.alreadyPresent(), fetched.pdfFrom());
        } catch (IOException e) {
            throw new SourceException(e, SourceException.Reason.CANNOT_WRITE, ws.derivedFolder().resolve("tmp"),
                    String.valueOf(e.getMessage()));
        } finally {
            TempFolders.delete(tmp);
        }
    }

    /**
     * A bare PDF says which paper it is in its text (an arXiv id, a DOI): its details are looked
     * up there; offline or unknown, the PDF's own words stay.
     */
    private SourceMetadata lookUpWhatThePdfNames(Paper paper, Cancel cancel) {
        Optional<Identifier> named = Details.namedBy(paper);
        if (named.isEmpty() || named.get() instanceof Identifier.Web) {
            return null;
        }
        try {
            return sources.details(named.get(), cancel);
        } catch (SourceException e) {
            LOG.log(Level.INFO, "the details of {0} (named by {1}) could not be had: {2}",
                    new Object[]{named.get().shown(), paper.file(), e.getMessage()});
            return null;
        }
    }

    /** The paper of the library that {@code id} names, if any (no network). */
    public static Optional<Paper> find(Workspace ws, Identifier id) {
        Stream<Paper> papers = ws.papers().stream();
        if (id instanceof Identifier.Arxiv a) {
            return papers.filter(p -> a.id().equalsIgnoreCase(plainArxiv(p))).min(newestFirst());
        }
        if (id instanceof Identifier.Doi d) {
            String arxiv = d.arxivId();
            return papers.filter(p -> p.doi() != null && p.doi().equalsIgnoreCase(d.doi())
                    || arxiv != null && arxiv.equalsIgnoreCase(plainArxiv(p))).min(newestFirst());
        }
        String link = id.shown();
        return papers.filter(p -> p.source() != null && (link.equals(p.source().link()) || link.equals(p.source().pdfUrl())))
                .min(newestFirst());
    }

    /** The paper of the library with the arXiv id or DOI a source gave, if any. */
    static Optional<Paper> find(Workspace ws, SourceMetadata m) {
        return ws.papers().stream().filter(p -> m.arxivId() != null && m.arxivId().equalsIgnoreCase(plainArxiv(p))
                || m.doi() != null && p.doi() != null && m.doi().equalsIgnoreCase(p.doi())).min(newestFirst());
    }

    /** The arXiv id of a paper without its version, or null. */
    static String plainArxiv(Paper p) {
        String a = p.arxivId();
        return a == null || a.isBlank() ? null : a.strip().replaceFirst("(?i)^arxiv:", "").replaceFirst("v\\d+$", "");
    }

    /** When a paper is in the library in two versions, the newest is the one opened. */
    private static Comparator<Paper> newestFirst() {
        return Comparator.comparing((Paper p) -> p.source() == null || p.source().version() == null ? 0 : -p.source().version())
                .thenComparing(Paper::id);
    }
}
