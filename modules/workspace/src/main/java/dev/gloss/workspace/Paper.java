package dev.gloss.workspace;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * A paper in the library: metadata of one imported PDF.
 *
 * @param id       derived from the PDF's content hash, so the same paper has the same id everywhere
 * @param file     the imported file's original name, stored beside {@code paper.json}
 * @param pages    number of pages
 * @param sha256   hex SHA-256 of the PDF bytes
 * @param added    when it was imported
 * @param source   where the details came from (the network source, each field's origin and what
 *                 the PDF says), or null for a paper known only from its file
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Paper(
        String id,
        String title,
        List<String> authors,
        Integer year,
        String venue,
        String arxivId,
        String doi,
        @JsonProperty("abstract") String abstractText,
        List<String> tags,
        String file,
        int pages,
        String sha256,
        Instant added,
        PaperSource source) {

    public Paper {
        authors = authors == null ? List.of() : List.copyOf(authors);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A paper known only from its file (no source). */
    public Paper(String id, String title, List<String> authors, Integer year, String venue, String arxivId, String doi,
            String abstractText, List<String> tags, String file, int pages, String sha256, Instant added) {
        this(id, title, authors, year, venue, arxivId, doi, abstractText, tags, file, pages, sha256, added, null);
    }

    /** The title to show: the metadata title, else the file name. */
    public String displayTitle() {
        return title != null && !title.isBlank() ? title : file;
    }

    public Paper withTitle(String newTitle) {
        return new Paper(id, newTitle, authors, year, venue, arxivId, doi, abstractText, tags, file, pages, sha256, added, source);
    }

    public Paper withMetadata(String newTitle, List<String> newAuthors, Integer newYear, String newVenue,
            String newArxivId, String newDoi, List<String> newTags) {
        return new Paper(id, newTitle, newAuthors, newYear, newVenue, newArxivId, newDoi, abstractText, newTags,
                file, pages, sha256, added, source);
    }

    /** A copy with other details (and their sources); the file, its hash and the tags stay. */
    public Paper withDetails(String newTitle, List<String> newAuthors, Integer newYear, String newVenue, String newArxivId,
            String newDoi, String newAbstract, PaperSource newSource) {
        return new Paper(id, newTitle, newAuthors, newYear, newVenue, newArxivId, newDoi, newAbstract, tags, file, pages,
                sha256, added, newSource);
    }

    /** A copy with another source record (e.g. after a check for a newer version). */
    public Paper withSource(PaperSource newSource) {
        return new Paper(id, title, authors, year, venue, arxivId, doi, abstractText, tags, file, pages, sha256, added, newSource);
    }

    /**
     * The paper's canonical link: its source's, else {@code https://arxiv.org/abs/ID} without the
     * version, else {@code https://doi.org/DOI}; empty when it has none.
     */
    public String canonicalLink() {
        if (source != null && source.link() != null && !source.link().isBlank()) {
            return source.link();
        }
        if (arxivId != null && !arxivId.isBlank()) {
            return "https://arxiv.org/abs/" + arxivId.strip().replaceFirst("(?i)^arxiv:", "").replaceFirst("v\\d+$", "");
        }
        if (doi != null && !doi.isBlank()) {
            return "https://doi.org/" + doi.strip();
        }
        return "";
    }
}
