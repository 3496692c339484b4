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
        Instant added) {

    public Paper {
        authors = authors == null ? List.of() : List.copyOf(authors);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** The title to show: the metadata title, else the file name. */
    public String displayTitle() {
        return title != null && !title.isBlank() ? title : file;
    }

    public Paper withTitle(String newTitle) {
        return new Paper(id, newTitle, authors, year, venue, arxivId, doi, abstractText, tags, file, pages, sha256, added);
    }

    public Paper withMetadata(String newTitle, List<String> newAuthors, Integer newYear, String newVenue,
            String newArxivId, String newDoi, List<String> newTags) {
        return new Paper(id, newTitle, newAuthors, newYear, newVenue, newArxivId, newDoi, abstractText, newTags,
                file, pages, sha256, added);
    }
}
