package dev.gloss.threads;

import java.util.List;

/**
 * A post's text as LinkedIn's commentary ("little" text format): every reserved character
 * {@code | { } @ [ ] ( ) < > # \ * _ ~} is escaped with a backslash, even inside a link, as the
 * documentation asks ("even if those characters are not used in one of the supported
 * elements"); LinkedIn otherwise cuts the text at the first one it cannot read. A hashtag becomes
 * the hashtag template, {@code {hashtag|\#|ResearchMonday}}, so it is shown as one.
 */
public final class LinkedInCommentary {
    static final String RESERVED = "|{}@[]()<>#\\*_~";

    private LinkedInCommentary() {
    }

    /** The commentary for a text. */
    public static String of(String text) {
        StringBuilder out = new StringBuilder();
        List<Facet> facets = Facets.detect(text);
        int pos = 0;
        int[] charAt = charIndexOfByte(text);
        for (Facet f : facets) {
            if (f.kind() != Facet.Kind.TAG) {
                continue;
            }
            int start = charAt[f.byteStart()];
            int end = charAt[f.byteEnd()];
            out.append(escape(text.substring(pos, start)));
            out.append("{hashtag|\\#|").append(escape(f.value())).append('}');
            pos = end;
        }
        out.append(escape(text.substring(pos)));
        return out.toString();
    }

    /** For each UTF-8 byte offset of {@code text} (and its end), the index of the char that starts there. */
    private static int[] charIndexOfByte(String text) {
        int[] map = new int[text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1];
        int b = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            for (int k = 0; k < n; k++) {
                map[b + k] = i;
            }
            b += n;
            i += Character.charCount(cp);
        }
        map[b] = text.length();
        return map;
    }

    /** The text with every reserved character escaped. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (RESERVED.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
