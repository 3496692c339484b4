package dev.gloss.sources;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.workspace.PaperSource;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads CSL-JSON as DOI content negotiation answers it ({@code Accept:
 * application/vnd.citationstyles.csl+json} at {@code doi.org}, redirected to the registration
 * agency): Crossref's (title and container-title as strings or arrays, authors with
 * {@code affiliation[].name}, a JATS abstract, {@code issued.date-parts}, {@code link[]} to
 * full texts) and DataCite's (the same CSL fields, {@code categories}, {@code version}).
 */
final class Csl {
    private static final Logger LOG = Logger.getLogger(Csl.class.getName());

    private Csl() {
    }

    static SourceMetadata parse(JsonNode n, String doi, URI answeredBy) throws SourceException {
        if (n == null || !n.isObject()) {
            throw new SourceException(SourceException.Reason.UNREADABLE_ANSWER, "doi.org");
        }
        Origin origin = originOf(n, answeredBy);
        String title = ArxivFeed.collapse(first(n.path("title")));
        List<PaperSource.Author> authors = new ArrayList<>();
        for (JsonNode a : n.path("author")) {
            String name = name(a);
            if (name.isEmpty()) {
                continue;
            }
            List<String> affiliations = new ArrayList<>();
            for (JsonNode af : a.path("affiliation")) {
                String t = af.isTextual() ? af.asText() : af.path("name").asText("");
                if (!t.isBlank()) {
                    affiliations.add(ArxivFeed.collapse(t));
                }
            }
            authors.add(new PaperSource.Author(name, affiliations));
        }
        String issued = date(n.path("issued"));
        if (issued == null) {
            issued = date(n.path("published"));
        }
        Integer year = issued == null ? null : Integer.valueOf(issued.substring(0, 4));
        String abs = n.path("abstract").asText(null);
        List<String> categories = new ArrayList<>();
        for (JsonNode c : n.path("categories")) {
            if (c.isTextual() && !categories.contains(c.asText())) {
                categories.add(c.asText());
            }
        }
        for (JsonNode c : n.path("subject")) {
            if (c.isTextual() && !categories.contains(c.asText())) {
                categories.add(c.asText());
            }
        }
        String theDoi = n.path("DOI").asText(doi);
        String venue = blankToNull(first(n.path("container-title")));
        return new SourceMetadata(origin, title.isEmpty() ? null : title, authors, abs == null ? null : plain(abs), issued, null,
                year, null, null, theDoi, null, categories, null, null, venue, blankToNull(n.path("publisher").asText(null)),
                "https://doi.org/" + theDoi);
    }

    /**
     * The publisher's full-text links that say they are PDFs (Crossref {@code link[]} with
     * {@code content-type: application/pdf}), not those kept for similarity checking only.
     */
    static List<URI> pdfLinks(JsonNode n) {
        List<URI> out = new ArrayList<>();
        for (JsonNode l : n.path("link")) {
            String type = l.path("content-type").asText("");
            String use = l.path("intended-application").asText("");
            String url = l.path("URL").asText("");
            if (type.equalsIgnoreCase("application/pdf") && !use.equals("similarity-checking") && !url.isBlank()) {
                try {
                    out.add(URI.create(url.strip()));
                } catch (IllegalArgumentException e) {
                    // a malformed link of the publisher's is skipped; the others are tried
                    LOG.log(Level.FINE, "skipping the link " + url, e);
                }
            }
        }
        return out;
    }

    private static Origin originOf(JsonNode n, URI answeredBy) {
        if (n.path("source").asText("").equalsIgnoreCase("Crossref")) {
            return Origin.CROSSREF;
        }
        String host = answeredBy == null || answeredBy.toString() == null ? "" : answeredBy.toString().toLowerCase(Locale.ROOT);
        if (host.contains("datacite")) {
            return Origin.DATACITE;
        }
        if (host.contains("crossref")) {
            return Origin.CROSSREF;
        }
        return Origin.DOI;
    }

    /** A string, or the first of an array of strings. */
    private static String first(JsonNode v) {
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isArray()) {
            for (JsonNode x : v) {
                if (x.isTextual() && !x.asText().isBlank()) {
                    return x.asText();
                }
            }
        }
        return "";
    }

    private static String name(JsonNode a) {
        String given = a.path("given").asText("").strip();
        String family = a.path("family").asText("").strip();
        if (!family.isEmpty()) {
            return (given.isEmpty() ? family : given + " " + family).replaceAll("\\s+", " ");
        }
        String literal = a.path("literal").asText(a.path("name").asText("")).strip();
        return literal.replaceAll("\\s+", " ");
    }

    /** {@code {"date-parts": [[2021, 11, 9]]}} → {@code 2021-11-09}, as precise as given. */
    private static String date(JsonNode d) {
        JsonNode parts = d.path("date-parts").path(0);
        if (!parts.isArray() || parts.isEmpty() || !parts.get(0).canConvertToInt() || parts.get(0).isNull()) {
            return null;
        }
        int y = parts.get(0).asInt();
        if (y <= 0) {
            return null;
        }
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%04d", y));
        for (int i = 1; i < Math.min(3, parts.size()); i++) {
            if (!parts.get(i).canConvertToInt() || parts.get(i).asInt() <= 0) {
                break;
            }
            s.append(String.format(Locale.ROOT, "-%02d", parts.get(i).asInt()));
        }
        return s.toString();
    }

    /** An abstract without its JATS or HTML markup, as one paragraph. */
    static String plain(String markup) {
        String s = markup.replaceAll("(?is)<jats:title>.*?</jats:title>", " ").replaceAll("(?s)<[^>]+>", " ");
        s = Html.unescape(s);
        s = ArxivFeed.collapse(s);
        return s.isEmpty() ? null : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : ArxivFeed.collapse(s);
    }
}
