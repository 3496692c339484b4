package dev.gloss.publish;

import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.PostThread;
import java.nio.file.Path;
import java.util.List;

/**
 * Publishes a thread to one kind of account. Found in {@link org.openide.util.Lookup}:
 * <pre>{@code
 * Publisher p = Lookup.getDefault().lookupAll(Publisher.class).stream()
 *         .filter(x -> x.supports(account.kind())).findFirst().orElseThrow();
 * }</pre>
 * Registered with {@code @ServiceProvider(service = Publisher.class)}: Bluesky, Mastodon, and an
 * export to files for X, LinkedIn and Threads. {@link QueueService} calls them; callers rarely
 * need one directly.
 */
public interface Publisher {
    /** Whether it publishes to accounts of this kind ({@link dev.gloss.workspace.AccountRef#kind()}). */
    boolean supports(String accountKind);

    /**
     * What would stop this thread from going out whole to this account (a post too long, an
     * image missing or too big), found without any network call. Each problem is one sentence.
     *
     * @return the problems, empty when the thread fits
     */
    List<String> check(PostThread thread, AccountRef account, Path workspaceRoot);

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
