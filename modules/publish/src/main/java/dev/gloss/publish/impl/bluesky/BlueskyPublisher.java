package dev.gloss.publish.impl.bluesky;

import dev.gloss.publish.impl.ImageFile;
import dev.gloss.publish.PublishException;
import dev.gloss.publish.PublishJob;
import dev.gloss.publish.Publisher;
import dev.gloss.publish.impl.bluesky.BlueskyClient.StrongRef;
import dev.gloss.net.RemoteException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gloss.publish.CardImage;
import dev.gloss.threads.Languages;
import dev.gloss.threads.Platform;
import dev.gloss.threads.PlatformRules;
import dev.gloss.threads.PostEmbeds;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostImage;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.PublishedPost;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.util.lookup.ServiceProvider;

/**
 * Publishes a thread to Bluesky: the first post, then each next one as a reply with
 * {@code reply.root} (the first post) and {@code reply.parent} (the previous one), all in one
 * {@code applyWrites} commit, so the server holds the whole thread or none of it.
 * <p>
 * Exactly once, also across copies of the workspace that never saw each other's queue state:
 * each post's record key and {@code createdAt} are derived from the target's key base and time
 * ({@link Tid#forPost}),
 * images and the card thumbnail are content-addressed blobs, and the reply references are the
 * CIDs computed here ({@link DagCbor}), so every publisher of an entry builds the same records.
 * When a write fails or its answer is lost (the PDS answers HTTP 500 for a key that is taken),
 * the records are looked up under their keys and adopted when they are the same posts; only
 * the ones that are not there are written again.
 */
@ServiceProvider(service = Publisher.class)
public final class BlueskyPublisher implements Publisher {
    private static final Logger LOG = Logger.getLogger(BlueskyPublisher.class.getName());

    @Override
    public boolean supports(String accountKind) {
        return "bluesky".equals(accountKind);
    }

    @Override
    public void publish(PublishJob job) throws PublishException {
        job.requireFits();
        BlueskyClient client = new BlueskyClient(job.account(), job.secrets(), job.http(), job.retry());
        BlueskySession session = client.signIn();
        Paper paper = job.thread().paperId() == null ? null : job.workspace().paper(job.thread().paperId()).orElse(null);
        List<PostEmbeds.Plan> plans = PostEmbeds.of(job.thread(), paper);
        List<Post> posts = job.thread().posts();
        int current = 0;
        try {
            Map<Integer, PostRecords.Embed> embeds = new HashMap<>();
            for (int i = 0; i < posts.size(); i++) {
                current = i;
                if (!job.post(i).map(PublishedPost::exists).orElse(false)) {
                    embeds.put(i, embed(client, job, posts.get(i), plans.get(i), paper));
                }
            }
            Writer w = new Writer(job, client, session.did(), new PostRecords(client), embeds);
            job.retry().run(w::writeMissing);
        } catch (RemoteException e) {
            int failed = firstMissing(job).orElse(current);
            throw new PublishException(e, PublishException.Reason.NOT_TAKEN, "Bluesky", job.account().handle(), client.host(),
                    failed + 1, posts.size(), e);
        } catch (KeyTaken e) {
            throw new PublishException(PublishException.Reason.KEY_TAKEN, e.index + 1, posts.size(), e.rkey,
                    job.account().handle(), client.host());
        }
    }

    private static Optional<Integer> firstMissing(PublishJob job) {
        for (int i = 0; i < job.thread().posts().size(); i++) {
            if (!job.post(i).map(PublishedPost::exists).orElse(false)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The embed of a post: its images, the paper's card, a quoted post (blobs uploaded). */
    private static PostRecords.Embed embed(BlueskyClient client, PublishJob job, Post post, PostEmbeds.Plan plan, Paper paper)
            throws PublishException, RemoteException {
        List<PostRecords.Image> images = new ArrayList<>();
        for (PostImage img : post.images()) {
            ImageFile f = ImageFile.read(job.workspace().root(), img);
            images.add(new PostRecords.Image(client.uploadBlob(f.bytes(), f.mimeType()), f.alt(), f.width(), f.height()));
        }
        PostRecords.Card card = null;
        if (plan.card() != null) {
            Optional<byte[]> thumb = CardImage.of(job.workspace(), paper);
            card = new PostRecords.Card(plan.card().uri(), plan.card().title(), plan.card().description(),
                    thumb.isPresent() ? client.uploadBlob(thumb.get(), "image/jpeg") : null);
        }
        StrongRef quote = plan.quote() == null ? null : quoted(client, plan.quote());
        return new PostRecords.Embed(images, card, quote);
    }

    /** The strong reference of a post a bsky.app link points to, or null when it does not exist. */
    private static StrongRef quoted(BlueskyClient client, PostEmbeds.Quote q) throws RemoteException {
        String actor = java.net.URLDecoder.decode(q.actor(), java.nio.charset.StandardCharsets.UTF_8);
        Optional<String> did = actor.startsWith("did:") ? Optional.of(actor) : client.resolveHandle(actor);
        Optional<BlueskyClient.Stored> r = did.isEmpty() ? Optional.empty() : client.getRecord(did.get(), BlueskyClient.POST, q.rkey());
        if (r.isEmpty()) {
            LOG.log(Level.INFO, "{0} does not lead to a post; it stays a plain link", q.url());
            return null;
        }
        return r.get().ref();
    }

    /** A post's record key was found holding another post. */
    private static final class KeyTaken extends RuntimeException {
        private final int index;
        private final String rkey;

        KeyTaken(int index, String rkey) {
            super("record key " + rkey + " of post " + (index + 1) + " holds another post", null, false, false);
            this.index = index;
            this.rkey = rkey;
        }
    }

    /** A record to write, with the CID the server will give it. */
    private record Planned(int index, String rkey, ObjectNode value, String cid) {
    }

    /** Writes the posts that are missing, looking first for those an earlier write may have made. */
    private static final class Writer {
        private final PublishJob job;
        private final BlueskyClient client;
        private final String did;
        private final PostRecords records;
        private final Map<Integer, PostRecords.Embed> embeds;
        private final List<String> langs;
        private final Instant at;
        /** Whether the server may hold some of the records: keys saved by an earlier attempt, or an attempt of this run. */
        private boolean mayExist;

        Writer(PublishJob job, BlueskyClient client, String did, PostRecords records, Map<Integer, PostRecords.Embed> embeds) {
            this.job = job;
            this.client = client;
            this.did = did;
            this.records = records;
            this.embeds = embeds;
            this.langs = Languages.of(job.thread()).map(List::of).orElse(List.of());
            this.at = job.at();
            this.mayExist = job.target().posts().stream().anyMatch(p -> !p.exists() && p.key() != null);
        }

        Void writeMissing() throws RemoteException {
            RemoteException failed = null;
            while (true) {
                List<Planned> plan = plan();
                if (plan.isEmpty()) {
                    return null;
                }
                if (mayExist && adopt(plan)) {
                    continue;
                }
                if (failed != null) {
                    throw failed; // looked right after the failure and found nothing: try again after a pause
                }
                for (Planned p : plan) {
                    if (job.post(p.index()).map(PublishedPost::key).isEmpty()) {
                        job.saveKey(p.index(), p.rkey());
                    }
                }
                mayExist = true;
                try {
                    List<StrongRef> refs = client.applyWrites(plan.stream()
                            .map(p -> new BlueskyClient.Create(BlueskyClient.POST, p.rkey(), p.value())).toList());
                    for (int k = 0; k < plan.size(); k++) {
                        Planned p = plan.get(k);
                        StrongRef ref = k < refs.size() ? refs.get(k) : new StrongRef(uri(p.rkey()), p.cid());
                        if (!p.cid().equals(ref.cid())) {
                            LOG.log(Level.WARNING, "the server gave post {0} the CID {1}, not {2}", new Object[]{p.index() + 1, ref.cid(), p.cid()});
                        }
                        saveRemote(p.index(), p.rkey(), ref);
                    }
                    return null;
                } catch (RemoteException e) {
                    if (!e.isTransient()) {
                        throw e;
                    }
                    LOG.log(Level.FINE, "writing the thread failed ({0}); looking for its records", e.getMessage());
                    failed = e;
                }
            }
        }

        /** The records of the posts not published yet, in order, each replying to the one before. */
        private List<Planned> plan() throws RemoteException {
            List<Post> posts = job.thread().posts();
            List<Planned> out = new ArrayList<>();
            StrongRef root = null;
            StrongRef parent = null;
            for (int i = 0; i < posts.size(); i++) {
                Optional<PublishedPost> known = job.post(i);
                StrongRef ref;
                if (known.isPresent() && known.get().exists()) {
                    ref = new StrongRef(known.get().remoteId(), known.get().cid());
                } else {
                    Tid.PostTime t = Tid.forPost(job.keyBase(), at, i);
                    // a key saved by an earlier attempt wins (the entry may have been moved since); its time is the post's
                    Optional<String> saved = known.map(PublishedPost::key).filter(Tid::isValid);
                    String rkey = saved.orElse(t.rkey());
                    Instant created = saved.map(k -> Tid.instantOf(k).truncatedTo(ChronoUnit.MILLIS)).orElse(t.createdAt());
                    ObjectNode value = records.post(posts.get(i).text(), created, langs, root, parent, embeds.get(i));
                    Planned p = new Planned(i, rkey, value, DagCbor.cid(value));
                    out.add(p);
                    ref = new StrongRef(uri(rkey), p.cid());
                }
                root = root == null ? ref : root;
                parent = ref;
            }
            return out;
        }

        /**
         * Adopts the planned records the server already holds, when they are the same posts (the
         * same CID, or the same text: another copy may have built them a little differently).
         *
         * @return whether any was adopted (the later records must then be planned again)
         */
        private boolean adopt(List<Planned> plan) throws RemoteException {
            boolean adopted = false;
            for (Planned p : plan) {
                Optional<BlueskyClient.Stored> found = client.getRecord(BlueskyClient.POST, p.rkey());
                if (found.isEmpty()) {
                    continue;
                }
                BlueskyClient.Stored s = found.get();
                boolean same = s.ref().cid().equals(p.cid());
                if (!same && !s.value().path("text").asText().equals(p.value().path("text").asText())) {
                    throw new KeyTaken(p.index(), p.rkey());
                }
                LOG.log(Level.FINE, "post {0} is already on the server as {1}; adopting it", new Object[]{p.index() + 1, s.ref().uri()});
                saveRemote(p.index(), p.rkey(), s.ref());
                adopted = true;
                if (!same) {
                    break; // the posts after it reply to its CID: plan them again
                }
            }
            return adopted;
        }

        private void saveRemote(int index, String rkey, StrongRef ref) {
            job.saveRemote(index, rkey, ref.uri(), ref.cid(), "https://bsky.app/profile/" + did + "/post/" + rkey);
        }

        private String uri(String rkey) {
            return "at://" + did + "/" + BlueskyClient.POST + "/" + rkey;
        }
    }
}
