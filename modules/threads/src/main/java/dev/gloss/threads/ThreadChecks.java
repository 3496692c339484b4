package dev.gloss.threads;

import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostImage;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.Reasoned;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The one place that says whether a thread fits an account, without any network call: the
 * composer's counters, {@code gloss thread}/{@code gloss queue add}, Add to Queue and every
 * publisher ask here. A problem is a {@link Reason}, the post it is about and the values its
 * sentence names; the CLI and the UI phrase it.
 * <p>
 * The numbers, as each platform documents them:
 * <ul>
 * <li>Bluesky: 300 graphemes and 3000 bytes of text, 4 images of at most 1,000,000 bytes each
 *     ({@code app.bsky.feed.post} and {@code app.bsky.embed.images} lexicons).</li>
 * <li>Mastodon: the instance's {@code max_characters} (500 by default), 4 attachments, image
 *     descriptions of at most 1,500 characters ({@code MediaAttachment::MAX_DESCRIPTION_LENGTH}).</li>
 * <li>X: 280 weighted characters, 4 images, alt text of at most 1,000 characters.</li>
 * <li>Threads: 500 characters and at most 5 distinct links per post: "Starting December 22, 2025,
 *     Threads posts containing more than 5 links will fail to post ... THREADS_API__LINK_LIMIT_EXCEEDED"
 *     (developers.facebook.com/documentation/threads/create-posts/text-attachments).</li>
 * <li>LinkedIn: 3,000 characters a post, 1,250 a comment, 20 images a post, alt text of at most
 *     4,086 characters; what goes in the one post and what in its comments is {@link LinkedInLayout}'s.</li>
 * </ul>
 */
public final class ThreadChecks {
    public static final long BLUESKY_MAX_IMAGE_BYTES = 1_000_000;
    public static final int MAX_IMAGES = 4;
    public static final int MASTODON_MAX_ALT = 1500;
    public static final int X_MAX_ALT = 1000;
    public static final int THREADS_MAX_LINKS = 5;

    private ThreadChecks() {
    }

    /** Why a thread does not fit; one sentence each, phrased by the CLI and the UI ({@code {0}} is the post, from 1). */
    public enum Reason {
        /** The thread has no posts. */
        NO_POSTS,
        /** Post {0} has neither text nor images. */
        EMPTY_POST,
        /** Post {0} counts {1} characters; {2} allows {3}. */
        TOO_LONG,
        /** Post {0} is {1} bytes; Bluesky allows {2}. */
        TOO_MANY_BYTES,
        /** Post {0} has {1} images; {2} allows {3}. */
        TOO_MANY_IMAGES,
        /** Post {0}: the image {1} does not exist. */
        IMAGE_MISSING,
        /** Post {0}: the image {1} is {2} bytes; {3} allows {4}. */
        IMAGE_TOO_BIG,
        /** Post {0}: the alt text of image {1} has {2} characters; {3} allows {4}. */
        ALT_TOO_LONG,
        /** Post {0} has {1} different links; {2} allows {3}. */
        TOO_MANY_LINKS,
        /** Post {0} has {1} characters and goes in a LinkedIn comment, which allows {2}. */
        COMMENT_TOO_LONG,
        /** [0: the thread] The thread has {0} images, all for its one LinkedIn post, which shows {1}. */
        TOO_MANY_IMAGES_ON_POST
    }

    /**
     * One problem: a reason and the values its sentence names ({@link #args()}: the post first,
     * then {@code details}), as the translatable-sentence convention has them.
     *
     * @param post    the post it is about, from 1 (0 for the thread as a whole)
     * @param details the values after the post, in the order of the {@link Reason}'s comment
     */
    public record Problem(Reason reason, int post, List<Object> details) implements Reasoned {
        public Problem {
            details = List.copyOf(details);
        }

        /** The values the sentence names, in the order of its placeholders. */
        @Override
        public List<Object> args() {
            if (post <= 0) {
                return details;
            }
            List<Object> all = new ArrayList<>();
            all.add(post);
            all.addAll(details);
            return List.copyOf(all);
        }

        /** For logs only: {@code TOO_LONG [2, 312, Bluesky, 300]}. */
        @Override
        public String toString() {
            List<Object> a = args();
            return a.isEmpty() ? reason.name() : reason + " " + a;
        }
    }

    /** The rules of an account: its platform with the limit it announces (a Mastodon instance's), else the default. */
    public static PlatformRules rules(AccountRef account) {
        PlatformRules r = PlatformRules.of(Platform.fromId(account.kind()));
        return account.maxCharacters() != null && account.maxCharacters() > 0 ? r.withLimit(account.maxCharacters()) : r;
    }

    /**
     * The rules a thread is held to while it is written: each chosen platform, with the smallest
     * limit among the workspace's accounts on it that announce one, else its default.
     */
    public static List<PlatformRules> rules(List<Platform> platforms, List<AccountRef> accounts) {
        return platforms.stream().map(p -> rules(p, accounts)).toList();
    }

    public static PlatformRules rules(Platform p, List<AccountRef> accounts) {
        PlatformRules rules = PlatformRules.of(p);
        return accounts.stream()
                .filter(a -> p.id().equals(a.kind()))
                .map(AccountRef::maxCharacters)
                .filter(Objects::nonNull)
                .filter(n -> n > 0)
                .min(Integer::compare)
                .map(rules::withLimit)
                .orElse(rules);
    }

    /** The handle of the first account on {@code p}, or null when there is none. */
    public static String handle(Platform p, List<AccountRef> accounts) {
        return accounts.stream().filter(a -> p.id().equals(a.kind())).map(AccountRef::handle)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    /**
     * What stops {@code thread} from going out whole to {@code account}; empty when it fits. The
     * posts are counted as the account publishes them, with their numbering when it wants one.
     */
    public static List<Problem> check(PostThread thread, AccountRef account, Path workspaceRoot) {
        PostThread numbered = Numbering.forAccount(thread, account);
        List<Problem> out = check(numbered, rules(account), workspaceRoot);
        if (Platform.LINKEDIN.id().equals(account.kind()) && !account.isExport()) {
            out = new ArrayList<>(out);
            out.addAll(linkedIn(numbered, LinkedInLayout.shape(account)));
        }
        return out;
    }

    /** What LinkedIn's shape asks beyond the per-post limits: short comments, and the images of one post. */
    static List<Problem> linkedIn(PostThread thread, LinkedInLayout.Shape shape) {
        List<Problem> out = new ArrayList<>();
        List<Post> posts = thread.posts();
        if (shape == LinkedInLayout.Shape.POSTS) {
            return out; // each post its own LinkedIn post: the per-post checks say it all
        }
        for (LinkedInLayout.Unit u : LinkedInLayout.plan(posts, shape)) {
            for (int i = u.from(); u.comment() && i < u.to(); i++) {
                int length = posts.get(i).text().length();
                if (length > LinkedInLayout.COMMENT_LIMIT) {
                    out.add(new Problem(Reason.COMMENT_TOO_LONG, i + 1, List.of(length, LinkedInLayout.COMMENT_LIMIT)));
                }
            }
        }
        int images = posts.stream().mapToInt(p -> p.images().size()).sum();
        if (images > LinkedInLayout.MAX_IMAGES && !LinkedInLayout.document(posts, shape)) {
            out.add(new Problem(Reason.TOO_MANY_IMAGES_ON_POST, 0, List.of(images, LinkedInLayout.MAX_IMAGES)));
        }
        return out;
    }

    /** What stops {@code thread} from fitting {@code rules}; image files are looked for under {@code workspaceRoot}. */
    public static List<Problem> check(PostThread thread, PlatformRules rules, Path workspaceRoot) {
        List<Problem> out = new ArrayList<>();
        if (thread.posts().isEmpty()) {
            out.add(new Problem(Reason.NO_POSTS, 0, List.of()));
        }
        Platform platform = rules.platform();
        String name = platform.displayName();
        for (int i = 0; i < thread.posts().size(); i++) {
            Post p = thread.posts().get(i);
            int n = i + 1;
            if (p.text().isBlank() && p.images().isEmpty()) {
                out.add(new Problem(Reason.EMPTY_POST, n, List.of()));
            }
            int count = rules.count(p.text());
            if (count > rules.limit()) {
                out.add(new Problem(Reason.TOO_LONG, n, List.of(count, name, rules.limit())));
            }
            int bytes = p.text().getBytes(StandardCharsets.UTF_8).length;
            if (platform == Platform.BLUESKY && bytes > PlatformRules.BLUESKY_MAX_BYTES) {
                out.add(new Problem(Reason.TOO_MANY_BYTES, n, List.of(bytes, PlatformRules.BLUESKY_MAX_BYTES)));
            }
            if (platform == Platform.THREADS) {
                int links = links(p.text());
                if (links > THREADS_MAX_LINKS) {
                    out.add(new Problem(Reason.TOO_MANY_LINKS, n, List.of(links, name, THREADS_MAX_LINKS)));
                }
            }
            int maxImages = platform == Platform.LINKEDIN ? LinkedInLayout.MAX_IMAGES : MAX_IMAGES;
            if (platform != Platform.THREADS && p.images().size() > maxImages) {
                out.add(new Problem(Reason.TOO_MANY_IMAGES, n, List.of(p.images().size(), name, maxImages)));
            }
            int k = 0;
            for (PostImage img : p.images()) {
                k++;
                Path f = resolve(workspaceRoot, img);
                if (!Files.isRegularFile(f)) {
                    out.add(new Problem(Reason.IMAGE_MISSING, n, List.of(img.file())));
                } else if (platform == Platform.BLUESKY && f.toFile().length() > BLUESKY_MAX_IMAGE_BYTES) {
                    out.add(new Problem(Reason.IMAGE_TOO_BIG, n, List.of(img.file(), f.toFile().length(), name, BLUESKY_MAX_IMAGE_BYTES)));
                }
                int maxAlt = platform == Platform.MASTODON ? MASTODON_MAX_ALT : platform == Platform.X ? X_MAX_ALT
                        : platform == Platform.LINKEDIN ? LinkedInLayout.MAX_ALT : 0;
                int alt = img.alt() == null ? 0 : img.alt().codePointCount(0, img.alt().length());
                if (maxAlt > 0 && alt > maxAlt) {
                    out.add(new Problem(Reason.ALT_TOO_LONG, n, List.of(k, alt, name, maxAlt)));
                }
            }
        }
        return out;
    }

    /** Distinct links in a text, as Threads counts them (each unique URL once). */
    static int links(String text) {
        Set<String> distinct = new LinkedHashSet<>();
        for (Facet f : Facets.detect(text)) {
            if (f.kind() == Facet.Kind.LINK) {
                distinct.add(f.value());
            }
        }
        return distinct.size();
    }

    /** Where a post's image lives: workspace-relative, or an absolute path. */
    public static Path resolve(Path workspaceRoot, PostImage image) {
        Path p = Path.of(image.file());
        return p.isAbsolute() ? p : workspaceRoot.resolve(p).normalize();
    }
}
