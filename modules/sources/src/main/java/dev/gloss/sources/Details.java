package dev.gloss.sources;

import dev.gloss.workspace.Paper;
import dev.gloss.workspace.PaperSource;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paper's details taken from a source: its fields replaced by what the source says (each
 * field's origin kept), what the PDF said kept beside them, and the rest of the source's
 * record (versions, dates, categories, affiliations) in its {@link PaperSource}. Also the
 * field-by-field difference a user accepts in "Update Details from arXiv/DOI".
 */
public final class Details {
    private static final Pattern VERSION = Pattern.compile("v(\\d+)(?:\\.pdf)?$");

    private Details() {
    }

    /** One field whose value would change. */
    public record Change(String field, String now, String proposed) {
    }

    /**
     * {@code paper} with the details of {@code m}. What the PDF said is kept: the paper's own
     * fields when it had no source yet, else what its source already kept.
     *
     * @param pdfUrl where the stored PDF came from, or null (it was imported from a file)
     */
    public static Paper apply(Paper paper, SourceMetadata m, URI pdfUrl, Instant now) {
        return apply(paper, m, pdfUrl, now, null);
    }

    /**
     * {@link #apply} for the fields the user accepted only ({@code accepted}: names of
     * {@link SourceMetadata#PAPER_FIELDS}; null for all): the others keep their value and origin,
     * and the rest of the source's record is kept either way.
     */
    public static Paper apply(Paper paper, SourceMetadata m, URI pdfUrl, Instant now, java.util.Set<String> accepted) {
        if (accepted != null) {
            m = only(m, accepted);
        }
        PaperSource old = paper.source();
        PaperSource.PdfSays pdf = old != null && old.pdf() != null ? old.pdf()
                : new PaperSource.PdfSays(paper.title(), paper.authors(), paper.year(), paper.arxivId(), paper.doi(), paper.abstractText());
        List<PaperSource.Field> fields = new ArrayList<>();
        java.util.Map<String, String> from = new java.util.HashMap<>();
        m.fieldOrigins().forEach(f -> from.put(f.name(), f.from()));
        for (String f : SourceMetadata.PAPER_FIELDS) {
            if (from.containsKey(f)) {
                fields.add(new PaperSource.Field(f, from.get(f)));
            } else if (has(paper, f)) {
                fields.add(new PaperSource.Field(f, old == null ? Origin.PDF.key() : old.fieldFrom(f).orElse(Origin.PDF.key())));
            }
        }
        Integer version = pdfUrl != null ? versionOf(pdfUrl) : old != null ? old.version() : versionOf(paper.arxivId());
        if (version == null && paper.arxivId() != null) {
            version = versionOf(paper.arxivId());
        }
        boolean arxiv = m.arxivId() != null;
        PaperSource source = new PaperSource(m.link(), m.origin().key(), arxiv ? version : null, arxiv ? m.version() : null,
                m.published(), m.updated(), m.primaryCategory(), m.categories(), m.journalRef(), m.comment(), m.publisher(),
                m.authors().stream().anyMatch(a -> !a.affiliations().isEmpty()) ? m.authors() : List.of(),
                pdfUrl != null ? pdfUrl.toString() : old != null ? old.pdfUrl() : null, now, arxiv ? now : null, fields, pdf);
        return paper.withDetails(m.hasTitle() ? m.title() : paper.title(), m.authors().isEmpty() ? paper.authors() : m.authorNames(),
                m.year() != null ? m.year() : paper.year(), m.venue() != null ? m.venue() : paper.venue(),
                m.arxivId() != null ? m.arxivId() : paper.arxivId(), m.doi() != null ? m.doi() : paper.doi(),
                m.abstractText() != null ? m.abstractText() : paper.abstractText(), source);
    }

    /**
     * The record of a paper whose details are the PDF's own: where its file came from (or null
     * for a file), and what the PDF says; every field's origin is the PDF.
     */
    public static PaperSource pdfOnly(Paper p, URI from, Instant now) {
        PaperSource.PdfSays said = new PaperSource.PdfSays(p.title(), p.authors(), p.year(), p.arxivId(), p.doi(), p.abstractText());
        List<PaperSource.Field> fields = SourceMetadata.PAPER_FIELDS.stream()
                .filter(f -> value(p, f) != null).map(f -> new PaperSource.Field(f, Origin.PDF.key())).toList();
        return new PaperSource(from == null ? null : from.toString(), Origin.PDF.key(), versionOf(p.arxivId()), null, null, null,
                null, null, null, null, null, null, from == null ? null : from.toString(), now, null, fields, said);
    }

    /** {@code m} with only the accepted paper fields (the source's record beyond them kept). */
    private static SourceMetadata only(SourceMetadata m, java.util.Set<String> accepted) {
        return new SourceMetadata(m.origin(), accepted.contains("title") ? m.title() : null,
                accepted.contains("authors") ? m.authors() : List.of(), accepted.contains("abstract") ? m.abstractText() : null,
                m.published(), m.updated(), accepted.contains("year") ? m.year() : null, accepted.contains("arxivId") ? m.arxivId() : null,
                m.version(), accepted.contains("doi") ? m.doi() : null, m.primaryCategory(), m.categories(), m.journalRef(), m.comment(),
                accepted.contains("venue") ? m.venue() : null, m.publisher(), m.link(), m.fields().stream()
                        .filter(f -> accepted.contains(f.name())).toList());
    }

    /** The fields {@link #apply} would change, for the user to accept. */
    public static List<Change> diff(Paper paper, SourceMetadata m) {
        Paper after = apply(paper, m, null, Instant.EPOCH);
        List<Change> out = new ArrayList<>();
        for (String f : SourceMetadata.PAPER_FIELDS) {
            String a = value(paper, f);
            String b = value(after, f);
            if (!Objects.equals(a, b)) {
                out.add(new Change(f, a, b));
            }
        }
        return out;
    }

    /** A field's value as text ({@code authors} joined with "; "), or null. */
    public static String value(Paper p, String field) {
        return switch (field) {
            case "title" -> p.title();
            case "authors" -> p.authors().isEmpty() ? null : String.join("; ", p.authors());
            case "year" -> p.year() == null ? null : String.valueOf(p.year());
            case "venue" -> p.venue();
            case "arxivId" -> p.arxivId();
            case "doi" -> p.doi();
            case "abstract" -> p.abstractText();
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static boolean has(Paper p, String field) {
        String v = value(p, field);
        return v != null && !v.isBlank();
    }

    /** The arXiv version at the end of an id or an address ({@code 1706.03762v5}, {@code …/pdf/1706.03762v5.pdf}). */
    public static Integer versionOf(Object idOrUrl) {
        if (idOrUrl == null) {
            return null;
        }
        Matcher m = VERSION.matcher(idOrUrl.toString());
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /**
     * What a paper's own text names, to look its details up: its arXiv id, else its DOI; empty
     * when it names neither.
     */
    public static java.util.Optional<Identifier> namedBy(Paper p) {
        String arxiv = p.arxivId();
        PaperSource.PdfSays said = p.source() != null ? p.source().pdf() : null;
        if ((arxiv == null || arxiv.isBlank()) && said != null) {
            arxiv = said.arxivId();
        }
        if (arxiv != null && !arxiv.isBlank()) {
            try {
                return java.util.Optional.of(Identifiers.parse(arxiv));
            } catch (SourceException e) {
                // not an id after all (a PDF's guess): the DOI may still name it
                java.util.logging.Logger.getLogger(Details.class.getName()).log(java.util.logging.Level.FINE, arxiv, e);
            }
        }
        String doi = p.doi() != null && !p.doi().isBlank() ? p.doi() : said != null ? said.doi() : null;
        if (doi != null && !doi.isBlank()) {
            try {
                return java.util.Optional.of(Identifiers.parse(doi));
            } catch (SourceException e) {
                java.util.logging.Logger.getLogger(Details.class.getName()).log(java.util.logging.Level.FINE, doi, e);
            }
        }
        return java.util.Optional.empty();
    }
}
