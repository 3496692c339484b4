package dev.gloss.publish.impl.x;

import dev.gloss.net.RemoteException;
import dev.gloss.publish.PublishException;
import dev.gloss.publish.PublishJob;
import dev.gloss.publish.Publisher;
import dev.gloss.publish.impl.ImageFile;
import dev.gloss.publish.impl.oauth.AccessToken;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostImage;
import dev.gloss.workspace.PublishedPost;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.util.lookup.ServiceProvider;

/**
 * Publishes a thread to X with the API v2 and the user's OAuth 2.0 token: each post after the
 * first replies to the one before ({@code reply.in_reply_to_tweet_id}); images are uploaded
 * with their alt text before the post that shows them.
 * <p>
 * Exactly once, although X takes no idempotency key: a post's key is saved before its request
 * (so a later run knows a request may have gone out) and its id the moment X answers. Whenever
 * a post may exist without its id saved (an earlier run saved its key and no id, the answer was
 * lost, X answered 5xx, or X refused the text as a duplicate, which is what another clone
 * publishing the same entry at once meets), the account's own posts since the entry was made
 * are read, and a post with the same text replying to the same post is adopted instead of sent
 * again. A 429 creates nothing: it is waited out when X's {@code x-rate-limit-reset} is near,
 * else the target fails saying when X lets the account post again.
 */
@ServiceProvider(service = Publisher.class)
public final class XPublisher implements Publisher {
    private static final Logger LOG = Logger.getLogger(XPublisher.class.getName());
    /** X's words when a text was posted already (403). */
    static final String DUPLICATE = "duplicate content";

    @Override
    public boolean supports(String accountKind) {
        return "x".equals(accountKind);
    }

    @Override
    public boolean supports(AccountRef account) {
        return supports(account.kind()) && !account.isExport();
    }

    /** The key saved before post {@code index} is sent: it marks that a request may have gone out. */
    static String key(String keyBase, int index) {
        return "x-" + keyBase + "-" + index;
    }

    @Override
    public void publish(PublishJob job) throws PublishException {
        job.requireFits();
        AccountRef account = job.account();
        AccessToken token = new XPlatform().accessToken(job);
        XClient client = new XClient(URI.create(account.service()), token, job.http(), job.retry());
        Run run = new Run(job, client, token, account);
        List<Post> posts = job.thread().posts();
        String parent = null;
        for (int i = 0; i < posts.size(); i++) {
            Optional<PublishedPost> known = job.post(i);
            if (known.isPresent() && known.get().exists()) {
                parent = known.get().remoteId();
                continue;
            }
            parent = run.post(i, posts.size(), posts.get(i), parent, known.map(PublishedPost::key).orElse(null));
        }
    }

    /** One run over a target's posts: the client, and the account's posts once read. */
    private static final class Run {
        private final PublishJob job;
        private final XClient client;
        private final AccessToken token;
        private final AccountRef account;
        private final String handle;

        Run(PublishJob job, XClient client, AccessToken token, AccountRef account) {
            this.job = job;
            this.client = client;
            this.token = token;
            this.account = account;
            this.handle = "@" + account.handle();
        }

        /** Publishes (or adopts) post {@code i}; its id. */
        String post(int i, int total, Post post, String parent, String savedKey) throws PublishException {
            String key = savedKey != null ? savedKey : key(job.keyBase(), i);
            try {
                fresh(i, total);
                if (savedKey != null) {
                    // an earlier run sent this post's request, or was about to: it may be there
                    Optional<XClient.Posted> there = find(post.text(), parent);
                    if (there.isPresent()) {
                        return adopt(i, key, there.get());
                    }
                }
                List<String> media = new ArrayList<>();
                for (PostImage img : post.images()) {
                    ImageFile file = ImageFile.read(job.workspace().root(), img);
                    String id = client.uploadImage(file);
                    if (file.alt() != null && !file.alt().isBlank()) {
                        client.altText(id, file.alt());
                    }
                    media.add(id);
                }
                if (savedKey == null) {
                    job.saveKey(i, key);
                }
                return send(i, total, key, post.text(), parent, media);
            } catch (RemoteException e) {
                throw failure(e, i, total);
            }
        }

        /**
         * Sends the post, waiting out short rate limits; after a lost answer or a 5xx, reads the
         * account's posts before sending again.
         */
        private String send(int i, int total, String key, String text, String parent, List<String> media)
                throws RemoteException, PublishException {
            boolean[] uncertain = {false};
            boolean[] unseen = {false};
            boolean renewed = false;
            while (true) {
                try {
                    XClient.Posted p = job.retry().run(() -> {
                        if (uncertain[0]) {
                            Optional<XClient.Posted> there = find(text, parent);
                            if (there.isPresent()) {
                                return there.get();
                            }
                        }
                        try {
                            XClient.Created c = client.createPost(text, parent, media);
                            return new XClient.Posted(c.id(), null, text, parent, media.size());
                        } catch (RemoteException e) {
                            if (e.status() == 0 || e.status() >= 500) {
                                uncertain[0] = true;
                            } else if (e.status() == 403 && said(e).contains(DUPLICATE)) {
                                // X has this text already: this post, sent by a run or a clone that did not see the answer
                                Optional<XClient.Posted> there = find(text, parent);
                                if (there.isPresent()) {
                                    return there.get();
                                }
                                unseen[0] = true;
                            }
                            throw e;
                        }
                    });
                    if (p.createdAt() == null) {
                        job.saveRemote(i, key, p.id(), null, url(p.id()));
                        return p.id();
                    }
                    return adopt(i, key, p);
                } catch (RemoteException e) {
                    if (unseen[0]) {
                        throw new PublishException(e, PublishException.Reason.ALREADY_THERE_UNSEEN, "X", handle, i + 1, total);
                    }
                    if (e.status() == 401 && !renewed) {
                        renewed = true;
                        try {
                            token.rejected(token.get());
                        } catch (AccessToken.SignInNeeded s) {
                            throw signInAgain(s);
                        }
                        continue;
                    }
                    throw e;
                }
            }
        }

        private String adopt(int i, String key, XClient.Posted p) {
            LOG.log(Level.FINE, "post {0} is already on X as {1}; adopting it", new Object[]{i + 1, p.id()});
            job.saveRemote(i, key, p.id(), null, url(p.id()));
            return p.id();
        }

        /** The account's post with this text replying to {@code parent} (the oldest, the first to go out). */
        private Optional<XClient.Posted> find(String text, String parent) throws RemoteException {
            List<XClient.Posted> mine = client.ownPosts(account.remoteId(), job.notBefore());
            String wanted = XText.comparable(text);
            return mine.stream().filter(p -> Objects.equals(p.inReplyToId(), parent))
                    .filter(p -> XText.comparable(p.text()).equals(wanted))
                    .reduce((newer, older) -> older);
        }

        private void fresh(int i, int total) throws RemoteException, PublishException {
            try {
                token.fresh();
            } catch (AccessToken.SignInNeeded s) {
                throw signInAgain(s);
            }
        }

        private PublishException signInAgain(AccessToken.SignInNeeded s) {
            return new PublishException(s.refused() != null ? s.refused() : s, PublishException.Reason.SIGN_IN_AGAIN, "X", handle,
                    client.host());
        }

        private String url(String id) {
            return "https://x.com/" + account.handle() + "/status/" + id;
        }

        private PublishException failure(RemoteException e, int i, int total) {
            if (e.isRateLimit() && e.retryAfter() != null) {
                Instant until = job.clock().instant().plus(e.retryAfter());
                return new PublishException(e, PublishException.Reason.RATE_LIMITED, "X", handle, e.host(), i + 1, total,
                        until.toEpochMilli());
            }
            if (e.status() == 401) {
                return new PublishException(e, PublishException.Reason.SIGN_IN_AGAIN, "X", handle, e.host());
            }
            return new PublishException(e, PublishException.Reason.NOT_TAKEN, "X", handle, e.host(), i + 1, total, e);
        }

        private static String said(RemoteException e) {
            return String.valueOf(e.serverMessage()).toLowerCase(java.util.Locale.ROOT);
        }
    }
}
