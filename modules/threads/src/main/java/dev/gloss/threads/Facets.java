package dev.gloss.threads;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Detects Bluesky rich-text facets (links, mentions, hashtags) the way the Bluesky app does
 * ({@code RichText.detectFacets} of {@code @atproto/api}), with UTF-8 byte offsets.
 * <ul>
 * <li>Mention: {@code @handle} at the start, after a blank or after {@code (}; the handle must end
 *     with a known TLD (or {@code .test}). The value is the handle; resolve it to a DID before
 *     posting.</li>
 * <li>Link: {@code http(s)://...} up to the next blank, or a bare domain ({@code example.com/x},
 *     lower-case known TLD) which gets {@code https://} prepended. One trailing {@code .,;:!?} is
 *     left out, and a trailing {@code )} when the link holds no {@code (}.</li>
 * <li>Tag: {@code #} or {@code ＃} at the start or after a blank, followed by text up to the next
 *     blank that is not only digits and punctuation; trailing punctuation is left out; at most 64
 *     UTF-16 units; not when the {@code #} is followed by U+FE0F (the {@code #️⃣} keycap).</li>
 * </ul>
 * Blanks are JavaScript's {@code \s} set. Facets come back sorted by position; a facet that would
 * overlap an earlier one is dropped (the lexicon forbids overlaps).
 *
 * <pre>{@code
 * for (Facet f : Facets.detect(text)) { ... f.byteStart(), f.byteEnd(), f.kind(), f.value() ... }
 * }</pre>
 */
public final class Facets {

    /** JavaScript's {@code \s}: Unicode white space plus BOM. */
    static final String JS_SPACE = "\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";
    /** Characters that end a hashtag besides white space: soft hyphen, zero-width characters. */
    private static final String TAG_STOP = "\\u00AD\\u2060\\u200B\\u200C\\u200D\\u20E2";
    private static final String WORD_CHAR = "[A-Za-z0-9_]";
    /** JavaScript's ASCII {@code \b}, which Java 17's {@code \b} (Unicode-aware) is not. */
    private static final String JS_WORD_BOUNDARY = "(?:(?<=" + WORD_CHAR + ")(?!" + WORD_CHAR + ")|(?<!"
            + WORD_CHAR + ")(?=" + WORD_CHAR + "))";
    private static final Pattern MENTION = Pattern.compile(
            "(^|[" + JS_SPACE + "]|\\()(@)([a-zA-Z0-9.-]+)" + JS_WORD_BOUNDARY);
    private static final Pattern URL = Pattern.compile(
            "(^|[" + JS_SPACE + "]|\\()((https?://[^" + JS_SPACE + "]+)|((?<domain>[a-z][a-z0-9]*(\\.[a-z0-9]+)+)[^"
                    + JS_SPACE + "]*))",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern SPACE = Pattern.compile("[" + JS_SPACE + "]");
    private static final Pattern TAG_STOP_CHAR = Pattern.compile("[" + JS_SPACE + TAG_STOP + "]");
    private static final int MAX_TAG_LENGTH = 64;

    private Facets() {
    }

    /** Facets of {@code text}, sorted by position; empty when there are none. */
    public static List<Facet> detect(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        int[] utf8 = utf8Offsets(text);
        List<Facet> out = new ArrayList<>();
        for (Span s : spans(text)) {
            out.add(new Facet(utf8[s.start()], utf8[s.end()], s.kind(), s.value()));
        }
        return List.copyOf(out);
    }

    /** A detected facet in UTF-16 indices (end exclusive). */
    record Span(int start, int end, Facet.Kind kind, String value) {
    }

    /** The facets as UTF-16 spans, sorted, without overlaps. */
    static List<Span> spans(String text) {
        List<Span> found = new ArrayList<>();
        mentions(text, found);
        links(text, found);
        tags(text, found);
        found.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Span> out = new ArrayList<>(found.size());
        int end = 0;
        for (Span f : found) {
            if (f.start() >= end) {
                out.add(f);
                end = f.end();
            }
        }
        return out;
    }

    /** {@code offsets[i]} = UTF-8 byte offset of UTF-16 index {@code i}, for 0..length. */
    static int[] utf8Offsets(String text) {
        int[] off = new int[text.length() + 1];
        int bytes = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int units = Character.charCount(cp);
            off[i] = bytes;
            if (units == 2) {
                off[i + 1] = bytes; // inside a surrogate pair: never a facet boundary
            }
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += units;
        }
        off[text.length()] = bytes;
        return off;
    }

    private static void mentions(String text, List<Span> out) {
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            String handle = m.group(3);
            if (!Tlds.endsWithTld(handle) && !handle.endsWith(".test")) {
                continue; // probably not a handle, as the Bluesky app decides
            }
            out.add(new Span(m.start(2), m.end(3), Facet.Kind.MENTION, handle));
        }
    }

    private static void links(String text, List<Span> out) {
        Matcher m = URL.matcher(text);
        while (m.find()) {
            String uri = m.group(2);
            if (!uri.startsWith("http")) {
                String domain = m.group("domain");
                if (domain == null || !Tlds.endsWithTld(domain)) {
                    continue;
                }
                uri = "https://" + uri;
            }
            int start = m.start(2);
            int end = m.end(2);
            if (".,;:!?".indexOf(uri.charAt(uri.length() - 1)) >= 0) {
                uri = uri.substring(0, uri.length() - 1);
                end--;
            }
            if (uri.endsWith(")") && uri.indexOf('(') < 0) {
                uri = uri.substring(0, uri.length() - 1);
                end--;
            }
            if (end > start) {
                out.add(new Span(start, end, Facet.Kind.LINK, uri));
            }
        }
    }

    private static void tags(String text, List<Span> out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c != '#' && c != '\uFF03') || (i > 0 && !SPACE.matcher(text.substring(i - 1, i)).matches())) {
                continue;
            }
            Matcher stop = TAG_STOP_CHAR.matcher(text);
            int runEnd = stop.find(i + 1) ? stop.start() : text.length();
            String run = text.substring(i + 1, runEnd);
            if (run.isEmpty() || run.charAt(0) == '\uFE0F' || run.codePoints().allMatch(Facets::digitOrPunct)) {
                continue;
            }
            String tag = stripTrailingPunctuation(run);
            if (tag.isEmpty() || tag.length() > MAX_TAG_LENGTH) {
                continue;
            }
            out.add(new Span(i, i + 1 + tag.length(), Facet.Kind.TAG, tag));
        }
    }

    private static boolean digitOrPunct(int cp) {
        return (cp >= '0' && cp <= '9') || isPunctuation(cp);
    }

    static boolean isPunctuation(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static String stripTrailingPunctuation(String s) {
        int end = s.length();
        while (end > 0) {
            int cp = s.codePointBefore(end);
            if (!isPunctuation(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return s.substring(0, end);
    }
}
