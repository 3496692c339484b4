package dev.gloss.sources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code <meta>} tags of a web page, enough for the {@code citation_*} tags (Highwire Press,
 * as Google Scholar reads them) that OpenReview, the ACL Anthology and most publishers put on a
 * paper's page: quoted or bare attributes in either order, entities decoded.
 */
final class Html {
    private static final Pattern META = Pattern.compile("(?is)<meta\\s([^>]*)>");
    private static final Pattern ATTR = Pattern.compile("(?is)([a-z_:-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>/]+))");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'",
            "nbsp", " ", "ndash", "–", "mdash", "—", "rsquo", "’", "lsquo", "‘");

    private Html() {
    }

    /** Every {@code <meta name=… content=…>} of the page, names lower case, in page order. */
    static Map<String, List<String>> meta(String html) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Matcher m = META.matcher(html);
        while (m.find()) {
            String name = null;
            String content = null;
            Matcher a = ATTR.matcher(m.group(1));
            while (a.find()) {
                String key = a.group(1).toLowerCase(Locale.ROOT);
                String value = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4);
                if (key.equals("name") || key.equals("property")) {
                    name = value.toLowerCase(Locale.ROOT);
                } else if (key.equals("content")) {
                    content = unescape(value);
                }
            }
            if (name != null && content != null && !content.isBlank()) {
                out.computeIfAbsent(name, k -> new ArrayList<>()).add(content.strip());
            }
        }
        return out;
    }

    /** HTML entities decoded ({@code &amp;}, {@code &#8217;}, {@code &#x2019;}). */
    static String unescape(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r;
            if (e.startsWith("#x") || e.startsWith("#X")) {
                r = codePoint(e.substring(2), 16);
            } else if (e.startsWith("#")) {
                r = codePoint(e.substring(1), 10);
            } else {
                r = NAMED.getOrDefault(e.toLowerCase(Locale.ROOT), m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(String digits, int radix) {
        try {
            return new String(Character.toChars(Integer.parseInt(digits, radix)));
        } catch (IllegalArgumentException e) {
            return "\uFFFD";
        }
    }
}
