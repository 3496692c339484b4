package dev.gloss.sources;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a user pastes or drops: {@code 2311.12786}, {@code arXiv:2311.12786v2},
 * {@code https://arxiv.org/abs/…}, {@code …/pdf/….pdf}, {@code hep-th/9901001}, a DOI or a
 * {@code doi.org} link, an OpenReview or ACL Anthology page, or any http(s) address (a PDF).
 * <pre>{@code
 * Identifier id = Identifiers.parse("https://arxiv.org/abs/2311.12786v2"); // Arxiv[2311.12786, 2]
 * List<Identifiers.Parsed> all = Identifiers.parseAll(pastedText);       // one per line or word
 * }</pre>
 */
public final class Identifiers {
    /** YYMM.NNNN(N) since 2007; the old scheme archive(.SUBJ)/YYMMNNN. */
    private static final String ARXIV_NEW = "\\d{4}\\.\\d{4,5}";
    private static final String ARXIV_OLD = "[a-z]+(?:-[a-z]+)*(?:\\.[A-Za-z]{2})?/\\d{7}";
    private static final Pattern ARXIV = Pattern.compile("(?i)^(?:arxiv:\\s*)?(" + ARXIV_NEW + "|" + ARXIV_OLD + ")(?:v(\\d+))?$");
    private static final Pattern ARXIV_PATH = Pattern.compile("(?i)^/(?:abs|pdf|html|format)/(" + ARXIV_NEW + "|" + ARXIV_OLD
            + ")(?:v(\\d+))?(?:\\.pdf)?/?$");
    private static final Pattern DOI = Pattern.compile("(?i)^(?:doi:\\s*)?(10\\.\\d{4,9}/\\S+)$");
    private static final Pattern ACL_ID = Pattern.compile("^(\\d{4}\\.[a-z0-9]+-[a-z0-9]+\\.\\d+|[A-Z]\\d{2}-\\d{4})$");
    private static final Pattern ACL_PATH = Pattern.compile("^/(?:anthology/)?(\\d{4}\\.[a-z0-9]+-[a-z0-9]+\\.\\d+|[A-Z]\\d{2}-\\d{4})"
            + "(?:\\.pdf|\\.bib)?/?$");
    private static final Pattern OPENREVIEW_ID = Pattern.compile("(?:^|&)id=([A-Za-z0-9_-]+)");

    private Identifiers() {
    }

    /** One piece of a paste: what it names, or why it names nothing. */
    public record Parsed(String text, Identifier identifier, SourceException error) {
        public boolean ok() {
            return identifier != null;
        }
    }

    /**
     * Reads one identifier or link.
     *
     * @throws SourceException {@link SourceException.Reason#NOT_AN_IDENTIFIER} with the text
     */
    public static Identifier parse(String text) throws SourceException {
        String t = clean(text);
        if (t.isEmpty()) {
            throw new SourceException(SourceException.Reason.NOT_AN_IDENTIFIER, text == null ? "" : text.strip());
        }
        Matcher m = ARXIV.matcher(t);
        if (m.matches()) {
            return arxiv(m.group(1), m.group(2));
        }
        m = DOI.matcher(t);
        if (m.matches()) {
            return new Identifier.Doi(m.group(1));
        }
        if (ACL_ID.matcher(t).matches()) {
            return new Identifier.Acl(t);
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("www.")
                || lower.matches("^(?:export\\.|www\\.)?arxiv\\.org/.*") || lower.matches("^(?:dx\\.)?doi\\.org/.*")) {
            Identifier fromUrl = fromUrl(lower.startsWith("http") ? t : "https://" + t);
            if (fromUrl != null) {
                return fromUrl;
            }
        }
        throw new SourceException(SourceException.Reason.NOT_AN_IDENTIFIER, text.strip());
    }

    /**
     * Reads every identifier of a paste: one per line, or several on a line separated by
     * spaces or commas; a line that does not name papers is one failure with its whole text;
     * blank lines are skipped, duplicates (the same paper twice) kept once.
     */
    public static List<Parsed> parseAll(String text) {
        List<Parsed> out = new ArrayList<>();
        List<Identifier> seen = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            // several on a line when every word of it names one; else the line is one piece of text
            List<Parsed> words = new ArrayList<>();
            for (String piece : l.split("[\\s,]+")) {
                String p = piece.strip();
                if (p.isEmpty()) {
                    continue;
                }
                try {
                    words.add(new Parsed(p, parse(p), null));
                } catch (SourceException e) {
                    words.clear();
                    break;
                }
            }
            if (words.isEmpty()) {
                try {
                    words.add(new Parsed(l, parse(l), null));
                } catch (SourceException e) {
                    out.add(new Parsed(l, null, e));
                    continue;
                }
            }
            for (Parsed w : words) {
                if (!seen.contains(w.identifier())) {
                    seen.add(w.identifier());
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** Whether the text looks like it names a paper (for a paste into the library), without reading it fully. */
    public static boolean looksLikeOne(String text) {
        List<Parsed> all = parseAll(text);
        return !all.isEmpty() && all.stream().allMatch(Parsed::ok);
    }

    private static Identifier fromUrl(String text) {
        URI uri;
        try {
            uri = new URI(text.replace(" ", "%20"));
        } catch (URISyntaxException e) {
            return null;
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || host.isEmpty()) {
            return null;
        }
        if (host.equals("arxiv.org") || host.endsWith(".arxiv.org")) {
            Matcher m = ARXIV_PATH.matcher(decode(path));
            if (m.matches()) {
                return arxiv(m.group(1), m.group(2));
            }
        }
        if (host.equals("doi.org") || host.equals("dx.doi.org") || host.equals("www.doi.org")) {
            String d = decode(path.startsWith("/") ? path.substring(1) : path);
            Matcher m = DOI.matcher(d);
            if (m.matches()) {
                return new Identifier.Doi(m.group(1));
            }
            return null;
        }
        if (host.equals("openreview.net") || host.endsWith(".openreview.net")) {
            Matcher m = OPENREVIEW_ID.matcher(uri.getRawQuery() == null ? "" : uri.getRawQuery());
            if ((path.equals("/forum") || path.equals("/pdf")) && m.find()) {
                return new Identifier.OpenReview(m.group(1));
            }
        }
        if (host.equals("aclanthology.org") || host.equals("www.aclanthology.org") || host.endsWith("aclweb.org")) {
            Matcher m = ACL_PATH.matcher(path);
            if (m.matches()) {
                return new Identifier.Acl(m.group(1));
            }
        }
        return new Identifier.Web(uri);
    }

    private static Identifier.Arxiv arxiv(String id, String version) {
        String i = id.contains("/") ? id.substring(0, id.indexOf('/')).toLowerCase(Locale.ROOT) + id.substring(id.indexOf('/')) : id;
        // the subject class of an old id is upper case (math.GT/0309136)
        Matcher sub = Pattern.compile("^([a-z-]+)\\.([a-z]{2})/").matcher(i);
        if (sub.find()) {
            i = sub.group(1) + "." + sub.group(2).toUpperCase(Locale.ROOT) + i.substring(sub.end() - 1);
        }
        return new Identifier.Arxiv(i, version == null ? null : Integer.valueOf(version));
    }

    /** The text without the wrapping a post or a citation gives it (quotes, brackets, a full stop). */
    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip();
        t = t.replaceAll("^[<(\\[\"'“‘]+", "").replaceAll("[>)\\]\"'”’.,;:]+$", "");
        // a DOI may legitimately end in ')' when it opened one: keep a balanced last bracket
        if (text.strip().endsWith(")") && t.contains("(") && t.chars().filter(c -> c == '(').count()
                > t.chars().filter(c -> c == ')').count()) {
            t = t + ")";
        }
        return t.strip();
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
