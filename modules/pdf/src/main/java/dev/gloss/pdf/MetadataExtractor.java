package dev.gloss.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.time.Year;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * Works out a paper's title, authors, arXiv id, DOI, abstract and year from its info
 * dictionary, XMP and first page. Metadata written by tools is often junk ("Microsoft Word -
 * draft3.docx"), so it is used only when it looks like a title and appears on page 1; otherwise
 * the page itself is read: the largest text near the top is the title, the lines under it the
 * authors.
 */
final class MetadataExtractor {
    private static final Logger LOG = Logger.getLogger(MetadataExtractor.class.getName());
    static final Pattern ARXIV_NEW = Pattern.compile("(?i)arXiv\\s*:\\s*(\\d{4}\\.\\d{4,5}(?:v\\d+)?)");
    static final Pattern ARXIV_OLD = Pattern.compile("(?i)arXiv\\s*:\\s*([a-z][a-z\\-]+(?:\\.[A-Z]{2})?/\\d{7}(?:v\\d+)?)");
    static final Pattern ARXIV_URL = Pattern.compile("(?i)arxiv\\.org/(?:abs|pdf)/(\\d{4}\\.\\d{4,5}(?:v\\d+)?|[a-z][a-z\\-]+(?:\\.[A-Z]{2})?/\\d{7}(?:v\\d+)?)");
    static final Pattern ARXIV_FILE = Pattern.compile("^(\\d{4}\\.\\d{4,5}(?:v\\d+)?)(?:\\.pdf)?$", Pattern.CASE_INSENSITIVE);
    static final Pattern DOI = Pattern.compile("\\b(10\\.\\d{4,9}/[^\\s\"<>]+)");
    static final Pattern JUNK_TITLE = Pattern.compile(
            "(?i)^(untitled.*|title|document\\d*|paper|slides?|main|article|arxiv|pdf|none|abstract|manuscript|"
            + "(table of )?contents|index|preface|introduction|references|bibliography|acknowledge?ments?|appendix|"
            + "microsoft (word|powerpoint).*|.*\\.(pdf|docx?|tex|dvi|ps|rtf|indd|qxd|odt)|\\d+[\\d.\\-v ]*)$");
    private static final Pattern JUNK_AUTHOR = Pattern.compile("(?i)^(user|admin|administrator|owner|author|unknown|anonymous|default|[a-z0-9_.]+)$");
    static final Pattern ABSTRACT = Pattern.compile("(?m)^[ \\t]*(?:Abstract|ABSTRACT|A B S T R A C T|Summary|SUMMARY)\\b\\s*[.:\\u2014\\u2013-]?\\s*");
    static final Pattern SECTION = Pattern.compile(
            "(?m)^[ \\t]*(?:(?:\\d+|[IVX]+)\\.?\\s+(?:Introduction|INTRODUCTION|Background|Motivation|Overview)\\b"
            + "|(?:\\d+|[IVX]+)\\.?[ \\t]+[A-Z][A-Za-z ]{2,60}$"
            + "|(?:Introduction|INTRODUCTION|Keywords|KEYWORDS|Key words|Index Terms|CCS Concepts|CCS CONCEPTS"
            + "|Categories and Subject Descriptors|General Terms|ACM Reference Format)\\b)");
    private static final Pattern YEAR_CONTEXT = Pattern.compile(
            "(?i)(?:\u00a9|\\(c\\)|copyright|proceedings|conference|workshop|symposium|journal|published|accepted)[^\\n]{0,80}?\\b((?:19|20)\\d{2})\\b");

    private MetadataExtractor() {
    }

    static PaperMetadata extract(PdfDocument pdf, PDDocument doc) {
        PDDocumentInformation info = doc.getDocumentInformation();
        Xmp xmp = readXmp(doc);
        PageText first;
        try {
            first = pdf.text(1);
        } catch (PdfException e) {
            // a damaged first page still leaves the info dictionary and XMP to go by
            LOG.log(Level.FINE, "page 1 unreadable", e);
            first = new PageText(1, "", List.of(), List.of(), new int[0], new float[0], new float[0]);
        }
        String infoTitle = clean(info.getTitle());
        String xmpTitle = xmp == null ? null : clean(xmp.title());

        String title = null;
        for (String t : new String[] {xmpTitle, infoTitle}) {
            if (sensibleTitle(t) && (first.text().isBlank() || appearsIn(t, first.text()))) {
                title = t;
                break;
            }
        }
        FirstPage.TitleBlock block = FirstPage.largestText(first);
        if (title == null && block != null) {
            title = block.text();
        }
        if (title == null) {
            title = sensibleTitle(xmpTitle) ? xmpTitle : sensibleTitle(infoTitle) ? infoTitle : null;
        }

        List<String> authors = authorsFromMetadata(info.getAuthor());
        if (authors.isEmpty() && xmp != null) {
            for (String c : xmp.creators()) {
                authors.addAll(authorsFromMetadata(c));
            }
        }
        if (authors.isEmpty() && block != null) {
            authors = FirstPage.authorsUnderTitle(first, block);
        }

        String arxiv = arxivId(pdf, first, info, xmp);
        String doi = doi(pdf, first, info, xmp);
        String abstractText = abstractText(pdf, first);
        Integer year = year(arxiv, first, info);
        return new PaperMetadata(title, authors, arxiv, doi, abstractText, year);
    }

    private static Xmp readXmp(PDDocument doc) {
        try {
            PDMetadata m = doc.getDocumentCatalog().getMetadata();
            if (m == null) {
                return null;
            }
            try (InputStream in = m.exportXMPMetadata()) {
                return Xmp.parse(in.readNBytes(4_000_001));
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "unreadable XMP stream", e);
            return null;
        }
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replace('\u0000', ' ').replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    static boolean sensibleTitle(String t) {
        if (t == null || t.length() < 4 || t.length() > 400 || JUNK_TITLE.matcher(t).matches()) {
            return false;
        }
        long letters = t.chars().filter(Character::isLetter).count();
        String l = t.toLowerCase(Locale.ROOT);
        return letters >= 3 && !t.matches("(?i)^\\S+\\.(\\w{2,4})$") && !l.contains("://") && !l.startsWith("www.")
                && !l.contains("\\") && !l.matches(".*\\.(docx?|pdf|tex|dvi)\\b.*");
    }

    /** Most of the title's words are on the page (so it is this paper's title, not a template's). */
    private static boolean appearsIn(String title, String page) {
        String p = page.toLowerCase(Locale.ROOT);
        String[] words = title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        int n = 0;
        int found = 0;
        for (String w : words) {
            if (w.length() < 3) {
                continue;
            }
            n++;
            if (p.contains(w)) {
                found++;
            }
        }
        return n > 0 && found >= 0.6 * n;
    }

    static List<String> authorsFromMetadata(String author) {
        List<String> out = new ArrayList<>();
        String a = clean(author);
        if (a == null || a.length() > 2000 || JUNK_AUTHOR.matcher(a).matches()) {
            return out;
        }
        String[] parts = a.contains(";") ? a.split(";") : a.split(",|\\band\\b|&");
        for (String p : parts) {
            String n = p.strip();
            if (!n.isEmpty() && n.chars().anyMatch(Character::isLetter)) {
                out.add(n);
            }
        }
        return out;
    }

    private static String arxivId(PdfDocument pdf, PageText first, PDDocumentInformation info, Xmp xmp) {
        // the vertical stamp in the margin is the most reliable; then page 1, links, metadata, file name
        StringBuilder stamp = new StringBuilder();
        for (TextLine l : first.lines()) {
            if (l.group() > 0) {
                stamp.append(l.text(first.text())).append('\n');
            }
        }
        for (String text : new String[] {stamp.toString(), first.text()}) {
            String id = findArxiv(text);
            if (id != null) {
                return id;
            }
        }
        for (PdfLink link : pdf.links(1)) {
            if (link.uri() != null) {
                Matcher m = ARXIV_URL.matcher(link.uri());
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        List<String> meta = new ArrayList<>();
        meta.add(info.getSubject());
        meta.add(info.getKeywords());
        meta.add(info.getCustomMetadataValue("arXivID"));
        if (xmp != null) {
            meta.addAll(xmp.any("identifier"));
        }
        for (String m : meta) {
            String id = m == null ? null : findArxiv(m);
            if (id != null) {
                return id;
            }
        }
        String name = pdf.file().getFileName() == null ? "" : pdf.file().getFileName().toString();
        Matcher m = ARXIV_FILE.matcher(name);
        return m.matches() ? m.group(1) : null;
    }

    static String findArxiv(String text) {
        for (Pattern p : new Pattern[] {ARXIV_NEW, ARXIV_OLD, ARXIV_URL}) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static String doi(PdfDocument pdf, PageText first, PDDocumentInformation info, Xmp xmp) {
        List<String> sources = new ArrayList<>();
        if (xmp != null) {
            sources.addAll(xmp.any("doi"));
            sources.addAll(xmp.any("identifier"));
        }
        sources.add(info.getCustomMetadataValue("doi"));
        sources.add(info.getCustomMetadataValue("DOI"));
        sources.add(info.getSubject());
        sources.add(info.getKeywords());
        sources.add(first.text());
        for (PdfLink link : pdf.links(1)) {
            if (link.uri() != null && link.uri().toLowerCase(Locale.ROOT).contains("doi.org/")) {
                sources.add(link.uri());
            }
        }
        for (String s : sources) {
            String d = s == null ? null : findDoi(s);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    static String findDoi(String text) {
        Matcher m = DOI.matcher(text);
        if (!m.find()) {
            return null;
        }
        String d = m.group(1);
        while (!d.isEmpty() && ".,;:)]}'".indexOf(d.charAt(d.length() - 1)) >= 0) {
            // keep a closing bracket that has its opening one inside the DOI
            char c = d.charAt(d.length() - 1);
            if ((c == ')' && d.indexOf('(') >= 0 && count(d, '(') >= count(d, ')'))
                    || (c == ']' && d.indexOf('[') >= 0 && count(d, '[') >= count(d, ']'))) {
                break;
            }
            d = d.substring(0, d.length() - 1);
        }
        return d.length() > 8 ? d : null;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    private static String abstractText(PdfDocument pdf, PageText first) {
        String text = first.text();
        Matcher a = ABSTRACT.matcher(text);
        if (!a.find()) {
            return null;
        }
        String rest = text.substring(a.end());
        if (pdf.pageCount() > 1 && rest.length() < 3000) {
            try {
                rest = rest + "\n" + pdf.text(2).text();
            } catch (PdfException e) {
                LOG.log(Level.FINE, "page 2 unreadable", e);
            }
        }
        Matcher s = SECTION.matcher(rest);
        int end = s.find() ? s.start() : Math.min(rest.length(), 3000);
        String abs = rest.substring(0, Math.min(end, 5000)).replaceAll("\\s*\\n\\s*", " ").replaceAll("\\s+", " ").strip();
        return abs.length() < 40 ? null : abs;
    }

    private static Integer year(String arxiv, PageText first, PDDocumentInformation info) {
        int max = Year.now().getValue() + 1;
        if (arxiv != null && arxiv.matches("\\d{4}\\..*")) {
            return 2000 + Integer.parseInt(arxiv.substring(0, 2));
        }
        if (arxiv != null) {
            Matcher m = Pattern.compile("/(\\d{2})\\d{5}").matcher(arxiv);
            if (m.find()) {
                int yy = Integer.parseInt(m.group(1));
                return yy >= 91 ? 1900 + yy : 2000 + yy;
            }
        }
        Matcher m = YEAR_CONTEXT.matcher(first.text());
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y >= 1900 && y <= max) {
                return y;
            }
        }
        Calendar created = info.getCreationDate();
        if (created != null) {
            int y = created.get(Calendar.YEAR);
            if (y >= 1990 && y <= max) {
                return y;
            }
        }
        return null;
    }
}
