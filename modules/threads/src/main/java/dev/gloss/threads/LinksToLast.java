package dev.gloss.threads;

import com.twitter.twittertext.Extractor;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A thread for X with its links gathered in the last post. X charges a post that holds a link
 * many times what it charges one without, so moving every link out of the earlier posts into the
 * last one makes all but one post cheap. Links are found as X finds them (twitter-text's
 * extractor: with or without a scheme); each post stays within the account's limit, with room
 * for its numbering, and links that do not fit in the last post follow in new posts after it.
 * <pre>{@code
 * if (LinksToLast.beforeLast(thread)) {
 *     PostThread cheaper = LinksToLast.apply(thread, xAccount);
 * }
 * }</pre>
 */
public final class LinksToLast {
    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("[ \\t]+([.,;:!?)\\]])");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*\\)|\\[\\s*\\]");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    /** The room numbering takes at most (" 99/99"): kept free in every post it may be added to. */
    private static final String NUMBERING_ROOM = Splitter.suffix(99, 99);

    private LinksToLast() {
    }

    /** The links in {@code text}, as X detects them (with or without {@code https://}). */
    public static List<String> links(String text) {
        return extractor().extractURLs(text == null ? "" : text);
    }

    /** Whether a post other than the last one holds a link. */
    public static boolean beforeLast(PostThread thread) {
        List<Post> posts = thread.posts();
        for (int i = 0; i < posts.size() - 1; i++) {
            if (!links(posts.get(i).text()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** {@code thread} as {@code account} gets it with the links moved: its limit, its numbering. */
    public static PostThread apply(PostThread thread, AccountRef account) {
        return apply(thread, ThreadChecks.rules(account), account.numbered());
    }

    /**
     * The thread with every link of the posts before the last one removed from their text and
     * appended, one a line and each once, to the last post; a post left with neither text nor
     * image is dropped. The thread is returned as it is when no earlier post holds a link.
     *
     * @param numbered whether the posts will get {@code " n/N"}: that room is kept free in each
     */
    public static PostThread apply(PostThread thread, PlatformRules rules, boolean numbered) {
        if (!beforeLast(thread)) {
            return thread;
        }
        List<Post> posts = thread.posts();
        Set<String> moved = new LinkedHashSet<>();
        List<Post> out = new ArrayList<>();
        for (int i = 0; i < posts.size() - 1; i++) {
            Post p = posts.get(i);
            List<Extractor.Entity> found = extractor().extractURLsWithIndices(p.text());
            if (found.isEmpty()) {
                out.add(p);
                continue;
            }
            StringBuilder rest = new StringBuilder(p.text());
            for (int k = found.size() - 1; k >= 0; k--) {
                rest.delete(found.get(k).getStart(), found.get(k).getEnd());
            }
            found.forEach(e -> moved.add(e.getValue()));
            String text = tidy(rest.toString());
            if (!text.isEmpty() || !p.images().isEmpty()) {
                out.add(new Post(text, p.images(), p.sources()));
            }
        }
        Post last = posts.get(posts.size() - 1);
        moved.removeAll(links(last.text()));
        String reserve = numbered ? NUMBERING_ROOM : "";
        StringBuilder tail = new StringBuilder(last.text().stripTrailing());
        String separator = tail.isEmpty() ? "" : "\n\n";
        List<String> overflow = new ArrayList<>();
        for (String link : moved) {
            String candidate = tail + separator + link;
            if (overflow.isEmpty() && rules.fits(candidate + reserve)) {
                tail.setLength(0);
                tail.append(candidate);
                separator = "\n";
            } else {
                overflow.add(link);
            }
        }
        out.add(new Post(tail.toString(), last.images(), last.sources()));
        StringBuilder more = new StringBuilder();
        for (String link : overflow) {
            String candidate = more.isEmpty() ? link : more + "\n" + link;
            if (!more.isEmpty() && !rules.fits(candidate + reserve)) {
                out.add(Post.of(more.toString()));
                more.setLength(0);
                candidate = link;
            }
            more.setLength(0);
            more.append(candidate);
        }
        if (!more.isEmpty()) {
            out.add(Post.of(more.toString()));
        }
        return thread.withPosts(out, thread.modified());
    }

    /** The text a link was cut out of, without the double spaces and empty brackets that leaves. */
    static String tidy(String text) {
        String t = EMPTY_BRACKETS.matcher(text).replaceAll("");
        t = SPACES.matcher(t).replaceAll(" ");
        t = SPACE_BEFORE_PUNCTUATION.matcher(t).replaceAll("$1");
        t = t.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("");
        return BLANK_LINES.matcher(t).replaceAll("\n\n").strip();
    }

    private static Extractor extractor() {
        Extractor e = new Extractor();
        e.setExtractURLWithoutProtocol(true);
        return e;
    }
}
