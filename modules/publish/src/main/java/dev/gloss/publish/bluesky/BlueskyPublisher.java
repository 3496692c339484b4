package dev.gloss.publish.bluesky;

import dev.gloss.publish.ImageFile;
import dev.gloss.publish.PublishException;
import dev.gloss.publish.PublishJob;
import dev.gloss.publish.Publisher;
import dev.gloss.publish.bluesky.BlueskyClient.StrongRef;
import dev.gloss.publish.http.RemoteException;
import dev.gloss.threads.Platform;
import dev.gloss.threads.PlatformRules;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostImage;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.PublishedPost;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openide.util.lookup.ServiceProvider;

/**
 * Publishes a thread to Bluesky: the first post, then each next one as a reply with
 * {@code reply.root} (the first post) and {@code reply.parent} (the previous one). Record keys
 * are TIDs chosen here and saved before each {@code createRecord}; a run that finds a saved key
 * without a remote id asks the server for that record first.
 */
@ServiceProvider(service = Publisher.class)
public final class BlueskyPublisher implements Publisher {
    /** The lexicon's size limit for an image blob in a post. */
    public static final long MAX_IMAGE_BYTES = 1_000_000;
    public static final int MAX_IMAGES = 4;

    @Override
    public boolean supports(String accountKind) {
        return "bluesky".equals(accountKind);
    }

    @Override
    public List<String> check(PostThread thread, AccountRef account, Path workspaceRoot) {
        List<String> problems = new ArrayList<>();
        if (thread.posts().isEmpty()) {
            problems.add("The thread has no posts.");
        }
        PlatformRules rules = PlatformRules.of(Platform.BLUESKY);
        for (int i = 0; i < thread.posts().size(); i++) {
            Post p = thread.posts().get(i);
            String which = "Post " + (i + 1);
            if (p.text().isBlank() && p.images().isEmpty()) {
                problems.add(which + " is empty.");
            }
            int count = rules.count(p.text());
            if (count > rules.limit()) {
                problems.add(which + " has " + count + " characters; Bluesky allows " + rules.limit() + ".");
            }
            int bytes = p.text().getBytes(StandardCharsets.UTF_8).length;
            if (bytes > PlatformRules.BLUESKY_MAX_BYTES) {
                problems.add(which + " is " + bytes + " bytes long; Bluesky allows " + PlatformRules.BLUESKY_MAX_BYTES + ".");
            }
            if (p.images().size() > MAX_IMAGES) {
                problems.add(which + " has " + p.images().size() + " images; Bluesky allows " + MAX_IMAGES + ".");
            }
            for (PostImage img : p.images()) {
                Path f = ImageFile.resolve(workspaceRoot, img);
                if (!Files.isRegularFile(f)) {
                    problems.add(which + ": the image " + img.file() + " does not exist.");
                } else if (f.toFile().length() > MAX_IMAGE_BYTES) {
                    problems.add(which + ": the image " + img.file() + " is " + f.toFile().length()
                            + " bytes; Bluesky allows " + MAX_IMAGE_BYTES + ".");
                }
            }
        }
        return problems;
    }

    @Override
    public void publish(PublishJob job) throws PublishException {
        List<String> problems = check(job.thread(), job.account(), job.workspace().root());
        if (!problems.isEmpty()) {
            throw new PublishException(String.join(" ", problems));
        }
        BlueskyClient client = new BlueskyClient(job.account(), job.secrets(), job.http(), job.retry());
        BlueskySession session = client.signIn();
        PostRecords records = new PostRecords(client);
        List<Post> posts = job.thread().posts();
        StrongRef root = null;
        StrongRef parent = null;
        for (int i = 0; i < posts.size(); i++) {
            Optional<PublishedPost> known = job.post(i);
            if (known.isPresent() && known.get().exists()) {
                parent = new StrongRef(known.get().remoteId(), known.get().cid());
                root = root == null ? parent : root;
                continue;
            }
            boolean mayExist = known.isPresent() && known.get().key() != null;
            String rkey = mayExist ? known.get().key() : Tid.next(job.clock());
            try {
                List<PostRecords.Image> images = upload(client, job, posts.get(i));
                var record = records.post(posts.get(i).text(), job.clock().instant(), root, parent, images);
                if (!mayExist) {
                    job.saveKey(i, rkey);
                }
                StrongRef created = client.createRecord(BlueskyClient.POST, rkey, record, mayExist);
                job.saveRemote(i, rkey, created.uri(), created.cid(),
                        "https://bsky.app/profile/" + session.did() + "/post/" + rkey);
                parent = created;
                root = root == null ? created : root;
            } catch (RemoteException e) {
                throw new PublishException("Bluesky (" + client.describe() + ") did not take post " + (i + 1)
                        + " of " + posts.size() + ": " + e.describe() + ".", e);
            }
        }
    }

    private static List<PostRecords.Image> upload(BlueskyClient client, PublishJob job, Post post)
            throws PublishException, RemoteException {
        List<PostRecords.Image> out = new ArrayList<>();
        for (PostImage img : post.images()) {
            ImageFile f = ImageFile.read(job.workspace().root(), img);
            out.add(new PostRecords.Image(client.uploadBlob(f.bytes(), f.mimeType()), f.alt(), f.width(), f.height()));
        }
        return out;
    }
}
