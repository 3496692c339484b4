package dev.gloss.publish;


/**
 * Publishes a thread to one kind of account: one {@link dev.gloss.workspace.QueueTarget} of a
 * queue entry at a time. Found in {@link org.openide.util.Lookup}:
 * <pre>{@code
 * Publisher p = Lookup.getDefault().lookupAll(Publisher.class).stream()
 *         .filter(x -> x.supports(account)).findFirst().orElseThrow();
 * }</pre>
 * Registered with {@code @ServiceProvider(service = Publisher.class)}: Bluesky, Mastodon, and an
 * export to files for X, LinkedIn and Threads. {@link QueueService} calls them; callers rarely
 * need one directly. Whether a thread fits an account is {@link dev.gloss.threads.ThreadChecks}'s
 * to say, the same for the composer, the CLI and every publisher.
 * <p>
 * The contract, which makes one target's publishing independent of the others' and resumable:
 * <ul>
 * <li>{@link QueueService} claims the target ({@code PUBLISHING}) under the entry's lock, calls
 *     {@link #publish} once, and records {@code PUBLISHED} when it returns, {@code FAILED} with
 *     the reason when it throws. A publisher never changes a target's state itself, and never
 *     touches another target: {@link PublishJob} reads and writes its own target only.</li>
 * <li>It skips every post that {@link PublishJob#post} says exists ({@code remoteId} set), and
 *     replies to its remote id; it publishes the rest in order.</li>
 * <li>Before the request that may create a post it saves the post's key
 *     ({@link PublishJob#saveKey}) when the platform takes one; it saves the remote id
 *     ({@link PublishJob#saveRemote}) the moment the post exists, before anything else.</li>
 * <li>Keys are derived, never random: from {@link PublishJob#keyBase}, {@link PublishJob#at} and
 *     the post's index, so another clone of the workspace publishing the same entry sends the
 *     same ones. A key saved by an earlier attempt wins over a derived one.</li>
 * <li>Where the platform keeps no key (or keeps it for a while only), it reads the account's
 *     own posts since {@link PublishJob#notBefore} and adopts a post already there (the same
 *     text, replying to the same post) before sending it again.</li>
 * <li>It fails with a {@link PublishException} whose reason names the platform, the account and
 *     the post; whatever it throws affects this target only.</li>
 * </ul>
 */
public interface Publisher {
    /** Whether it publishes to accounts of this kind ({@link dev.gloss.workspace.AccountRef#kind()}). */
    boolean supports(String accountKind);

    /**
     * Whether it publishes to this account: by its kind, unless a publisher tells accounts of one
     * kind apart (an X account signed in, or one whose threads are exported to files).
     */
    default boolean supports(dev.gloss.workspace.AccountRef account) {
        return supports(account.kind());
    }

    /**
     * Publishes every post of the job's thread that is not published yet on the job's target,
     * in order, recording each post's key before its request and its remote id the moment it
     * exists (through {@link PublishJob}), so a later run resumes at the first unpublished post
     * and never posts one twice.
     *
     * @throws PublishException with the reason when the target cannot be published
     */
    void publish(PublishJob job) throws PublishException;
}
