package dev.gloss.threads;

import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Post;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a thread goes out on LinkedIn, which has no reply chains: as ONE post holding as many of the
 * thread's first posts as fit in its 3,000 characters, the rest as the author's comments on it
 * (each comment as many whole posts as fit in LinkedIn's 1,250 characters, the first of them the
 * "first comment"), or as one LinkedIn post per thread post. The account's {@link #OPTION}
 * chooses; the default is one post and comments. The one post shows the thread's images, or, when
 * the account chooses a document or the thread has more than one figure clip, a document: a PDF
 * carousel of the images, one a page ({@link #document}). The publisher and the checks before queueing
 * both lay a thread out here, so what is checked is what is sent.
 */
public final class LinkedInLayout {
    /** The account option naming the shape ({@link Shape#id()}). */
    public static final String OPTION = "linkedinShape";
    /** LinkedIn's limit on a post's commentary. */
    public static final int POST_LIMIT = 3000;
    /** LinkedIn's limit on a comment's text. */
    public static final int COMMENT_LIMIT = 1250;
    /** Images one LinkedIn post can show ({@code multiImage}: 2 to 20). */
    public static final int MAX_IMAGES = 20;
    /** LinkedIn's limit on an image's {@code altText} (Posts API, MediaContent). */
    public static final int MAX_ALT = 4086;
    /** Between the thread's posts where they share one LinkedIn post or comment. */
    public static final String JOIN = "\n\n";

    /** The two shapes. */
    public enum Shape {
        /** One post with the thread's first part, the rest as the author's comments (the default). */
        POST_AND_COMMENTS("post+comments"),
        /** One LinkedIn post per thread post. */
        POSTS("posts"),
        /** As {@link #POST_AND_COMMENTS}, the post showing the thread's images as a document (a PDF carousel). */
        DOCUMENT("document");

        private final String id;

        Shape(String id) {
            this.id = id;
        }

        /** As kept in the account's options and given to {@code gloss accounts add linkedin --shape}. */
        public String id() {
            return id;
        }

        /** The shape with this id; null for null. */
        public static Shape fromId(String id) {
            if (id == null) {
                return null;
            }
            for (Shape s : values()) {
                if (s.id.equals(id.strip().toLowerCase(Locale.ROOT))) {
                    return s;
                }
            }
            throw new IllegalArgumentException(id);
        }
    }

    /**
     * One thing sent: a post or a comment holding the thread's posts {@code from} to {@code to}
     * (exclusive) joined by {@link #JOIN}.
     */
    public record Unit(boolean comment, int from, int to, String text) {
        /** Whether thread post {@code index} is in it. */
        public boolean holds(int index) {
            return index >= from && index < to;
        }
    }

    private LinkedInLayout() {
    }

    /** The account's shape (the default when it names none, or one this Gloss does not know). */
    public static Shape shape(AccountRef account) {
        try {
            Shape s = Shape.fromId(account.option(OPTION));
            return s == null ? Shape.POST_AND_COMMENTS : s;
        } catch (IllegalArgumentException e) {
            return Shape.POST_AND_COMMENTS;
        }
    }

    /**
     * The units a thread's posts become. A post's length is its commentary's (reserved characters
     * escaped, hashtags as templates), which is what LinkedIn counts; a comment is plain text.
     */
    public static List<Unit> plan(List<Post> posts, Shape shape) {
        List<Unit> out = new ArrayList<>();
        if (shape == Shape.POSTS) {
            for (int i = 0; i < posts.size(); i++) {
                out.add(new Unit(false, i, i + 1, posts.get(i).text()));
            }
            return out;
        }
        int i = 0;
        boolean comment = false;
        while (i < posts.size()) {
            int to = i + 1;
            String text = posts.get(i).text();
            while (to < posts.size()) {
                String longer = text + JOIN + posts.get(to).text();
                if (comment ? longer.length() > COMMENT_LIMIT : LinkedInCommentary.of(longer).length() > POST_LIMIT) {
                    break;
                }
                text = longer;
                to++;
            }
            out.add(new Unit(comment, i, to, text));
            comment = true;
            i = to;
        }
        return out;
    }

    /** Whether the thread's one post carries its images as a document (a PDF carousel) rather than as images. */
    public static boolean document(List<Post> posts, Shape shape) {
        if (shape == Shape.DOCUMENT) {
            return posts.stream().anyMatch(p -> !p.images().isEmpty());
        }
        return shape == Shape.POST_AND_COMMENTS
                && posts.stream().flatMap(p -> p.images().stream()).filter(LinkedInLayout::isFigureClip).count() > 1;
    }

    /** A clip of a paper's figure, as the library keeps them: {@code papers/<paperId>/clips/<id>.png}. */
    public static boolean isFigureClip(dev.gloss.workspace.PostImage image) {
        return image.file() != null && image.file().replace('\\', '/').matches("(.*/)?clips/[^/]+");
    }

    /** The unit that holds thread post {@code index}. */
    public static Unit unitOf(List<Unit> plan, int index) {
        return plan.stream().filter(u -> u.holds(index)).findFirst().orElseThrow();
    }
}
