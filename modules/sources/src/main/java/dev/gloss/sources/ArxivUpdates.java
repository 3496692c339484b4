package dev.gloss.sources;

import dev.gloss.net.Cancel;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.PaperSource;
import dev.gloss.workspace.Workspace;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Newer arXiv versions of the library's papers: arXiv's API is asked for the latest version of
 * each paper with an arXiv id (one request per paper, paced as arXiv asks), and the answer is
 * kept in its {@code paper.json} ({@link PaperSource#latestVersion()}, {@link PaperSource#checked()}),
 * so the reader can say "version 7 is out" without asking again.
 * <pre>{@code
 * for (ArxivUpdates.Check c : new ArxivUpdates(ws, sources).checkAll(ws.papers(), cancel)) {
 *     if (c.newer()) System.out.println(c.paper().displayTitle() + ": v" + c.version() + " → v" + c.latest());
 * }
 * }</pre>
 */
public final class ArxivUpdates {
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
}
