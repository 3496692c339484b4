package dev.gloss.publish.mastodon;

import dev.gloss.publish.ImageFile;
import dev.gloss.publish.PublishException;
import dev.gloss.publish.PublishJob;
import dev.gloss.publish.Publisher;
import dev.gloss.publish.http.RemoteException;
import dev.gloss.threads.Platform;
import dev.gloss.threads.PlatformRules;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostImage;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.PublishedPost;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openide.util.lookup.ServiceProvider;

/**
 * Publishes a thread to Mastodon: each post after the first replies to the previous one
 * ({@code in_reply_to_id}); images are uploaded with their alt text as description. The
 * {@code Idempotency-Key} of each post is chosen and saved before its request and sent again
 * on every retry, so the server returns the same status instead of posting twice.
 */
@ServiceProvider(service = Publisher.class)
public final class MastodonPublisher implements Publisher {

    @Override
    public boolean supports(String accountKind) {
        return "mastodon".equals(accountKind);
    }

    @Override
    public void publish(PublishJob job) throws PublishException {
        job.requireFits();
        AccountRef account = job.account();
        char[] token = job.secrets().requireCredential(account.id(), "@" + account.handle() + " on " + account.service());
        try {
            MastodonClient client = new MastodonClient(URI.create(account.service()), token, job.http(), job.retry());
            List<Post> posts = job.thread().posts();
            String parent = null;
            for (int i = 0; i < posts.size(); i++) {
                Optional<PublishedPost> known = job.post(i);
                if (known.isPresent() && known.get().exists()) {
                    parent = known.get().remoteId();
                    continue;
                }
                String key = known.map(PublishedPost::key).orElse(null);
                try {
                    List<String> media = new ArrayList<>();
                    for (PostImage img : posts.get(i).images()) {
                        media.add(client.uploadMedia(ImageFile.read(job.workspace().root(), img)));
                    }
                    if (key == null) {
                        key = UUID.randomUUID().toString();
                        job.saveKey(i, key);
                    }
                    MastodonClient.Status s = client.postStatus(posts.get(i).text(), parent, media, key);
                    job.saveRemote(i, key, s.id(), null, s.url());
                    parent = s.id();
                } catch (RemoteException e) {
                    throw new PublishException(describe(e, account, i, posts.size()), e);
                }
            }
        } finally {
            Arrays.fill(token, '\0');
        }
    }

    private static String describe(RemoteException e, AccountRef account, int index, int total) {
        String who = "@" + account.handle() + " on " + e.host();
        if (e.status() == 401) {
            return "Mastodon rejected the access token of " + who + ": "
                    + (e.serverMessage() == null ? "unauthorized" : e.serverMessage()) + "; add the account again with a new token.";
        }
        return "Mastodon (" + who + ") did not take post " + (index + 1) + " of " + total + ": " + e.describe() + ".";
    }
}
