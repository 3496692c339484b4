package dev.gloss.publish.impl.x;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How a post's text comes back from X, and how to tell it is the text Gloss sent: X stores
 * {@code &}, {@code <} and {@code >} as HTML entities, replaces every link by a {@code t.co}
 * link (its {@code entities.urls} give the original, by code point offsets) and appends a
 * {@code t.co} link to the picture of a post with media.
 */
public final class XText {
    private XText() {
    }

    /** The text of a post as it was sent, rebuilt from X's {@code text} and {@code entities.urls}. */
    static String asSent(JsonNode tweet) {
        String text = tweet.path("text").asText("");
        record Span(int start, int end, String with) {
        }
        List<Span> spans = new ArrayList<>();
        for (JsonNode u : tweet.path("entities").path("urls")) {
            int start = u.path("start").asInt(-1);
            int end = u.path("end").asInt(-1);
            if (start < 0 || end < start) {
                continue;
            }
            boolean picture = u.hasNonNull("media_key");
            spans.add(new Span(start, end, picture ? "" : u.path("expanded_url").asText(u.path("url").asText(""))));
        }
        spans.sort(Comparator.comparingInt(Span::start).reversed());
        int[] cps = text.codePoints().toArray();
        StringBuilder out = new StringBuilder(new String(cps, 0, cps.length));
        for (Span s : spans) {
            if (s.end() > cps.length) {
                continue;
            }
            int from = out.offsetByCodePoints(0, s.start());
            int to = out.offsetByCodePoints(0, s.end());
            out.replace(from, to, s.with());
        }
        return unescape(out.toString()).strip();
    }

    /** X's three entities, back to characters ({@code &amp;} last, so {@code &amp;lt;} stays {@code &lt;}). */
    static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /**
     * A form of a text in which what X changes does not matter: NFC, a link's scheme left out
     * (X writes {@code http://} before a link typed without one), runs of white space as one.
     */
    public static String comparable(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        s = s.replaceAll("(?i)\\bhttps?://", "");
        return s.replaceAll("\\s+", " ").strip();
    }
}
