package dev.gloss.threads;

import dev.gloss.workspace.Paper;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Ready-made templates for research threads. */
public final class Templates {

    /** The opener of a #ResearchMonday thread. */
    public static final String RESEARCH_MONDAY = String.join("\n",
            "#ResearchMonday: {{title}}",
            "{{authors?}}",
            "{{link?}}",
            "{{hashtags?}}");

    /** A post quoting a highlight: the quote, its page and the paper's link. */
    public static final String QUOTE = String.join("\n",
            "“{{quote}}” (p. {{page}})",
            "{{link?}}");

    private Templates() {
    }

    /** A #ResearchMonday opener for {@code paper}: title, authors, arXiv (or DOI) link, hashtags from its tags. */
    public static String researchMonday(Paper paper) {
        Map<String, String> f = fields(paper);
        return Template.render(RESEARCH_MONDAY, f);
    }

    /** A post quoting {@code exact} from page {@code page} (from 1) of {@code paper}, with the paper's link (none when the paper is null). */
    public static String quote(String exact, int page, Paper paper) {
        return quote(exact, page, paper, true);
    }

    /**
     * A post quoting {@code exact} from page {@code page} (from 1) of {@code paper}; the link only
     * when {@code withLink} and there is a paper (a thread gives the paper's link once: see {@link #needsLink}).
     */
    public static String quote(String exact, int page, Paper paper, boolean withLink) {
        Map<String, String> f = paper == null ? new LinkedHashMap<>() : fields(paper);
        f.put("quote", exact == null ? "" : exact.strip().replaceAll("\\s+", " "));
        f.put("page", Integer.toString(page));
        if (!withLink) {
            f.put("link", "");
        }
        return Template.render(QUOTE, f);
    }

    /**
     * Whether a new post about {@code paper} should carry its link: not when a post of the
     * thread already does (the opener, or an earlier quote), so the link is given once.
     */
    public static boolean needsLink(List<String> postTexts, Paper paper) {
        String link = link(paper);
        return !link.isEmpty() && postTexts.stream().noneMatch(t -> t != null && t.contains(link));
    }

    /**
     * The fields of a paper for templates: {@code title}, {@code authors} ("by A, B and C", or
     * "by A, B et al." beyond three), {@code link} (arXiv abstract page, else DOI resolver),
     * {@code hashtags} (the paper's tags as CamelCase hashtags), {@code year}, {@code venue},
     * {@code arxiv}, {@code doi}.
     */
    public static Map<String, String> fields(Paper paper) {
        if (paper == null) {
            throw new ThreadsException(ThreadsException.Reason.NO_PAPER);
        }
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", paper.displayTitle());
        f.put("authors", authors(paper.authors()));
        f.put("link", link(paper));
        f.put("hashtags", hashtags(paper.tags()));
        f.put("year", paper.year() == null ? "" : paper.year().toString());
        f.put("venue", paper.venue() == null ? "" : paper.venue());
        f.put("arxiv", paper.arxivId() == null ? "" : paper.arxivId());
        f.put("doi", paper.doi() == null ? "" : paper.doi());
        return f;
    }

    static String authors(List<String> authors) {
        List<String> names = authors.stream().filter(a -> a != null && !a.isBlank()).map(String::strip).toList();
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return "by " + names.get(0);
        }
        if (names.size() > 3) {
            return "by " + names.get(0) + ", " + names.get(1) + " et al.";
        }
        return "by " + String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /**
     * The paper's canonical link: its source's ({@code https://arxiv.org/abs/ID} without a
     * version: the paper, not one version of it), else its DOI's; "" when it has neither.
     */
    static String link(Paper paper) {
        if (paper.source() == null && (paper.arxivId() == null || paper.arxivId().isBlank())
                && paper.doi() != null && !paper.doi().isBlank()) {
            return "https://doi.org/" + paper.doi().strip().replaceFirst("(?i)^(https?://(dx\\.)?doi\\.org/|doi:)", "");
        }
        return paper.canonicalLink();
    }

    /** Tags as hashtags: "machine learning" becomes #MachineLearning; duplicates and #ResearchMonday dropped. */
    static String hashtags(List<String> tags) {
        Set<String> out = new LinkedHashSet<>();
        for (String tag : tags) {
            StringBuilder sb = new StringBuilder();
            for (String word : tag.split("[^\\p{L}\\p{N}_]+")) {
                if (!word.isEmpty()) {
                    sb.appendCodePoint(Character.toUpperCase(word.codePointAt(0)))
                            .append(word.substring(Character.charCount(word.codePointAt(0))));
                }
            }
            String h = sb.toString();
            if (!h.isEmpty() && !h.chars().allMatch(Character::isDigit)
                    && !h.toLowerCase(Locale.ROOT).equals("researchmonday")) {
                out.add("#" + h);
            }
        }
        return String.join(" ", out);
    }
}
