package dev.gloss.publish.impl.mastodon;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mastodon gives a status back as HTML ({@code <p>} per paragraph, {@code <br>} per line, links
 * and mentions in {@code <a>} with the hidden parts of a long URL in {@code <span class="invisible">}),
 * not as the text that was sent. To recognise a post Gloss sent, both are brought to the same
 * plain form: tags dropped (a link's hidden parts kept, so it reads whole again), entities
 * decoded, {@code @user@domain} shortened to {@code @user} as Mastodon shows it, white space
 * collapsed.
 */
final class StatusText {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);");
    private static final Pattern FULL_MENTION = Pattern.compile("(?<![\\w@])@([\\w.]+)@[\\w.-]+\\w");

    private StatusText() {
    }

    /** The plain text of a status's HTML {@code content}. */
    static String plain(String html) {
        String t = html.replaceAll("(?i)</p>\\s*<p[^>]*>", "\n\n").replaceAll("(?i)<br\\s*/?>", "\n");
        t = TAG.matcher(t).replaceAll("");
        return decode(t);
    }

    /** The form in which a sent text and a status's plain text compare equal. */
    static String comparable(String text) {
        String t = FULL_MENTION.matcher(text).replaceAll("@$1");
        return t.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static String decode(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> new String(Character.toChars(e.startsWith("#x") || e.startsWith("#X")
                        ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(b, Matcher.quoteReplacement(r));
        }
        m.appendTail(b);
        return b.toString();
    }
}
