package dev.gloss.workspace;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One platform of a {@link QueueEntry}: the account the thread goes out to there, and how far it
 * got. Each target moves {@code SCHEDULED → PUBLISHING → PUBLISHED | FAILED} on its own, so one
 * platform failing leaves the others alone, and a retry resumes at its first post with no remote
 * id.
 *
 * @param platform the platform, which is the account's kind ({@link AccountRef#kind()}): bluesky,
 *                 mastodon, x, linkedin, threads. Null only in an entry an older Gloss wrote
 *                 into a workspace that was already upgraded (a git merge); the account says it.
 * @param accountId the account it goes out to
 * @param state    how far it got
 * @param at       when this target goes (or went) out, when that differs from its entry's time
 *                 (it was retried later, or it was out before the entry was moved); null: at its
 *                 entry's time ({@link QueueEntry#timeOf})
 * @param keyBase  what its posts' keys are derived from (Bluesky record keys, the Mastodon
 *                 Idempotency-Key): {@code <entryId>-<platform>} for a target queued with others,
 *                 the entry id for one that was an entry of its own (one account per entry), so
 *                 every key an older Gloss may have sent stays the same
 * @param posts    remote state per post, filled while publishing
 * @param attempts how often publishing it was started
 * @param reason   why it failed, as a sentence: only in files of a Gloss that kept no
 *                 {@code failure} (shown as it is); null otherwise
 * @param failure  why it failed, for the CLI and the desktop to phrase; null unless failed
 * @param updated  when its state last changed
 * @param linksToLast true when the thread goes out here with the links of its earlier posts moved
 *                 into its last one (X charges more for a post with a link); null: as written
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QueueTarget(
        String platform,
        String accountId,
        QueueState state,
        Instant at,
        String keyBase,
        List<PublishedPost> posts,
        int attempts,
        String reason,
        StoredReason failure,
        Instant updated,
        Boolean linksToLast) {

    public QueueTarget {
        posts = posts == null ? List.of() : List.copyOf(posts);
        state = state == null ? QueueState.SCHEDULED : state;
        linksToLast = Boolean.TRUE.equals(linksToLast) ? Boolean.TRUE : null;
    }

    public QueueTarget(String platform, String accountId, QueueState state, Instant at, String keyBase, List<PublishedPost> posts,
            int attempts, String reason, StoredReason failure, Instant updated) {
        this(platform, accountId, state, at, keyBase, posts, attempts, reason, failure, updated, null);
    }

    /** Whether the thread goes out here with its links moved to its last post. */
    @JsonIgnore
    public boolean movesLinks() {
        return Boolean.TRUE.equals(linksToLast);
    }

    /** With the links of the thread moved to its last post here, or not. */
    public QueueTarget withLinksToLast(boolean move) {
        return new QueueTarget(platform, accountId, state, at, keyBase, posts, attempts, reason, failure, updated, move);
    }

    /** A target not started yet, its keys derived from {@code keyBase}. */
    public static QueueTarget scheduled(String platform, String accountId, String keyBase, Instant now) {
        return new QueueTarget(platform, accountId, QueueState.SCHEDULED, null, keyBase, List.of(), 0, null, null, now);
    }

    /** The key base of a target queued with others: the entry's id and the platform. */
    public static String keyBaseOf(String entryId, String platform) {
        return platform == null ? entryId : entryId + "-" + platform;
    }

    /** In another state, without a failure. */
    public QueueTarget withState(QueueState newState, Instant when) {
        return new QueueTarget(platform, accountId, newState, at, keyBase, posts, attempts, null, null, when, linksToLast);
    }

    /** Failed, for this reason. */
    public QueueTarget withFailure(StoredReason why, Instant when) {
        return new QueueTarget(platform, accountId, QueueState.FAILED, at, keyBase, posts, attempts, null, why, when, linksToLast);
    }

    /** With its own time (null: its entry's). */
    public QueueTarget withAt(Instant newAt) {
        return new QueueTarget(platform, accountId, state, newAt, keyBase, posts, attempts, reason, failure, updated, linksToLast);
    }

    public QueueTarget withAttempts(int newAttempts) {
        return new QueueTarget(platform, accountId, state, at, keyBase, posts, newAttempts, reason, failure, updated, linksToLast);
    }

    public QueueTarget withPlatform(String newPlatform) {
        return new QueueTarget(newPlatform, accountId, state, at, keyBase, posts, attempts, reason, failure, updated, linksToLast);
    }

    public QueueTarget withPosts(List<PublishedPost> newPosts) {
        return new QueueTarget(platform, accountId, state, at, keyBase, newPosts, attempts, reason, failure, updated, linksToLast);
    }

    /** With what is known of one post, replacing what was known of it before. */
    public QueueTarget withPost(PublishedPost post) {
        List<PublishedPost> next = new ArrayList<>(posts);
        next.removeIf(p -> p.index() == post.index());
        next.add(post);
        next.sort(Comparator.comparingInt(PublishedPost::index));
        return withPosts(next);
    }

    /** What is known about post {@code index} (from 0), if anything. */
    public Optional<PublishedPost> post(int index) {
        return posts.stream().filter(p -> p.index() == index).findFirst();
    }

    /** How many posts exist remotely. */
    public int postsOut() {
        return (int) posts.stream().filter(PublishedPost::exists).count();
    }

    /** Whether it is still to go out: scheduled, or left publishing by a run that died. */
    @JsonIgnore
    public boolean isWaiting() {
        return state == QueueState.SCHEDULED || state == QueueState.PUBLISHING;
    }
}
