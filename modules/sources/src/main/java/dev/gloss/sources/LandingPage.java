package dev.gloss.sources;

import dev.gloss.workspace.PaperSource;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paper's web page read through its {@code citation_*} tags: title, authors ("Last, First" or
 * "First Last"), date, venue, DOI, arXiv id, abstract and the PDF's address.
 *
 * @param metadata what the page says (null when it names no paper)
 * @param pdf      {@code citation_pdf_url}, resolved against the page, or null
 */
record LandingPage(SourceMetadata metadata, URI pdf) {
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})(?:[/-](\\d{1,2}))?(?:[/-](\\d{1,2}))?");

    static LandingPage read(String html, URI page, Origin origin) {
        Map<String, List<String>> meta = Html.meta(html);
        String title = one(meta, "citation_title");
        URI pdf = null;
        String pdfUrl = one(meta, "citation_pdf_url");
        if (pdfUrl != null) {
            try {
                pdf = page.resolve(pdfUrl.replace(" ", "%20"));
            } catch (IllegalArgumentException e) {
                pdf = null;
            }
        }
        if (title == null) {
            return new LandingPage(null, pdf);
        }
        List<PaperSource.Author> authors = new ArrayList<>();
        for (String a : meta.getOrDefault("citation_author", List.of())) {
            authors.add(new PaperSource.Author(firstLast(a), List.of()));
        }
        String date = date(first(meta, "citation_publication_date", "citation_date", "citation_online_date", "citation_year"));
        Integer year = date == null ? null : Integer.valueOf(date.substring(0, 4));
        String venue = first(meta, "citation_conference_title", "citation_journal_title", "citation_inbook_title");
        String doi = one(meta, "citation_doi");
        if (doi != null) {
            doi = doi.replaceFirst("(?i)^(?:https?://(?:dx\\.)?doi\\.org/|doi:)", "");
        }
        String arxiv = one(meta, "citation_arxiv_id");
        String abs = one(meta, "citation_abstract");
        String link = doi != null && origin == Origin.WEB ? "https://doi.org/" + doi : page.toString();
        SourceMetadata m = new SourceMetadata(origin, ArxivFeed.collapse(title), authors, abs == null ? null : Csl.plain(abs),
                date, null, year, arxiv, null, doi, null, List.of(), null, null, venue == null ? null : ArxivFeed.collapse(venue),
                one(meta, "citation_publisher"), link);
        return new LandingPage(m, pdf);
    }

    /** "Devlin, Jacob" → "Jacob Devlin"; "Jacob Devlin" stays. */
    static String firstLast(String name) {
        String n = ArxivFeed.collapse(name);
        int comma = n.indexOf(',');
        if (comma > 0 && n.indexOf(',', comma + 1) < 0) {
            String last = n.substring(0, comma).strip();
            String first = n.substring(comma + 1).strip();
            return first.isEmpty() ? last : first + " " + last;
        }
        return n;
    }

    private static String date(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = YEAR.matcher(s.strip());
        if (!m.find()) {
            return null;
        }
        StringBuilder out = new StringBuilder(m.group(1));
        if (m.group(2) != null) {
            out.append('-').append(String.format("%02d", Integer.parseInt(m.group(2))));
            if (m.group(3) != null) {
                out.append('-').append(String.format("%02d", Integer.parseInt(m.group(3))));
            }
        }
        return out.toString();
    }

    private static String one(Map<String, List<String>> meta, String name) {
        List<String> v = meta.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private static String first(Map<String, List<String>> meta, String... names) {
        for (String n : names) {
            String v = one(meta, n);
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
