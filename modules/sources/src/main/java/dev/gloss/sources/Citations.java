package dev.gloss.sources;

import dev.gloss.workspace.Paper;
import dev.gloss.workspace.PaperSource;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How to cite a paper: a BibTeX entry with a stable citation key ({@code vaswani2017attention}:
 * the first author's family name, the year, the first word of the title that is not a small
 * word, in ASCII), and a plain-text reference. The key depends on the details only, so the same
 * paper gets the same key on every machine and in every export; in a library two papers with
 * the same key get {@code a}, {@code b}... in the order of their ids.
 */
public final class Citations {
    private static final Set<String> SMALL = Set.of("a", "an", "the", "on", "of", "in", "for", "to", "and", "with", "from",
            "at", "by", "is", "are", "towards", "toward", "via");

    private Citations() {
    }

    /** The citation key of one paper ({@code vaswani2017attention}). */
    public static String key(Paper p) {
        String family = p.authors().isEmpty() ? "anon" : familyName(p.authors().get(0));
        String word = "";
        for (String w : ascii(p.displayTitle() == null ? "" : p.displayTitle()).toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!w.isEmpty() && !SMALL.contains(w)) {
                word = w;
                break;
            }
        }
        String k = ascii(family).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + (p.year() == null ? "nd" : p.year()) + word;
        return k.isEmpty() ? "paper" : k;
    }

    /** Keys for many papers, unique: a repeated key gets {@code a}, {@code b}... by paper id. */
    public static Map<String, String> keys(Collection<Paper> papers) {
        Map<String, List<Paper>> byKey = new HashMap<>();
        for (Paper p : papers) {
            byKey.computeIfAbsent(key(p), k -> new ArrayList<>()).add(p);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Paper p : papers) {
            List<Paper> same = byKey.get(key(p));
            if (same.size() == 1) {
                out.put(p.id(), key(p));
            } else {
                List<String> ids = same.stream().map(Paper::id).sorted().toList();
                out.put(p.id(), key(p) + suffix(ids.indexOf(p.id())));
            }
        }
        return out;
    }

    /** The BibTeX entries of {@code papers}, in their order, with unique keys. */
    public static String bibtex(List<Paper> papers) {
        Map<String, String> keys = keys(papers);
        return papers.stream().map(p -> bibtex(p, keys.get(p.id()))).collect(Collectors.joining("\n"));
    }

    /** One BibTeX entry under its own key. */
    public static String bibtex(Paper p) {
        return bibtex(p, key(p));
    }

    static String bibtex(Paper p, String key) {
        String arxiv = PaperFromLink.plainArxiv(p);
        String venue = p.venue();
        PaperSource s = p.source();
        boolean proceedings = venue != null && venue.matches("(?i).*(proceedings|conference|workshop|symposium|meeting).*");
        String type = venue == null ? "misc" : proceedings ? "inproceedings" : "article";
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", "{" + escape(p.displayTitle()) + "}");
        if (!p.authors().isEmpty()) {
            f.put("author", p.authors().stream().map(Citations::lastFirst).map(Citations::escape).collect(Collectors.joining(" and ")));
        }
        if (venue != null) {
            f.put(proceedings ? "booktitle" : "journal", escape(venue));
        }
        if (s != null && s.publisher() != null && venue != null) {
            f.put("publisher", escape(s.publisher()));
        }
        if (p.year() != null) {
            f.put("year", String.valueOf(p.year()));
        }
        if (arxiv != null) {
            f.put("eprint", arxiv);
            f.put("archivePrefix", "arXiv");
            if (s != null && s.primaryCategory() != null) {
                f.put("primaryClass", s.primaryCategory());
            }
        }
        if (p.doi() != null && !p.doi().isBlank()) {
            f.put("doi", p.doi());
        }
        String link = p.canonicalLink();
        if (!link.isBlank()) {
            f.put("url", link);
        }
        StringBuilder out = new StringBuilder("@").append(type).append('{').append(key);
        f.forEach((k, v) -> out.append(",\n  ").append(k).append(" = {").append(v).append('}'));
        return out.append("\n}\n").toString();
    }

    /**
     * A plain-text reference: "Ashish Vaswani, Noam Shazeer, and Illia Polosukhin. 2017.
     * Attention Is All You Need. arXiv:1706.03762. https://arxiv.org/abs/1706.03762"
     */
    public static String plain(Paper p) {
        StringBuilder out = new StringBuilder();
        List<String> a = p.authors();
        if (!a.isEmpty()) {
            out.append(a.size() == 1 ? a.get(0) : a.size() == 2 ? a.get(0) + " and " + a.get(1)
                    : String.join(", ", a.subList(0, a.size() - 1)) + ", and " + a.get(a.size() - 1));
            out.append(". ");
        }
        if (p.year() != null) {
            out.append(p.year()).append(". ");
        }
        out.append(stop(p.displayTitle()));
        if (p.venue() != null && !p.venue().isBlank()) {
            out.append(" In ").append(stop(p.venue()));
        }
        String arxiv = PaperFromLink.plainArxiv(p);
        if (arxiv != null) {
            out.append(" arXiv:").append(arxiv).append('.');
        }
        String link = p.canonicalLink();
        if (!link.isBlank()) {
            out.append(' ').append(link);
        }
        return out.toString().strip();
    }

    private static String stop(String s) {
        String t = s == null ? "" : s.strip();
        return t.endsWith(".") || t.endsWith("?") || t.endsWith("!") ? t : t + ".";
    }

    /** The family name of "Ada Lovelace", "Lovelace, Ada" or "Ludwig van Beethoven" (the last word). */
    static String familyName(String name) {
        String n = name.strip();
        int comma = n.indexOf(',');
        if (comma > 0) {
            return n.substring(0, comma).strip();
        }
        String[] parts = n.split("\\s+");
        return parts[parts.length - 1];
    }

    private static String lastFirst(String name) {
        String n = name.strip();
        if (n.contains(",")) {
            return n;
        }
        int space = n.lastIndexOf(' ');
        return space < 0 ? n : n.substring(space + 1) + ", " + n.substring(0, space);
    }

    private static String suffix(int i) {
        StringBuilder s = new StringBuilder();
        int n = i;
        do {
            s.insert(0, (char) ('a' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return s.toString();
    }

    /** Letters without their accents, ß as ss: the key stays plain ASCII. */
    static String ascii(String s) {
        String d = Normalizer.normalize(s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L"),
                Normalizer.Form.NFD);
        return d.replaceAll("\\p{M}+", "");
    }

    /** BibTeX's special characters escaped; Unicode letters stay (biblatex and BibTeX with UTF-8 read them). */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
