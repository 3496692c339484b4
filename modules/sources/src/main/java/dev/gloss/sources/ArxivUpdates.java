package dev.gloss.sources;

import dev.gloss.library.anchor.Anchoring;
import dev.gloss.library.ImportResult;
import dev.gloss.library.LibraryException;
import dev.gloss.library.PaperImporter;
import dev.gloss.net.Cancel;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.PdfException;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.PaperSource;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Newer arXiv versions of the library's papers: arXiv's API is asked for the latest version of
 * each paper with an arXiv id (one request per paper, paced as arXiv asks), and the answer is
 * kept in its {@code paper.json} ({@link PaperSource#latestVersion()}, {@link PaperSource#checked()}),
 * so the reader can say "version 7 is out" without asking again. {@link #update} fetches the
 * newer version as the paper's new PDF and keeps the annotations: each is found again in the
 * new text (re-anchored), and those that are not are kept and listed as orphans.
 * <pre>{@code
 * for (ArxivUpdates.Check c : new ArxivUpdates(ws, sources).checkAll(ws.papers(), cancel)) {
 *     if (c.newer()) System.out.println(c.paper().displayTitle() + ": v" + c.version() + " → v" + c.latest());
 * }
 * }</pre>
 */
public final class ArxivUpdates {
    private static final Logger LOG = Logger.getLogger(ArxivUpdates.class.getName());

    private final Workspace ws;
    private final Sources sources;
    private final Clock clock;

    public ArxivUpdates(Workspace ws, Sources sources) {
        this(ws, sources, Clock.systemUTC());
    }

    public ArxivUpdates(Workspace ws, Sources sources, Clock clock) {
        this.ws = ws;
        this.sources = sources;
        this.clock = clock;
    }

    /**
     * The outcome for one paper.
     *
     * @param version the version in the library, or null when its PDF does not say
     * @param latest  arXiv's latest version, or null when the check failed
     * @param error   why the check failed, or null
     */
    public record Check(Paper paper, Integer version, Integer latest, SourceException error) {
        /** Whether arXiv has a newer version than the library's. */
        public boolean newer() {
            return version != null && latest != null && latest > version;
        }
    }

    /** Whether the paper has an arXiv id to check. */
    public static boolean applies(Paper p) {
        return PaperFromLink.plainArxiv(p) != null;
    }

    /** The version of the paper's PDF: its record's, else the one its arXiv id or file name carries. */
    public static Integer versionOf(Paper p) {
        if (p.source() != null && p.source().version() != null) {
            return p.source().version();
        }
        Integer v = Details.versionOf(p.arxivId());
        if (v == null && p.source() != null && p.source().pdf() != null) {
            v = Details.versionOf(p.source().pdf().arxivId());
        }
        return v != null ? v : Details.versionOf(p.file());
    }

    /**
     * Checks one paper and keeps the answer in its {@code paper.json}.
     *
     * @throws SourceException only when cancelled (another failure is the check's {@code error})
     */
    public Check check(Paper p, Cancel cancel) throws SourceException {
        String id = PaperFromLink.plainArxiv(p);
        Integer version = versionOf(p);
        if (id == null) {
            return new Check(p, version, null, null);
        }
        SourceMetadata m;
        try {
            m = sources.details(new Identifier.Arxiv(id, null), cancel);
        } catch (SourceException e) {
            if (e.isCancelled()) {
                throw e;
            }
            return new Check(p, version, null, e);
        }
        Integer latest = m.version();
        Paper saved = ws.update(Kind.PAPERS, p.id(), cur -> {
            PaperSource s = cur.source() != null ? cur.source() : Details.pdfOnly(cur, null, clock.instant());
            if (s.version() == null && version != null) {
                s = new PaperSource(s.link(), s.from(), version, s.latestVersion(), s.published(), s.updated(), s.primaryCategory(),
                        s.categories(), s.journalRef(), s.comment(), s.publisher(), s.authors(), s.pdfUrl(), s.fetched(), s.checked(),
                        s.fields(), s.pdf());
            }
            return cur.withSource(s.checkedAt(clock.instant(), latest));
        });
        return new Check(saved, version, latest, null);
    }

    /** Checks every paper with an arXiv id, in order; stops only when cancelled. */
    public List<Check> checkAll(List<Paper> papers, Cancel cancel) throws SourceException {
        List<Check> out = new ArrayList<>();
        for (Paper p : papers) {
            if (applies(p)) {
                out.add(check(p, cancel));
            }
        }
        return out;
    }

    /**
     * What updating a paper to arXiv's latest version did.
     *
     * @param paper    the paper now in the library (the new version), or the old one when nothing changed
     * @param previous the version it replaced (now in the trash), or null when nothing changed
     * @param moved    the annotations found again in the new version (at their place or another)
     * @param orphans  the annotations whose text the new version no longer has: kept, unplaced
     * @param trashed  where the old version went (the trash restores it), or null
     */
    public record Updated(Paper paper, Paper previous, List<Annotation> moved, List<Annotation> orphans, Path trashed) {
        public boolean changed() {
            return previous != null;
        }
    }

    /**
     * Replaces {@code old} by arXiv's latest version: the new PDF is fetched and imported (a new
     * paper, as its content differs), the source's details and the old paper's tags go onto it,
     * every annotation is re-anchored in the new text (the same ids, so the threads that quote
     * them still do), the threads about the old paper are about the new one, and the old one goes
     * to the trash. Nothing changes until the new PDF is whole and read; a cancel or a failure
     * before then leaves the library as it was.
     *
     * @throws SourceException  not an arXiv paper, offline, cancelled
     * @throws LibraryException the new PDF could not be imported or read
     */
    public Updated update(Paper given, PaperFromLink.Progress progress, Cancel cancel) throws SourceException {
        Paper old = ws.paper(given.id()).orElse(given); // as it is now: its tags may have changed since it was shown
        String id = PaperFromLink.plainArxiv(old);
        if (id == null) {
            throw new SourceException(SourceException.Reason.NOT_AN_IDENTIFIER, old.displayTitle());
        }
        progress.phase(PaperFromLink.Phase.LOOKING_UP);
        Integer version = versionOf(old);
        Sources.Resolved latest = sources.resolve(new Identifier.Arxiv(id, null), cancel);
        Integer newest = latest.metadata().version();
        if (newest == null || version != null && newest <= version) {
            return new Updated(old, null, List.of(), List.of(), null);
        }
        Path tmp = null;
        try {
            tmp = TempFolders.create(ws, "update-");
            progress.phase(PaperFromLink.Phase.DOWNLOADING);
            Sources.Fetched fetched = sources.fetch(latest, tmp, progress, cancel);
            if (cancel != null && cancel.isCancelled()) {
                throw new SourceException(SourceException.Reason.CANCELLED);
            }
            progress.phase(PaperFromLink.Phase.IMPORTING);
            ImportResult imported = PaperImporter.importFile(ws, fetched.pdf(), null);
            if (imported.paper().id().equals(old.id())) {
                return new Updated(old, null, List.of(), List.of(), null);
            }
            SourceMetadata m = latest.metadata();
            Paper fresh = ws.update(Kind.PAPERS, imported.paper().id(), p -> {
                Paper withDetails = Details.apply(p, m, fetched.pdfUrl(), clock.instant());
                return withDetails.withMetadata(withDetails.title(), withDetails.authors(), withDetails.year(), withDetails.venue(),
                        withDetails.arxivId(), withDetails.doi(), merge(old.tags(), p.tags()));
            });
            return moveOver(old, fresh);
        } catch (IOException e) {
            throw new SourceException(e, SourceException.Reason.CANNOT_WRITE, ws.derivedFolder().resolve("tmp"),
                    String.valueOf(e.getMessage()));
        } finally {
            TempFolders.delete(tmp);
        }
    }

    /** The annotations and threads of {@code old} onto {@code fresh}; then {@code old} to the trash. */
    private Updated moveOver(Paper old, Paper fresh) throws IOException {
        List<Annotation> mine = ws.annotations(old.id());
        List<Annotation> moved = new ArrayList<>();
        List<Annotation> orphans = new ArrayList<>();
        // everything is re-anchored in memory first: a PDF that cannot be read changes nothing
        List<Anchoring.Anchored> anchored;
        try (PdfDocument pdf = PdfDocument.open(ws.paperFile(fresh), null)) {
            List<Annotation> onFresh = new ArrayList<>();
            for (Annotation a : mine) {
                onFresh.add(onto(a, fresh.id()));
            }
            anchored = Anchoring.reanchorAll(onFresh, pdf);
        } catch (PdfException e) {
            throw new LibraryException(e, LibraryException.Reason.PDF, e);
        }
        for (Anchoring.Anchored a : anchored) {
            copyClip(old, fresh, a.annotation());
            ws.save(Kind.ANNOTATIONS, a.annotation());
            (a.status() == Anchoring.Status.ORPHANED ? orphans : moved).add(a.annotation());
        }
        for (PostThread t : ws.threads()) {
            if (old.id().equals(t.paperId())) {
                ws.update(Kind.THREADS, t.id(), x -> new PostThread(x.id(), x.title(), x.platforms(), fresh.id(), x.posts(),
                        x.created(), x.modified(), x.language(), x.contentWarning()));
            }
        }
        Path trashed = ws.trash().movePaper(old.id());
        return new Updated(ws.paper(fresh.id()).orElse(fresh), old, moved, orphans, trashed);
    }

    /** The annotation on the other paper: the same id (threads quote it by id), its clip under the new paper. */
    private static Annotation onto(Annotation a, String paperId) {
        String clip = a.clip() == null ? null : a.clip().replace("papers/" + a.paperId() + "/", "papers/" + paperId + "/");
        return new Annotation(a.id(), paperId, a.type(), a.page(), a.color(), a.quote(), a.position(), a.quads(), a.area(), clip,
                a.note(), a.tags(), a.author(), a.source(), a.created(), a.modified(), a.ink());
    }

    private void copyClip(Paper old, Paper fresh, Annotation a) throws IOException {
        if (a.clip() == null) {
            return;
        }
        Path to = ws.root().resolve(a.clip());
        Path from = ws.root().resolve(a.clip().replace("papers/" + fresh.id() + "/", "papers/" + old.id() + "/"));
        if (Files.isRegularFile(from) && !Files.exists(to)) {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private static List<String> merge(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        b.stream().filter(t -> !out.contains(t)).forEach(out::add);
        return out;
    }
}
