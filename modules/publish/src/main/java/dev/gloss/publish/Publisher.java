package dev.gloss.publish;


/**
 * Publishes a thread to one kind of account. Found in {@link org.openide.util.Lookup}:
 * <pre>{@code
 * Publisher p = Lookup.getDefault().lookupAll(Publisher.class).stream()
 *         .filter(x -> x.supports(account)).findFirst().orElseThrow();
 * }</pre>
 * Registered with {@code @ServiceProvider(service = Publisher.class)}: Bluesky, Mastodon, and an
 * export to files for X, LinkedIn and Threads. {@link QueueService} calls them; callers rarely
 * need one directly. Whether a thread fits an account is {@link dev.gloss.threads.ThreadChecks}'s
 * to say, the same for the composer, the CLI and every publisher.
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
     * Publishes every post of the job's thread that is not published yet, in order, recording
     * each post's key before its request and its remote id the moment it exists (through
     * {@link PublishJob}), so a later run resumes at the first unpublished post and never posts
     * one twice.
     *
     * @throws PublishException with the reason when the entry cannot be published
     */
    void publish(PublishJob job) throws PublishException;
}
