package dev.gloss.pdf;

import dev.gloss.workspace.Rect;
import java.io.IOException;
import java.io.InputStream;
import java.time.Year;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
    private static final Pattern JUNK_TITLE = Pattern.compile(
            "(?i)^(untitled.*|title|document\\d*|paper|slides?|main|article|arxiv|pdf|none|abstract|manuscript|"
            + "(table of )?contents|index|preface|introduction|references|bibliography|acknowledge?ments?|appendix|"
            + "microsoft (word|powerpoint).*|.*\\.(pdf|docx?|tex|dvi|ps|rtf|indd|qxd|odt)|\\d+[\\d.\\-v ]*)$");
    private static final Pattern JUNK_AUTHOR = Pattern.compile("(?i)^(user|admin|administrator|owner|author|unknown|anonymous|default|[a-z0-9_.]+)$");
    private static final Pattern ABSTRACT = Pattern.compile("(?m)^[ \\t]*(?:Abstract|ABSTRACT|A B S T R A C T|Summary|SUMMARY)\\b\\s*[.:\\u2014\\u2013-]?\\s*");
    private static final Pattern SECTION = Pattern.compile(
            "(?m)^[ \\t]*(?:(?:\\d+|[IVX]+)\\.?\\s+(?:Introduction|INTRODUCTION|Background|Motivation|Overview)\\b"
            + "|(?:\\d+|[IVX]+)\\.?[ \\t]+[A-Z][A-Za-z ]{2,60}$"
            + "|(?:Introduction|INTRODUCTION|Keywords|KEYWORDS|Key words|Index Terms|CCS Concepts|CCS CONCEPTS"
            + "|Categories and Subject Descriptors|General Terms|ACM Reference Format)\\b)");
    private static final Pattern AFFILIATION = Pattern.compile(
            "(?i)(universit|institut|college|school|department|dept\\.|laborator|\\blab\\b|research|center|centre|inc\\.|"
            + "corporation|\\bcorp\\b|ltd|gmbh|academy|hospital|foundation|google|microsoft|facebook|meta ai|amazon|ibm|@|http|www\\.|"
            + "\\.edu|\\.com|\\.org|abstract|proceedings|conference|journal|volume|pages|\\d{3,})");
    private static final Pattern YEAR_CONTEXT = Pattern.compile(
            "(?i)(?:\u00a9|\\(c\\)|copyright|proceedings|conference|workshop|symposium|journal|published|accepted)[^\\n]{0,80}?\\b((?:19|20)\\d{2})\\b");

    private MetadataExtractor() {
    }

    static PaperMetadata extract(PdfDocument pdf, PDDocument doc) throws PdfException {
        PDDocumentInformation info = doc.getDocumentInformation();
        Xmp xmp = readXmp(doc);
        PageText first = pdf.text(1);
        String infoTitle = clean(info.getTitle());
        String xmpTitle = xmp == null ? null : clean(xmp.title());

        String title = null;
        for (String t : new String[] {xmpTitle, infoTitle}) {
            if (sensibleTitle(t) && (first.text().isBlank() || appearsIn(t, first.text()))) {
                title = t;
                break;
            }
        }
        TitleBlock block = largestText(first);
        if (title == null && block != null) {
            title = block.text;
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
            authors = authorsUnderTitle(first, block);
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

    /** The title lines: the largest text in the top part of page 1, joined. */
    private record TitleBlock(String text, int firstLine, int lastLine, double size) {
    }

    private static TitleBlock largestText(PageText page) {
        List<TextLine> lines = page.lines();
        double top = -Double.MAX_VALUE;
        double bottom = Double.MAX_VALUE;
        for (TextLine l : lines) {
            if (l.group() == 0) {
                top = Math.max(top, l.oy());
                bottom = Math.min(bottom, l.oy());
            }
        }
        double maxSize = 0;
        for (TextLine l : lines) {
            if (candidateTitleLine(page, l) && l.oy() >= bottom + 0.35 * (top - bottom)) {
                maxSize = Math.max(maxSize, l.size());
            }
        }
        if (maxSize == 0) {
            return null;
        }
        for (int i = 0; i < lines.size(); i++) {
            TextLine l = lines.get(i);
            if (!candidateTitleLine(page, l) || Math.abs(l.size() - maxSize) > 0.05 * maxSize || l.oy() < bottom + 0.35 * (top - bottom)) {
                continue;
            }
            StringBuilder sb = new StringBuilder(l.text(page.text()).strip());
            int last = i;
            for (int j = i + 1; j < lines.size() && j <= i + 4; j++) {
                TextLine n = lines.get(j);
                boolean close = Math.abs(lines.get(last).oy() - n.oy()) < 2.2 * maxSize;
                if (n.group() != 0 || Math.abs(n.size() - maxSize) > 0.05 * maxSize || !close) {
                    break;
                }
                String t = n.text(page.text()).strip();
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-' && !t.isEmpty() && Character.isLowerCase(t.charAt(0))) {
                    sb.setLength(sb.length() - 1);
                } else {
                    sb.append(' ');
                }
                sb.append(t);
                last = j;
            }
            String title = sb.toString().replaceAll("[*\u2217\u2020\u2021\u00a7\u00b6]+$", "").replaceAll("\\s+", " ").strip();
            return title.length() >= 4 ? new TitleBlock(title, i, last, maxSize) : null;
        }
        return null;
    }

    private static boolean candidateTitleLine(PageText page, TextLine l) {
        if (l.group() != 0) {
            return false;
        }
        String t = l.text(page.text()).strip();
        long letters = t.chars().filter(Character::isLetter).count();
        // a numbered heading ("1 Introduction") or a table of contents is not a title
        return letters >= 4 && !ARXIV_NEW.matcher(t).find() && !t.toLowerCase(Locale.ROOT).startsWith("proceedings")
                && !JUNK_TITLE.matcher(t).matches() && !t.matches("^\\d+(\\.\\d+)*\\.?\\s+\\S.*");
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

    /** Names on the lines right under the title, up to the abstract or the first affiliation-only line. */
    private static List<String> authorsUnderTitle(PageText page, TitleBlock block) {
        List<TextLine> lines = page.lines();
        Set<String> names = new LinkedHashSet<>();
        TextLine titleLine = lines.get(block.lastLine);
        // lines below the title, nearest first, whatever column the layout put them in
        List<TextLine> below = new ArrayList<>();
        for (TextLine l : lines) {
            if (l.group() == 0 && l.oy() < titleLine.oy() - 0.5 * block.size && l.oy() > titleLine.oy() - 12 * block.size) {
                below.add(l);
            }
        }
        below.sort((x, y) -> Double.compare(y.oy(), x.oy()));
        int used = 0;
        for (TextLine l : below) {
            String text = l.text(page.text()).strip();
            if (ABSTRACT.matcher(text).lookingAt() || SECTION.matcher(text).lookingAt() || used >= 8) {
                break;
            }
            used++;
            if (l.size() >= block.size - 0.01) {
                continue;
            }
            for (String chunk : chunks(page, l)) {
                // affiliation marks glued to a name ("Kyle Loα Zejiang Shenα") separate names
                chunk = chunk.replaceAll("(?<=\\p{Ll})[\\p{InGreek}♢♡♠♣♥♦$#+*∗†‡§¶\\d]+", ",");
                for (String candidate : chunk.split(",|;|\\band\\b|&|\u00b7|\u2022")) {
                    String n = candidate.replaceAll("[*\u2217\u2020\u2021\u00a7\u00b6\u2666\u2660\u2663\u2665\\d\\^]+", " ").replaceAll("\\s+", " ").strip();
                    if (looksLikeName(n)) {
                        names.add(n);
                    }
                }
            }
        }
        return new ArrayList<>(names);
    }

    /** A line split where its words are far apart (author names set in a row). */
    private static List<String> chunks(PageText page, TextLine l) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        Rect prev = null;
        for (Word w : page.words()) {
            if (w.start() < l.start() || w.end() > l.end()) {
                continue;
            }
            double gap = prev == null ? 0 : w.box().left() - prev.right();
            if (prev != null && gap > 1.2 * l.size()) {
                out.add(cur.toString());
                cur.setLength(0);
            }
            if (cur.length() > 0) {
                cur.append(' ');
            }
            cur.append(w.text());
            prev = w.box();
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    static boolean looksLikeName(String n) {
        if (n.length() < 4 || n.length() > 60 || AFFILIATION.matcher(n).find()) {
            return false;
        }
        String[] words = n.split(" ");
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        int capitalized = 0;
        for (String w : words) {
            if (w.isEmpty()) {
                return false;
            }
            char c = w.charAt(0);
            if (Character.isUpperCase(c)) {
                capitalized++;
            } else if (!w.matches("(?i)van|von|der|de|del|della|da|di|du|le|la|dos|bin|al|y")) {
                return false;
            }
        }
        return capitalized >= 2;
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

    private static String abstractText(PdfDocument pdf, PageText first) throws PdfException {
        String text = first.text();
        Matcher a = ABSTRACT.matcher(text);
        if (!a.find()) {
            return null;
        }
        String rest = text.substring(a.end());
        if (pdf.pageCount() > 1 && rest.length() < 3000) {
            rest = rest + "\n" + pdf.text(2).text();
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
