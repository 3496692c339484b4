package dev.gloss.pdf;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the fields of one reference entry's text: authors, year, title, arXiv id, DOI and web
 * address. Two shapes are told apart: author–year entries ("Riaz Ahmad and Muhammad Tanvir
 * Afzal. 2018. Cad: an algorithm …", "Smith, J., &amp; Lee, K. (2021). Title.") and entries
 * whose authors are followed by the title ("A. Aho, R. Sethi, and M. Lam. Compilers …, 2006.",
 * IEEE's quoted titles).
 */
final class ReferenceFields {
    private static final Pattern YEAR = Pattern.compile("(?<![\\d/.:–-])((?:19|20)\\d\\d(?:[–-](?:19|20)\\d\\d)?)([a-z])?(?![\\d/–-])");
    private static final Pattern DOI = Pattern.compile("(?i)(?<![\\w.])(10\\.\\d{4,9}/[-._;()/:<>\\[\\]\\w]+)");
    private static final Pattern ARXIV_NEW = Pattern.compile("(?i)(?:arxiv(?:\\.org/(?:abs|pdf))?[:/ ]\\s*(?:preprint\\s+)?(?:arxiv:\\s*)?|\\babs/)(\\d{4}\\.\\d{4,5})(?:v\\d+)?");
    private static final Pattern ARXIV_OLD = Pattern.compile("(?i)(?:arxiv(?:\\.org/(?:abs|pdf))?[:/ ]\\s*(?:preprint\\s+)?|\\babs/)([a-z-]+(?:\\.[A-Z]{2})?/\\d{7})(?:v\\d+)?");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"“”]+");
    private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]{3,400}?)[,.]?[”\"]");
    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "da", "di", "del", "della", "la", "le", "du",
            "dos", "das", "ten", "ter", "bin", "al", "el", "zu", "vom");

    private ReferenceFields() {
    }

    /** What one entry's text says. */
    /**
     * @param named whether the "author" is a piece of software or an organization ("pdfplumber. 2023."),
     *              which a text may cite by that name alone
     */
    record Fields(List<String> authors, boolean etAl, boolean named, String title, String year, String arxivId, String doi, String url) {
    }

    static Fields read(String text) {
        String authors = null;
        String title = null;
        String year = null;
        Matcher y = YEAR.matcher(text);
        int afterYear = -1;
        while (y.find()) {
            String before = text.substring(0, y.start()).replaceAll("[\\s(]+$", "");
            // author–year: the names, then the year, with no sentence ended before it
            if (!before.isEmpty() && before.length() < 3000 && (before.endsWith(".") || before.endsWith(","))
                    && sentenceEnd(before.substring(0, before.length() - 1), 0) < 0) {
                authors = before.substring(0, before.length() - 1).strip();
                year = y.group(1) + (y.group(2) == null ? "" : y.group(2));
                afterYear = y.end();
            }
            break;
        }
        if (authors != null) {
            String rest = text.substring(afterYear).replaceFirst("^\\)?[.,:;]?\\s*", "");
            title = firstSentence(rest);
        } else {
            Matcher q = QUOTED.matcher(text);
            if (q.find() && q.start() < 400) {
                // IEEE: A. Aho, R. Sethi, and J. Ullman, “Title,” in …
                authors = text.substring(0, q.start()).replaceAll("[\\s,]+$", "");
                title = q.group(1).strip();
            } else {
                int end = sentenceEnd(text, 0);
                if (end > 0 && end < text.length() * 0.6) {
                    authors = text.substring(0, end).strip();
                    title = firstSentence(text.substring(end + 1).strip());
                }
            }
            year = lastYear(text);
        }
        if (title == null && authors == null) {
            // a web page or a product: its words without the address
            title = firstSentence(text.replaceAll("(?i)\\s*[-–—,]?\\s*(?:https?://|www\\.)\\S+", "").strip());
        }
        if (title != null) {
            title = title.replaceFirst("[,.]?\\s*(?:19|20)\\d\\d[a-z]?$", "").replaceFirst("^In\\s+.*", "").strip();
            if (title.length() < 3) {
                title = null;
            }
        }
        List<String> names = new ArrayList<>();
        boolean etAl = false;
        boolean named = false;
        if (authors != null && looksLikeNames(authors)) {
            etAl = authors.matches("(?s).*\\bet\\s+al\\.?.*");
            names = splitAuthors(authors);
        } else if (authors != null && !authors.isBlank() && authors.split("\\s+").length <= 5 && year != null) {
            // "pdfplumber. 2023.", "Grobid. 2008–2023.": software or an organization, cited by that name
            names = List.of(authors);
            named = true;
        }
        return new Fields(names, etAl, named, title, year, arxiv(text), doi(text), url(text));
    }

    /** The first arXiv identifier in a text or an address, or null. */
    static String arxiv(String text) {
        Matcher m = ARXIV_NEW.matcher(text);
        if (m.find()) {
            return m.group(1);
        }
        m = ARXIV_OLD.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** The first DOI in a text or an address (without a trailing full stop or unbalanced bracket), or null. */
    static String doi(String text) {
        Matcher m = DOI.matcher(text);
        if (!m.find()) {
            return null;
        }
        String d = m.group(1);
        while (!d.isEmpty()) {
            char c = d.charAt(d.length() - 1);
            if (c == '.' || c == ',' || c == ';' || c == ':' || (c == ')' && count(d, '(') < count(d, ')'))
                    || (c == ']' && count(d, '[') < count(d, ']'))) {
                d = d.substring(0, d.length() - 1);
            } else {
                break;
            }
        }
        return d.contains("/") && d.indexOf('/') < d.length() - 1 ? d : null;
    }

    /** The first web address in a text that is not a DOI's or an arXiv page, or null. */
    static String url(String text) {
        Matcher m = URL.matcher(text);
        while (m.find()) {
            String u = m.group().replaceAll("[.,;:)\\]]+$", "");
            String lower = u.toLowerCase(Locale.ROOT);
            if (lower.contains("doi.org/") || lower.contains("arxiv.org/")) {
                continue;
            }
            return lower.startsWith("www.") ? "https://" + u : u;
        }
        return null;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static String lastYear(String text) {
        Matcher m = YEAR.matcher(text);
        String last = null;
        while (m.find()) {
            last = m.group(1) + (m.group(2) == null ? "" : m.group(2));
        }
        return last;
    }

    /** The text up to its first sentence end (a quoted title whole), or all of it. */
    private static String firstSentence(String s) {
        Matcher q = QUOTED.matcher(s);
        if (q.find() && q.start() < 3) {
            return q.group(1).strip();
        }
        int end = sentenceEnd(s, 0);
        return (end < 0 ? s : s.substring(0, end + 1)).replaceAll("[.]$", "").strip();
    }

    /**
     * The index of the first '.', '?' or '!' that ends a sentence (followed by a space or the end,
     * not after an initial, "et al" or "Jr"), or -1.
     */
    static int sentenceEnd(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '.' && c != '?' && c != '!') {
                continue;
            }
            if (i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1))) {
                continue;
            }
            if (c == '.') {
                int w = i;
                while (w > 0 && !Character.isWhitespace(s.charAt(w - 1)) && s.charAt(w - 1) != '.') {
                    w--;
                }
                String word = s.substring(w, i).replace("-", "");
                if (word.length() == 1 && Character.isUpperCase(word.charAt(0)) || word.equals("al") || word.equals("Jr")
                        || word.equals("Sr") || word.equals("St") || word.isEmpty()) {
                    continue;
                }
            }
            return i;
        }
        return -1;
    }

    /** Whether a stretch of text reads as a list of names: mostly capitalized words, few of them long. */
    static boolean looksLikeNames(String s) {
        String[] words = s.replaceAll("\\bet al\\.?", "").split("[\\s,;&]+");
        int words2 = 0;
        int capital = 0;
        for (String w : words) {
            if (w.isEmpty() || w.equals("and") || w.equals("und")) {
                continue;
            }
            words2++;
            if (Character.isUpperCase(w.charAt(0)) || PARTICLES.contains(w.toLowerCase(Locale.ROOT)) || w.matches("\\p{Ll}+")) {
                capital += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
            }
        }
        return words2 > 0 && capital * 10 >= words2 * 6;
    }

    /** The authors of a names segment: "A and B", "A, B, and C", "Smith, J., &amp; Lee, K.". */
    static List<String> splitAuthors(String s) {
        String cleaned = s.replaceAll("\\s*,?\\s*\\bet\\s+al\\.?", "").replaceAll("\\s+", " ").strip();
        String[] parts = cleaned.split("\\s*(?:,\\s*and\\s+|,\\s*&\\s*|\\s+and\\s+|\\s*&\\s*|;\\s*|,\\s*)");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.isEmpty()) {
                continue;
            }
            if (i + 1 < parts.length && initials(parts[i + 1].strip()) && !initials(p)) {
                // "Smith, J." form
                out.add(p + ", " + parts[i + 1].strip());
                i++;
                continue;
            }
            out.add(p);
        }
        return out;
    }

    private static boolean initials(String s) {
        return s.matches("(?:\\p{Lu}\\.?\\s?-?)+");
    }

    /** The surname of a printed author name: "Riaz Ahmad" → "Ahmad", "Laurens van der Maaten" → "van der Maaten", "Smith, J." → "Smith". */
    static String surname(String author) {
        String a = author.strip();
        int comma = a.indexOf(',');
        if (comma > 0) {
            return a.substring(0, comma).strip();
        }
        String[] w = a.split("\\s+");
        int i = w.length - 1;
        while (i > 0 && (w[i].matches("(?i)jr\\.?|sr\\.?|ii|iii|iv"))) {
            i--;
        }
        int start = i;
        while (start > 0 && PARTICLES.contains(w[start - 1].toLowerCase(Locale.ROOT)) && Character.isLowerCase(w[start - 1].charAt(0))) {
            start--;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(w, start, i + 1)).replaceAll("[.,]$", "");
    }

    /** How an author–year entry is cited: "Smith, 2020", "Smith and Lee, 2020", "Smith et al., 2020". */
    static String citeLabel(List<String> authors, boolean etAl, String year) {
        if (authors.isEmpty() || year == null) {
            return null;
        }
        String first = surname(authors.get(0));
        if (authors.size() == 1 && !etAl) {
            return first + ", " + year;
        }
        if (authors.size() == 2 && !etAl) {
            return first + " and " + surname(authors.get(1)) + ", " + year;
        }
        return first + " et al., " + year;
    }

    /** Letters only, lower case, accents removed: how names are compared. */
    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.isLetter(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}
