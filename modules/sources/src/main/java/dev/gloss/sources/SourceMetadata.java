package dev.gloss.sources;

import dev.gloss.workspace.PaperSource;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a source says about a paper, as it says it: every field null (or empty) when the source
 * did not give it. Dates are ISO-8601, as precise as the source ({@code 2017-06-12},
 * {@code 2021-11}, {@code 2021}).
 *
 * @param origin          who said it
 * @param title           the title, whitespace collapsed
 * @param authors         in order, with affiliations when given
 * @param abstractText    the abstract as one paragraph, without markup
 * @param published       the first version's date (arXiv) or the issue date (DOI)
 * @param updated         the latest version's date (arXiv)
 * @param year            the year of {@code published}
 * @param arxivId         without version
 * @param version         the latest version arXiv has
 * @param doi             the DOI
 * @param primaryCategory arXiv's primary category
 * @param categories      all categories (arXiv) or subjects, primary first
 * @param journalRef      the journal reference given to arXiv
 * @param comment         the authors' comment on arXiv
 * @param venue           the journal or proceedings (container title)
 * @param publisher       the publisher
 * @param link            the canonical link ({@code https://arxiv.org/abs/ID}, {@code https://doi.org/DOI}, the page)
 * @param fields          which source gave each of the paper's fields, when this was merged from
 *                        two sources; empty means every field given came from {@code origin}
 */
public record SourceMetadata(
        Origin origin,
        String title,
        List<PaperSource.Author> authors,
        String abstractText,
        String published,
        String updated,
        Integer year,
        String arxivId,
        Integer version,
        String doi,
        String primaryCategory,
        List<String> categories,
        String journalRef,
        String comment,
        String venue,
        String publisher,
        String link,
        List<PaperSource.Field> fields) {

    /** The paper's fields whose origin is recorded, in {@code paper.json}'s words. */
    public static final List<String> PAPER_FIELDS = List.of("title", "authors", "year", "venue", "arxivId", "doi", "abstract");

    public SourceMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? List.of() : List.copyOf(categories);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** Metadata from one source. */
    public SourceMetadata(Origin origin, String title, List<PaperSource.Author> authors, String abstractText, String published,
            String updated, Integer year, String arxivId, Integer version, String doi, String primaryCategory,
            List<String> categories, String journalRef, String comment, String venue, String publisher, String link) {
        this(origin, title, authors, abstractText, published, updated, year, arxivId, version, doi, primaryCategory, categories,
                journalRef, comment, venue, publisher, link, List.of());
    }

    /** Which source gave each of the paper's fields this metadata has. */
    public List<PaperSource.Field> fieldOrigins() {
        java.util.List<PaperSource.Field> out = new java.util.ArrayList<>();
        for (String f : PAPER_FIELDS) {
            if (has(f)) {
                out.add(new PaperSource.Field(f, fields.stream().filter(x -> x.name().equals(f)).map(PaperSource.Field::from)
                        .findFirst().orElse(origin.key())));
            }
        }
        return out;
    }

    /** Whether the paper field {@code f} (one of {@link #PAPER_FIELDS}) has a value here. */
    public boolean has(String f) {
        return switch (f) {
            case "title" -> hasTitle();
            case "authors" -> !authors.isEmpty();
            case "year" -> year != null;
            case "venue" -> venue != null && !venue.isBlank();
            case "arxivId" -> arxivId != null && !arxivId.isBlank();
            case "doi" -> doi != null && !doi.isBlank();
            case "abstract" -> abstractText != null && !abstractText.isBlank();
            default -> false;
        };
    }

    /** The author names, in order. */
    public List<String> authorNames() {
        return authors.stream().map(PaperSource.Author::name).collect(Collectors.toList());
    }

    /** Whether it names a paper at all (a title). */
    public boolean hasTitle() {
        return title != null && !title.isBlank();
    }

    /**
     * This metadata with {@code other}'s fields where this has none (this one wins where both
     * speak); the origin and link stay this one's.
     */
    public SourceMetadata orElse(SourceMetadata other) {
        if (other == null) {
            return this;
        }
        java.util.List<PaperSource.Field> from = new java.util.ArrayList<>();
        java.util.Map<String, String> mine = new java.util.HashMap<>();
        fieldOrigins().forEach(x -> mine.put(x.name(), x.from()));
        java.util.Map<String, String> theirs = new java.util.HashMap<>();
        other.fieldOrigins().forEach(x -> theirs.put(x.name(), x.from()));
        for (String f : PAPER_FIELDS) {
            String o = mine.containsKey(f) ? mine.get(f) : theirs.get(f);
            if (o != null) {
                from.add(new PaperSource.Field(f, o));
            }
        }
        return new SourceMetadata(origin, or(title, other.title), authors.isEmpty() ? other.authors : authors,
                or(abstractText, other.abstractText), or(published, other.published), or(updated, other.updated),
                year != null ? year : other.year, or(arxivId, other.arxivId), version != null ? version : other.version,
                or(doi, other.doi), or(primaryCategory, other.primaryCategory),
                categories.isEmpty() ? other.categories : categories, or(journalRef, other.journalRef),
                or(comment, other.comment), or(venue, other.venue), or(publisher, other.publisher), or(link, other.link), from);
    }

    private static String or(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
