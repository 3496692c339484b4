package dev.gloss.publish.impl.mastodon;

import dev.gloss.publish.impl.ImageFile;
import dev.gloss.publish.PublishException;
import dev.gloss.publish.PublishJob;
import dev.gloss.publish.Publisher;
import dev.gloss.net.RemoteException;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostImage;
import dev.gloss.workspace.PublishedPost;
import dev.gloss.threads.Languages;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.util.lookup.ServiceProvider;

/**
 * Publishes a thread to Mastodon: each post after the first replies to the previous one
 * ({@code in_reply_to_id}) and is unlisted unless the account says public; images are uploaded
 * with their alt text as description and waited for while the server processes them; every
 * status carries the thread's language and content warning.
 * <p>
 * Exactly once: the {@code Idempotency-Key} of each post is derived from the target's key base
 * and the post's place ({@code gloss-<keyBase>-<index>}; the key base is the entry id for an
 * entry an older Gloss queued), so every attempt and every clone of the
 * workspace sends the same key, and the server answers a repeat with the status it made. The
 * server keeps a key for an hour; when the entry was due longer ago than that, or an earlier
 * attempt may have sent a post, the account's own recent statuses are read first and a post
 * already there (same reply, same text) is adopted instead of sent again.
 */
@ServiceProvider(service = Publisher.class)
public final class MastodonPublisher implements Publisher {
    private static final Logger LOG = Logger.getLogger(MastodonPublisher.class.getName());
    /** A little less than the hour Mastodon keeps an idempotency key. */
    static final Duration KEY_WINDOW = Duration.ofMinutes(50);

    @Override
    public boolean supports(String accountKind) {
        return "mastodon".equals(accountKind);
    }

    /** The idempotency key of post {@code index} of a target ({@link PublishJob#keyBase}): the same for every attempt and every clone. */
    public static String key(String keyBase, int index) {
        return "gloss-" + keyBase + "-" + index;
    }

    @Override
    public void publish(PublishJob job) throws PublishException {
        job.requireFits();
        AccountRef account = job.account();
        char[] token = job.secrets().requireCredential(account.id(), "@" + account.handle(), account.service());
        try {
            MastodonClient client = new MastodonClient(URI.create(account.service()), token, job.http(), job.retry());
            List<Post> posts = job.thread().posts();
            String language = Languages.of(job.thread()).orElse(null);
            String warning = job.thread().contentWarning();
            String replies = "public".equals(account.replies()) ? "public" : "unlisted";
            List<MastodonClient.Posted> recent = null;
            String parent = null;
            for (int i = 0; i < posts.size(); i++) {
                Optional<PublishedPost> known = job.post(i);
                if (known.isPresent() && known.get().exists()) {
                    parent = known.get().remoteId();
                    continue;
                }
                String key = known.map(PublishedPost::key).orElse(key(job.keyBase(), i));
                try {
                    if (recent == null && mayBeBeyondTheKeysWindow(job, known)) {
                        recent = client.ownStatuses(account.remoteId(), job.notBefore());
                    }
                    Optional<MastodonClient.Posted> there = recent == null ? Optional.empty() : find(recent, posts.get(i).text(), parent);
                    if (there.isPresent()) {
                        LOG.log(Level.FINE, "post {0} is already on the server as {1}; adopting it", new Object[]{i + 1, there.get().id()});
                        job.saveRemote(i, key, there.get().id(), null, there.get().url());
                        parent = there.get().id();
                        continue;
                    }
                    List<String> media = new ArrayList<>();
                    for (PostImage img : posts.get(i).images()) {
                        media.add(client.uploadMedia(ImageFile.read(job.workspace().root(), img)));
                    }
                    if (known.map(PublishedPost::key).isEmpty()) {
                        job.saveKey(i, key);
                    }
                    MastodonClient.Options options = new MastodonClient.Options(i == 0 ? null : replies, language, warning);
                    MastodonClient.Status s = client.postStatus(posts.get(i).text(), parent, media, key, options);
                    job.saveRemote(i, key, s.id(), null, s.url());
                    parent = s.id();
                } catch (RemoteException e) {
                    throw failure(e, account, i, posts.size());
                }
            }
        } finally {
            Arrays.fill(token, '\0');
        }
    }

    /**
     * Whether a post may exist that its key can no longer find: the entry was due longer ago
     * than the server keeps keys (another clone may have posted it then), or this post's key was
     * saved by an earlier attempt (which may have sent it, perhaps more than an hour ago).
     */
    private static boolean mayBeBeyondTheKeysWindow(PublishJob job, Optional<PublishedPost> known) {
        Instant due = job.at();
        return known.map(PublishedPost::key).isPresent()
                || due != null && Duration.between(due, job.clock().instant()).compareTo(KEY_WINDOW) > 0;
    }

    /** The status that is this post: the same text, replying to the same parent. */
    private static Optional<MastodonClient.Posted> find(List<MastodonClient.Posted> recent, String text, String parent) {
        String wanted = StatusText.comparable(text);
        return recent.stream().filter(p -> java.util.Objects.equals(p.inReplyToId(), parent))
                .filter(p -> StatusText.comparable(p.text()).equals(wanted))
                .reduce((newer, older) -> older); // the oldest: the first time it went out
    }

    private static PublishException failure(RemoteException e, AccountRef account, int index, int total) {
        String handle = "@" + account.handle();
        if (e.status() == 401) {
            return new PublishException(e, PublishException.Reason.TOKEN_REJECTED, handle, e.host(), e.said());
        }
        return new PublishException(e, PublishException.Reason.NOT_TAKEN, "Mastodon", handle, e.host(), index + 1, total, e);
    }
}
