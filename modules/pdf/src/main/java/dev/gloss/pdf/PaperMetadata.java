package dev.gloss.pdf;

import java.util.List;

/**
 * What a research paper says about itself, from its info dictionary, XMP and first pages.
 * Each field is null (or an empty list) when it could not be found.
 *
 * @param title        the title
 * @param authors      author names in order
 * @param arxivId      e.g. "2311.12786v2" (no "arXiv:" prefix)
 * @param doi          e.g. "10.18653/v1/2020.acl-main.447"
 * @param abstractText the abstract as one paragraph
 * @param year         year of publication, as best known
 */
public record PaperMetadata(String title, List<String> authors, String arxivId, String doi, String abstractText, Integer year) {
    public PaperMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
