package dev.gloss.publish.impl.threads;

import dev.gloss.net.RemoteException;
import dev.gloss.publish.PublishException;
import dev.gloss.publish.PublishJob;
import dev.gloss.publish.Publisher;
import dev.gloss.publish.impl.ImageFile;
import dev.gloss.publish.impl.oauth.AccessToken;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.AtomicFiles;
import dev.gloss.workspace.FileFailure;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostImage;
import dev.gloss.workspace.PublishedPost;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.util.lookup.ServiceProvider;

/**
 * Publishes a thread to Threads with Meta's Graph API: each post is a container ({@code POST
 * /me/threads}, replying to the post before with {@code reply_to_id}), waited for until
 * FINISHED, then published ({@code POST /me/threads_publish}). Threads downloads an image from a
 * public address: the account's {@code imageFolder} option is a folder the user's web site
 * serves at its {@code imageUrl} option; each image is copied there under its content's hash and
 * its address checked before the container names it. The daily publishing quota is read first.
 * <p>
 * Exactly once: the container's id is the post's key, saved before it is published. A later run
 * that finds a key and no post asks the container: PUBLISHED means the post is there (found among
 * the account's posts or the replies to the post before, and adopted), FINISHED that it was never
 * published. Before a new container, the post is looked for as well (another clone may have
 * published it); after publishing, a second copy (two clones at the same moment) is looked for,
 * and the newer one deleted, so both clones keep the older.
 */
@ServiceProvider(service = Publisher.class)
public final class ThreadsPublisher implements Publisher {
    private static final Logger LOG = Logger.getLogger(ThreadsPublisher.class.getName());
    /** Polls of a container while Threads downloads and checks it. */
    static final int POLLS = 30;
    static final Duration POLL = Duration.ofSeconds(1);
    public static final String IMAGE_FOLDER = "imageFolder";
    public static final String IMAGE_URL = "imageUrl";

    @Override
    public boolean supports(String accountKind) {
        return "threads".equals(accountKind);
    }

    @Override
    public boolean supports(AccountRef account) {
        return supports(account.kind()) && !account.isExport();
    }

    @Override
    public void publish(PublishJob job) throws PublishException {
        job.requireFits();
        AccountRef account = job.account();
        AccessToken token = new ThreadsPlatform().accessToken(job);
        ThreadsClient client = new ThreadsClient(URI.create(account.service()), token, job.http(), job.retry());
        new Run(job, client, token, account).all();
    }

    private static final class Run {
        private final PublishJob job;
        private final ThreadsClient client;
        private final AccessToken token;
        private final AccountRef account;
        private final String handle;
        private final List<Post> posts;

        Run(PublishJob job, ThreadsClient client, AccessToken token, AccountRef account) {
            this.job = job;
            this.client = client;
            this.token = token;
            this.account = account;
            this.handle = "@" + account.handle();
            this.posts = job.thread().posts();
        }

        void all() throws PublishException {
            int total = posts.size();
            int i = 0;
            // before anything goes out: what this publisher cannot do yet, or without its setup
            for (int n = 0; n < total; n++) {
                int images = posts.get(n).images().size();
                if (images > 1) {
                    throw new PublishException(PublishException.Reason.ONE_IMAGE_ONLY, "Threads", handle, n + 1, images);
                }
                if (images == 1 && (account.option(IMAGE_FOLDER) == null || account.option(IMAGE_URL) == null)) {
                    throw new PublishException(PublishException.Reason.NO_IMAGE_HOST, "Threads", handle);
                }
            }
            try {
                try {
                    token.fresh();
                } catch (AccessToken.SignInNeeded s) {
                    throw new PublishException(s.refused() != null ? s.refused() : s, PublishException.Reason.SIGN_IN_AGAIN, "Threads",
                            handle, client.host());
                }
                checkQuota(total);
                String parent = null;
                for (; i < total; i++) {
                    Optional<PublishedPost> known = job.post(i);
                    if (known.isPresent() && known.get().exists()) {
                        parent = known.get().remoteId();
                        continue;
                    }
                    parent = post(i, total, posts.get(i), parent, known.map(PublishedPost::key).orElse(null));
                }
            } catch (RemoteException e) {
                throw failure(e, i, total);
            }
        }

        /** Enough room in the day's quota for the posts still to go (the first is a post, the rest replies). */
        private void checkQuota(int total) throws RemoteException, PublishException {
            long first = job.post(0).filter(PublishedPost::exists).isPresent() ? 0 : 1;
            long replies = java.util.stream.IntStream.range(1, total).filter(i -> job.post(i).filter(PublishedPost::exists).isEmpty()).count();
            ThreadsClient.Quota q = client.quota();
            if (q.usage() + first > q.total()) {
                throw new PublishException(PublishException.Reason.QUOTA_USED, "Threads", handle, first + replies, q.usage(), q.total(),
                        q.duration() / 3600);
            }
            if (q.replyUsage() + replies > q.replyTotal()) {
                throw new PublishException(PublishException.Reason.QUOTA_USED, "Threads", handle, first + replies, q.replyUsage(),
                        q.replyTotal(), q.duration() / 3600);
            }
        }

        private String post(int i, int total, Post post, String parent, String savedKey) throws RemoteException, PublishException {
            String container = savedKey;
            if (container != null) {
                ThreadsClient.Container c = status(container);
                if ("PUBLISHED".equals(c.status())) {
                    Optional<ThreadsClient.Posted> there = find(post.text(), parent);
                    if (there.isEmpty()) {
                        throw new PublishException(PublishException.Reason.ALREADY_THERE_UNSEEN, "Threads", handle, i + 1, total);
                    }
                    return adopt(i, container, there.get());
                }
                if (!"FINISHED".equals(c.status()) && !"IN_PROGRESS".equals(c.status())) {
                    container = null; // expired or refused: a new one
                }
            }
            if (container == null) {
                Optional<ThreadsClient.Posted> there = find(post.text(), parent);
                if (there.isPresent()) {
                    return adopt(i, null, there.get());
                }
                PostImage img = post.images().isEmpty() ? null : post.images().get(0);
                String url = img == null ? null : host(img);
                container = client.container(post.text(), url, img == null ? null : img.alt(), parent);
                job.saveKey(i, container);
            }
            waitFinished(container, i, total);
            String id;
            try {
                id = client.publish(container);
            } catch (RemoteException e) {
                if (e.status() != 0 && e.status() < 500) {
                    throw e;
                }
                // the answer was lost: the container says whether it was published
                if (!"PUBLISHED".equals(status(container).status())) {
                    String ready = container;
                    id = job.retry().run(() -> client.publish(ready));
                } else {
                    Optional<ThreadsClient.Posted> there = find(post.text(), parent);
                    if (there.isEmpty()) {
                        throw new PublishException(e, PublishException.Reason.ALREADY_THERE_UNSEEN, "Threads", handle, i + 1, total);
                    }
                    id = there.get().id();
                }
            }
            job.saveRemote(i, container, id, null, null);
            return keepTheOlder(i, total, container, id, post.text(), parent);
        }

        /**
         * When another clone published the same post at the same moment, the newer copy is deleted
         * by whichever clone made it, and both keep the older.
         */
        private String keepTheOlder(int i, int total, String container, String id, String text, String parent)
                throws RemoteException, PublishException {
            List<ThreadsClient.Posted> same = matches(text, parent);
            if (same.size() < 2) {
                return id;
            }
            ThreadsClient.Posted oldest = same.get(0);
            if (oldest.id().equals(id)) {
                return id;
            }
            LOG.log(Level.INFO, "post {0} of {1} went out twice on Threads; deleting the newer copy {2}", new Object[]{i + 1, total, id});
            boolean deleted;
            try {
                deleted = client.delete(id);
            } catch (RemoteException e) {
                LOG.log(Level.WARNING, "the second copy could not be deleted", e);
                deleted = false;
            }
            job.saveRemote(i, container, oldest.id(), null, oldest.permalink());
            if (!deleted) {
                throw new PublishException(PublishException.Reason.DUPLICATE_LEFT, "Threads", handle, i + 1, total, id);
            }
            return oldest.id();
        }

        private String adopt(int i, String key, ThreadsClient.Posted p) {
            LOG.log(Level.FINE, "post {0} is already on Threads as {1}; adopting it", new Object[]{i + 1, p.id()});
            job.saveRemote(i, key, p.id(), null, p.permalink());
            return p.id();
        }

        private Optional<ThreadsClient.Posted> find(String text, String parent) throws RemoteException {
            List<ThreadsClient.Posted> same = matches(text, parent);
            return same.isEmpty() ? Optional.empty() : Optional.of(same.get(0));
        }

        /** The account's posts with this text (replies to {@code parent}, or top-level since the entry), oldest first. */
        private List<ThreadsClient.Posted> matches(String text, String parent) throws RemoteException {
            List<ThreadsClient.Posted> mine = parent == null ? client.ownPosts(job.notBefore()) : client.ownReplies(parent, account.handle());
            String wanted = comparable(text);
            return mine.stream().filter(p -> comparable(p.text()).equals(wanted))
                    .sorted(Comparator.comparing(ThreadsClient.Posted::at).thenComparing(p -> p.id().length())
                            .thenComparing(ThreadsClient.Posted::id))
                    .toList();
        }

        private static String comparable(String s) {
            return java.text.Normalizer.normalize(s == null ? "" : s, java.text.Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
        }

        private ThreadsClient.Container status(String container) throws RemoteException {
            try {
                return client.status(container);
            } catch (RemoteException e) {
                if (e.status() == 400 || e.status() == 404) {
                    return new ThreadsClient.Container(container, "EXPIRED", e.serverMessage()); // gone after 24 hours
                }
                throw e;
            }
        }

        private void waitFinished(String container, int i, int total) throws RemoteException, PublishException {
            for (int poll = 0; poll < POLLS; poll++) {
                ThreadsClient.Container c = status(container);
                switch (c.status()) {
                    case "FINISHED", "PUBLISHED" -> {
                        return;
                    }
                    case "ERROR", "EXPIRED" -> throw new PublishException(PublishException.Reason.NOT_TAKEN, "Threads", handle,
                            client.host(), i + 1, total, c.errorMessage() == null ? c.status() : c.errorMessage());
                    default -> {
                        try {
                            job.retry().pause(POLL);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw RemoteException.noResponse(client.host(), "interrupted while Threads prepared the post");
                        }
                    }
                }
            }
            throw new PublishException(PublishException.Reason.NOT_TAKEN, "Threads", handle, client.host(), i + 1, total,
                    "still IN_PROGRESS");
        }

        /** Copies the image into the account's public folder under its hash; its public address, checked. */
        private String host(PostImage img) throws PublishException, RemoteException {
            String folder = account.option(IMAGE_FOLDER);
            String base = account.option(IMAGE_URL);
            if (folder == null || base == null) {
                throw new PublishException(PublishException.Reason.NO_IMAGE_HOST, "Threads", handle);
            }
            ImageFile file = ImageFile.read(job.workspace().root(), img);
            String name;
            try {
                name = Ids.sha256(new ByteArrayInputStream(file.bytes()), OutputStream.nullOutputStream()).substring(0, 32)
                        + (file.mimeType().equals("image/png") ? ".png" : ".jpg");
                Path target = Path.of(folder).resolve(name);
                if (!Files.isRegularFile(target) || Files.size(target) != file.bytes().length) {
                    Files.createDirectories(target.getParent());
                    AtomicFiles.write(target, file.bytes());
                }
            } catch (IOException e) {
                throw new PublishException(e, PublishException.Reason.IMAGE_HOST_UNWRITABLE, folder, FileFailure.of(e));
            }
            String url = (base.endsWith("/") ? base : base + "/") + name;
            try {
                job.retry().run(() -> job.http().send(HttpRequest.newBuilder(URI.create(url)).GET()));
            } catch (RemoteException e) {
                throw new PublishException(e, PublishException.Reason.IMAGE_NOT_PUBLIC, url, e);
            }
            return url;
        }

        private PublishException failure(RemoteException e, int i, int total) {
            if (e.isRateLimit() && e.retryAfter() != null) {
                return new PublishException(e, PublishException.Reason.RATE_LIMITED, "Threads", handle, e.host(), i + 1, total,
                        job.clock().instant().plus(e.retryAfter()).toEpochMilli());
            }
            Integer code = ThreadsClient.graphCode(e);
            if (e.status() == 401 || code != null && code == 190) {
                return new PublishException(e, PublishException.Reason.SIGN_IN_AGAIN, "Threads", handle, e.host());
            }
            return new PublishException(e, PublishException.Reason.NOT_TAKEN, "Threads", handle, e.host(), i + 1, total, e);
        }
    }
}
