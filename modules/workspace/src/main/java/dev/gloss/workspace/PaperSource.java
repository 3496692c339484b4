package dev.gloss.workspace;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where a paper's details came from, kept in its {@code paper.json} beside them: what the
 * network source said that the paper's own fields do not hold (versions, dates, categories,
 * affiliations), which source gave each field, and what the PDF itself said, so a field taken
 * from arXiv can be told from one guessed from the PDF and the guess is never lost.
 * Dates are ISO-8601 and only as precise as the source ({@code 2017-06-12}, {@code 2021}).
 *
 * @param link            the canonical link: {@code https://arxiv.org/abs/ID} (no version) or
 *                        {@code https://doi.org/DOI}, or the page it came from
 * @param from            the source of the details: {@code arxiv}, {@code crossref},
 *                        {@code datacite}, {@code doi}, {@code openreview}, {@code acl},
 *                        {@code web}, or {@code pdf} (the PDF's own words only)
 * @param version         the arXiv version of the stored PDF, or null
 * @param latestVersion   the newest arXiv version seen at the last check, or null
 * @param published       the first version's (or the issue's) date
 * @param updated         the stored version's date (arXiv)
 * @param primaryCategory arXiv's primary category
 * @param categories      every category, primary first
 * @param journalRef      the journal reference the authors gave arXiv
 * @param comment         the authors' comment on arXiv ("15 pages, 5 figures")
 * @param publisher       the publisher (DOI metadata)
 * @param authors         the authors with their affiliations, when the source gave them
 * @param pdfUrl          where the PDF was fetched from, or null for an imported file
 * @param fetched         when the details were fetched
 * @param checked         when a newer version was last looked for
 * @param fields          which source gave each of the paper's fields
 * @param pdf             what the PDF itself says (the offline guess), kept for comparison
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PaperSource(
        String link,
        String from,
        Integer version,
        Integer latestVersion,
        String published,
        String updated,
        String primaryCategory,
        List<String> categories,
        String journalRef,
        String comment,
        String publisher,
        List<Author> authors,
        String pdfUrl,
        Instant fetched,
        Instant checked,
        List<Field> fields,
        PdfSays pdf) {

    public PaperSource {
        categories = categories == null ? List.of() : List.copyOf(categories);
        authors = authors == null ? List.of() : List.copyOf(authors);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** An author as the source names them, with affiliations when given. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Author(String name, List<String> affiliations) {
        public Author {
            affiliations = affiliations == null ? List.of() : List.copyOf(affiliations);
        }
    }

    /**
     * One field of the paper and where it came from.
     *
     * @param name a field of {@link Paper}: {@code title}, {@code authors}, {@code year},
     *             {@code venue}, {@code arxivId}, {@code doi}, {@code abstract}
     * @param from {@code arxiv}, {@code crossref}, {@code datacite}, {@code pdf}, {@code user}...
     */
    public record Field(String name, String from) {
    }

    /** What the PDF says about itself (its metadata and first page), as imported. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record PdfSays(String title, List<String> authors, Integer year, String arxivId, String doi,
            String abstractText) {
        public PdfSays {
            authors = authors == null ? List.of() : List.copyOf(authors);
        }
    }

    /** Where {@code field} came from, if recorded. */
    public Optional<String> fieldFrom(String field) {
        return fields.stream().filter(f -> f.name().equals(field)).map(Field::from).findFirst();
    }

    /** A copy with {@code latestVersion} and {@code checked} set (after looking for a newer version). */
    public PaperSource checkedAt(Instant when, Integer latest) {
        return new PaperSource(link, from, version, latest, published, updated, primaryCategory, categories, journalRef,
                comment, publisher, authors, pdfUrl, fetched, when, fields, pdf);
    }

    /** Whether arXiv has a newer version than the stored PDF (known from the last check). */
    public boolean newerVersion() {
        return version != null && latestVersion != null && latestVersion > version;
    }
}
