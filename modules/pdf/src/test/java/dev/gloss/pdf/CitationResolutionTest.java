package dev.gloss.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.workspace.Rect;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Measures the text-based resolution against the papers' own links. On every paper of the
 * corpus's research folder that has internal link annotations (hyperref), a link that leads
 * into the reference list is the ground truth: the text-based resolver, which never looks at
 * links, must find a marker under that link that resolves to the entry at the link's target.
 * The identifiers are measured against the DOI and arXiv links inside the entries and the arXiv
 * ids a person read off the printed lists ({@code printed-ids.tsv}). The table is written to
 * {@code target/citation-resolution.md} (the README shows it) and the thresholds are asserted.
 */
class CitationResolutionTest {
    /** What a reference to a figure, table, section, appendix or equation starts with in running text. */
    private static final Pattern REFERENCE_WORD = Pattern.compile(
            "(?i).*\\b(fig(ure)?s?|tab(le)?s?|sec(tion)?s?|sect|app(endix)?|appendices|eqn?s?|equations?|abbildung(en)?|abb|tabellen?|abschnitt|kapitel)\\.?\\W*$|.*§.*");
    private static final Pattern NUMBERED_TARGET = Pattern.compile("(figure|table|section|subsection|subsubsection|appendix|equation)\\.[^*].*");

    /** One paper's row. */
    record Row(String paper, int citationLinks, int found, int objectLinks, int objectsFound, int references, int withId, int idRight,
            int wrongIds, int printed, int printedRight, List<String> misses) {
        double share() {
            return citationLinks == 0 ? 1 : (double) found / citationLinks;
        }
    }

    @Test
    void theTextFindsWhatTheLinksLeadTo() throws Exception {
        Path folder = Corpus.root().resolve("research");
        Assumptions.assumeTrue(Files.isDirectory(folder), "corpus not present at " + Corpus.root());
        Map<String, Map<String, String>> printed = printedIds();
        List<Row> rows = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        for (Path f : files) {
            Row r = measure(f, printed.getOrDefault("research/" + f.getFileName(), Map.of()));
            if (r != null) {
                rows.add(r);
            }
        }
        String table = table(rows);
        Path out = Path.of("target", "citation-resolution.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table, StandardCharsets.UTF_8);
        System.out.println(table);

        int links = rows.stream().mapToInt(Row::citationLinks).sum();
        int found = rows.stream().mapToInt(Row::found).sum();
        assertTrue(links > 400, "the corpus's linked papers have hundreds of citation links: " + links);
        assertTrue(found >= 0.90 * links, "text resolution finds " + found + " of " + links + " citation links\n" + table);
        for (Row r : rows) {
            // every paper with a real reference list holds the target on its own
            if (r.citationLinks() >= 20) {
                assertTrue(r.share() >= 0.90, r.paper() + ": " + r.found() + " of " + r.citationLinks() + "; missed " + r.misses());
            }
        }
        int withId = rows.stream().mapToInt(Row::withId).sum();
        int right = rows.stream().mapToInt(Row::idRight).sum();
        int wrong = rows.stream().mapToInt(Row::wrongIds).sum();
        assertTrue(withId > 50, "entries with a known identifier: " + withId);
        assertTrue(right >= 0.95 * withId, right + " of " + withId + " identifiers right\n" + table);
        assertTrue(wrong <= 1, wrong + " entries carry an identifier nothing confirms\n" + table);
    }

    private static Row measure(Path file, Map<String, String> printed) throws Exception {
        try (PdfDocument pdf = PdfDocument.open(file)) {
            boolean internal = false;
            for (int p = 1; p <= pdf.pageCount() && !internal; p++) {
                internal = pdf.links(p).stream().anyMatch(l -> !l.external());
            }
            if (!internal) {
                return null;
            }
            CrossReferences x = CrossReferences.read(pdf);
            int cites = 0;
            int found = 0;
            int objects = 0;
            int objectsFound = 0;
            List<String> misses = new ArrayList<>();
            for (int p = 1; p <= pdf.pageCount(); p++) {
                List<Citation> text = x.textCitations(p);
                for (Citation link : x.linkCitations(p)) {
                    PdfLink l = linkAt(pdf, p, link.area());
                    String name = l.destination() == null ? "" : l.destination().toLowerCase(Locale.ROOT);
                    Reference truth = Double.isNaN(l.targetTop()) ? null : x.entryAt(l.targetPage(), l.targetLeft(), l.targetTop());
                    boolean citation = name.startsWith("cite.") || (truth != null && !NUMBERED_TARGET.matcher(name).matches()
                            && !name.startsWith("hfootnote") && !name.startsWith("item") && !name.startsWith("page"));
                    if (citation) {
                        cites++;
                        boolean ok = truth != null && text.stream().anyMatch(c -> overlaps(c.area(), l.area()) && c.target() != null
                                && c.target().reference() == truth);
                        if (ok) {
                            found++;
                        } else {
                            misses.add("p" + p + " '" + link.text() + "'");
                        }
                    } else if (NUMBERED_TARGET.matcher(name).matches() && inReferencePhrase(pdf, p, link)) {
                        objects++;
                        boolean ok = text.stream().anyMatch(c -> overlaps(c.area(), l.area()) && c.target() != null
                                && c.target().page() == l.targetPage() && c.target().areas().stream()
                                        .anyMatch(a -> a.box().bottom() - 20 <= l.targetTop() && l.targetTop() <= a.box().top() + 40));
                        objectsFound += ok ? 1 : 0;
                    }
                }
            }
            int[] ids = ids(pdf, x, printed);
            return new Row(file.getFileName().toString(), cites, found, objects, objectsFound, x.references().size(), ids[0], ids[1], ids[2], ids[3], ids[4], misses);
        }
    }

    /** Whether a link to a figure or section stands in a phrase like "Figure 3" or "§2.5" (not a table of contents' line). */
    private static boolean inReferencePhrase(PdfDocument pdf, int page, Citation link) throws PdfException {
        if (link.text().matches("(?i).*\\b(figs?|figures?|tabs?|tables?|secs?|sections?|apps?|appendix|eqs?|equations?|abb|abbildung|tabelle|kapitel|abschnitt)\\b.*|.*§.*")) {
            return true;
        }
        if (!link.text().matches("\\(?[A-Z]?\\d*(\\.\\d+)*[a-z]?\\)?[.,;:)]*")) {
            return false;
        }
        // a bare number: the word before it says what it numbers
        PageText t = pdf.text(page);
        String before = "";
        for (Word w : t.words()) {
            Rect b = w.box();
            if (overlaps(b, link.area())) {
                int from = Math.max(0, w.start() - 16);
                before = t.text().substring(from, w.start());
                break;
            }
        }
        return REFERENCE_WORD.matcher(before).matches();
    }

    private static PdfLink linkAt(PdfDocument pdf, int page, Rect area) {
        return pdf.links(page).stream().filter(l -> l.area().equals(area)).findFirst().orElseThrow();
    }

    /**
     * {entries with a known identifier, those parsed with it, entries with an identifier nothing
     * confirms, entries whose id is printed (printed-ids.tsv), those parsed with it}. Known: a doi.org
     * or arxiv.org link inside the entry, or an arXiv id in printed-ids.tsv.
     */
    private static int[] ids(PdfDocument pdf, CrossReferences x, Map<String, String> printed) {
        int known = 0;
        int right = 0;
        int unconfirmed = 0;
        int printedKnown = 0;
        int printedRight = 0;
        for (Reference r : x.references()) {
            if (printed.containsKey(r.label())) {
                printedKnown++;
                printedRight += printed.get(r.label()).equals(r.arxivId()) ? 1 : 0;
            }
            String doi = null;
            String arxiv = printed.get(r.label());
            for (PageArea a : r.areas()) {
                for (PdfLink l : pdf.links(a.page())) {
                    Rect b = l.area();
                    if (!l.external() || !a.contains(a.page(), (b.left() + b.right()) / 2, (b.bottom() + b.top()) / 2, 1)) {
                        continue;
                    }
                    String u = l.uri().toLowerCase(Locale.ROOT);
                    if (u.matches(".*(doi\\.org|/doi(/abs|/full|/pdf)?)/10\\.\\d{4,9}/.*")) {
                        // doi.org, or a publisher's /doi/ address
                        doi = l.uri().substring(u.indexOf("/10.") + 1).replaceAll("[?#].*$", "");
                    } else if (u.matches(".*arxiv\\.org/(abs|pdf)/\\d{4}\\.\\d{4,5}.*")) {
                        arxiv = u.replaceAll(".*arxiv\\.org/(abs|pdf)/(\\d{4}\\.\\d{4,5}).*", "$2");
                    }
                }
            }
            if (doi != null || arxiv != null) {
                known++;
                boolean ok = (doi == null || doi.equalsIgnoreCase(r.doi())) && (arxiv == null || arxiv.equals(r.arxivId()));
                right += ok ? 1 : 0;
            } else if (r.doi() != null || r.arxivId() != null) {
                unconfirmed++;
            }
        }
        return new int[] {known, right, unconfirmed, printedKnown, printedRight};
    }

    private static boolean overlaps(Rect a, Rect b) {
        return a.left() < b.right() && b.left() < a.right() && a.bottom() < b.top() && b.bottom() < a.top();
    }

    private static Map<String, Map<String, String>> printedIds() throws IOException {
        Map<String, Map<String, String>> out = new HashMap<>();
        try (InputStream in = CitationResolutionTest.class.getResourceAsStream("printed-ids.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], f[2].strip());
            }
        }
        return out;
    }

    private static String table(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("| paper | citation links | found by text | share | references parsed | with a known DOI/arXiv id | parsed right |"
                + " of them printed, read from the text | with an id nothing confirms | references by number (Figure 3, §2) found by text |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        int[] sum = new int[10];
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %d | %d | %d | %s | %d | %s |%n", r.paper(), r.citationLinks(), r.found(),
                    percent(r.found(), r.citationLinks()), r.references(), r.withId(), r.idRight(), fraction(r.printedRight(), r.printed()),
                    r.wrongIds(), fraction(r.objectsFound(), r.objectLinks())));
            int[] v = {r.citationLinks(), r.found(), r.references(), r.withId(), r.idRight(), r.objectsFound(), r.objectLinks(), r.printedRight(),
                r.printed(), r.wrongIds()};
            for (int i = 0; i < v.length; i++) {
                sum[i] += v[i];
            }
        }
        sb.append(String.format(Locale.ROOT, "| **all** | %d | %d | **%s** | %d | %d | %d (%s) | %s | %d | %s |%n", sum[0], sum[1],
                percent(sum[1], sum[0]), sum[2], sum[3], sum[4], percent(sum[4], sum[3]), fraction(sum[7], sum[8]), sum[9], fraction(sum[5], sum[6])));
        return sb.toString();
    }

    private static String percent(int a, int b) {
        return b == 0 ? "–" : String.format(Locale.ROOT, "%.1f%%", 100.0 * a / b);
    }

    private static String fraction(int a, int b) {
        return b == 0 ? "–" : a + " of " + b;
    }
}
