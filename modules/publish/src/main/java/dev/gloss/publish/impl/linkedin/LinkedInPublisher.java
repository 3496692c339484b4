package dev.gloss.publish.impl.linkedin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gloss.net.RemoteException;
import dev.gloss.publish.PublishException;
import dev.gloss.publish.PublishJob;
import dev.gloss.publish.Publisher;
import dev.gloss.publish.impl.ImageFile;
import dev.gloss.publish.impl.oauth.AccessToken;
import dev.gloss.threads.LinkedInCommentary;
import dev.gloss.threads.LinkedInLayout;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostImage;
import dev.gloss.workspace.PublishedPost;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.util.lookup.ServiceProvider;

/**
 * Publishes a thread to LinkedIn with the Posts API as the member: laid out by
 * {@link LinkedInLayout} (one post and the author's comments on it, or one post per thread post),
 * the images uploaded first (Images API) with their alt text, or laid out into a PDF carousel
 * ({@link LinkedInCarousel}) uploaded through the Documents API.
 * <p>
 * Exactly once, although LinkedIn takes no idempotency key: a unit's key is saved before its
 * request, its URN the moment LinkedIn answers (the {@code x-restli-id} header). Whenever a post
 * may exist without its URN saved (an earlier run saved its key and no URN, the answer was lost,
 * LinkedIn answered 5xx), the member's own posts are read ({@code q=author}) and the post with the
 * same commentary adopted; LinkedIn lets few apps read them (403 without {@code r_member_social}),
 * and then the post is sent again: LinkedIn refuses the same commentary with 422 "Content is a
 * duplicate of urn:li:share:…", which names the post to adopt. Comments have no such refusal: an
 * uncertain comment is looked for among the post's comments, and when LinkedIn does not let the app
 * read them the target stops and says so rather than risk a second copy ({@code COMMENT_UNCERTAIN});
 * a Retry after that is the user's word that it is missing. A 429 creates nothing: it is retried
 * a few times, then the target fails until midnight UTC, when LinkedIn's daily limits reset.
 */
@ServiceProvider(service = Publisher.class)
public final class LinkedInPublisher implements Publisher {
    private static final Logger LOG = Logger.getLogger(LinkedInPublisher.class.getName());
    /** The account option naming the LinkedIn-Version to send (YYYYMM); unset: {@link LinkedInClient#VERSION}. */
    public static final String VERSION_OPTION = "linkedinVersion";
    /**
     * Appended to a comment's key when it is known to be missing (LinkedIn refused it), or the user
     * was told it may be there and retried: the next run sends it without looking for it.
     */
    static final String SEND = "~send";

    @Override
    public boolean supports(String accountKind) {
        return "linkedin".equals(accountKind);
    }

    @Override
    public boolean supports(AccountRef account) {
        return supports(account.kind()) && !account.isExport();
    }

    /** The key saved before the unit starting at thread post {@code index} is sent. */
    static String key(String keyBase, int index) {
        return "li-" + keyBase + "-" + index;
    }

    @Override
    public void publish(PublishJob job) throws PublishException {
        job.requireFits();
        AccountRef account = job.account();
        AccessToken token = new LinkedInPlatform().accessToken(job);
        LinkedInClient client = new LinkedInClient(URI.create(account.service()), token, account.option(VERSION_OPTION), job.http(),
                job.retry());
        new Run(job, client, token).all();
    }

    /** One run over a target's units. */
    private static final class Run {
        private final PublishJob job;
        private final LinkedInClient client;
        private final AccessToken token;
        private final String handle;
        private final String author;
        private final List<Post> posts;
        private final LinkedInLayout.Shape shape;
        /** False once LinkedIn refused to list the member's posts (no r_member_social). */
        private boolean postsReadable = true;

        Run(PublishJob job, LinkedInClient client, AccessToken token) {
            this.job = job;
            this.client = client;
            this.token = token;
            AccountRef account = job.account();
            this.handle = account.handle();
            this.author = "urn:li:person:" + account.remoteId();
            this.posts = job.thread().posts();
            this.shape = LinkedInLayout.shape(account);
        }

        void all() throws PublishException {
            List<LinkedInLayout.Unit> plan = LinkedInLayout.plan(posts, shape);
            int total = plan.size();
            int n = 0;
            try {
                try {
                    token.fresh();
                } catch (AccessToken.SignInNeeded s) {
                    throw signInAgain(s);
                }
                String postUrn = null;
                boolean postAdopted = false;
                for (; n < total; n++) {
                    LinkedInLayout.Unit u = plan.get(n);
                    Optional<PublishedPost> known = job.post(u.from());
                    if (known.isPresent() && known.get().exists()) {
                        saveRest(u, known.get());
                        if (!u.comment()) {
                            postUrn = known.get().remoteId();
                        }
                        continue;
                    }
                    String savedKey = known.map(PublishedPost::key).orElse(null);
                    if (u.comment()) {
                        comment(n, total, u, postUrn, savedKey, postAdopted);
                    } else {
                        Sent s = post(n, total, u, savedKey);
                        postUrn = s.urn();
                        postAdopted = s.adopted();
                    }
                }
            } catch (RemoteException e) {
                throw failure(e, n, total);
            } catch (Uncertain u) {
                throw u.told;
            }
        }

        /** A post's URN, and whether another writer (a clone) made it, which may be commenting on it now. */
        private record Sent(String urn, boolean adopted) {
        }

        /** Publishes (or adopts) a post; its URN. */
        private Sent post(int n, int total, LinkedInLayout.Unit u, String savedKey) throws RemoteException, PublishException {
            String key = savedKey != null ? savedKey : key(job.keyBase(), u.from());
            String commentary = LinkedInCommentary.of(u.text());
            if (savedKey != null) {
                // an earlier run sent this post's request, or was about to: it may be there
                Optional<String> there = find(commentary);
                if (there.isPresent()) {
                    return new Sent(adopt(u, key, there.get(), null), false);
                }
            }
            ObjectNode content = content(u);
            if (savedKey == null) {
                job.saveKey(u.from(), key);
            }
            boolean[] uncertain = {false};
            boolean[] adopted = {false};
            // whether a copy LinkedIn has could be this run's or an earlier one's (else another clone made it)
            boolean[] ours = {savedKey != null};
            boolean renewed = false;
            while (true) {
                try {
                    String urn = job.retry().run(() -> {
                        if (uncertain[0]) {
                            Optional<String> there = find(commentary);
                            if (there.isPresent()) {
                                adopted[0] = true;
                                return there.get();
                            }
                        }
                        try {
                            return client.createPost(author, commentary, content);
                        } catch (RemoteException e) {
                            String duplicate = LinkedInClient.duplicateOf(e);
                            if (duplicate != null) {
                                // this post, sent by an earlier run or another clone that did not see the answer
                                adopted[0] = true;
                                return duplicate;
                            }
                            if (e.status() == 0 || e.status() >= 500) {
                                uncertain[0] = true;
                                ours[0] = true;
                            }
                            throw e;
                        }
                    });
                    if (adopted[0]) {
                        LOG.log(Level.FINE, "LinkedIn has post {0} of {1} already as {2}; adopting it", new Object[]{n + 1, total, urn});
                    }
                    save(u, key, urn, postUrl(urn));
                    return new Sent(urn, adopted[0] && !ours[0]);
                } catch (RemoteException e) {
                    if (e.status() != 401 || renewed) {
                        throw e;
                    }
                    renewed = true;
                    renew();
                }
            }
        }

        /**
         * Publishes (or adopts) a comment on the post. Uncertain when an earlier run may have sent
         * it, or when the post was adopted (a clone may be commenting on it right now).
         */
        private void comment(int n, int total, LinkedInLayout.Unit u, String postUrn, String savedKey, boolean postAdopted)
                throws RemoteException, PublishException {
            String key = savedKey != null ? savedKey : key(job.keyBase(), u.from());
            if ((savedKey != null || postAdopted) && !key.endsWith(SEND)) {
                Optional<LinkedInClient.Comment> there = findComment(postUrn, u.text(), n, total, u, key);
                if (there.isPresent()) {
                    adopt(u, key, there.get().urn(), postUrn);
                    return;
                }
            }
            if (savedKey == null) {
                job.saveKey(u.from(), key);
            }
            boolean renewed = false;
            while (true) {
                try {
                    LinkedInClient.Comment c = job.retry().run(() -> {
                        try {
                            return client.comment(author, postUrn, u.text());
                        } catch (RemoteException e) {
                            if (e.status() == 0 || e.status() >= 500) {
                                // it may have been made: looked for before anything is sent again
                                Optional<LinkedInClient.Comment> there = findComment(postUrn, u.text(), n, total, u, key);
                                if (there.isPresent()) {
                                    return there.get();
                                }
                            }
                            throw e;
                        }
                    });
                    save(u, key, c.urn(), commentUrl(postUrn, c.urn()));
                    return;
                } catch (RemoteException e) {
                    if (e.status() == 401 && !renewed) {
                        renewed = true;
                        renew();
                        continue;
                    }
                    if (e.status() != 0 && e.status() < 500 && !key.endsWith(SEND)) {
                        // refused (a 4xx, a 429): nothing was made, so the next run sends it without looking
                        job.saveKey(u.from(), key + SEND);
                    }
                    throw e;
                }
            }
        }

        /** The member's comment with this text on the post, or empty; when LinkedIn will not list comments, the target stops. */
        private Optional<LinkedInClient.Comment> findComment(String postUrn, String text, int n, int total, LinkedInLayout.Unit u,
                String key) throws RemoteException {
            List<LinkedInClient.Comment> all;
            try {
                all = client.comments(postUrn);
            } catch (RemoteException e) {
                if (e.status() != 403) {
                    throw e;
                }
                job.saveKey(u.from(), key.endsWith(SEND) ? key : key + SEND);
                throw new Uncertain(new PublishException(e, PublishException.Reason.COMMENT_UNCERTAIN, "LinkedIn", handle, n, total - 1,
                        postUrl(postUrn)));
            }
            String wanted = comparable(text);
            return all.stream().filter(c -> author.equals(c.actor()) && comparable(c.text()).equals(wanted)).findFirst();
        }

        /** The member's post with this commentary since the entry was made (the oldest), or empty when LinkedIn will not list them. */
        private Optional<String> find(String commentary) throws RemoteException {
            if (!postsReadable) {
                return Optional.empty();
            }
            List<LinkedInClient.Posted> mine;
            try {
                mine = client.ownPosts(author, job.notBefore());
            } catch (RemoteException e) {
                if (e.status() != 403) {
                    throw e;
                }
                LOG.log(Level.FINE, "LinkedIn lets this app read no posts; a post sent again is refused as a duplicate", e);
                postsReadable = false;
                return Optional.empty();
            }
            String wanted = comparable(commentary);
            return mine.stream().filter(p -> comparable(p.commentary()).equals(wanted)).reduce((newer, older) -> older)
                    .map(LinkedInClient.Posted::urn);
        }

        /**
         * What a post shows: the unit's own images, or on the one post of a thread every image of
         * the thread, as images or as a document (a PDF carousel, one image a page).
         */
        private ObjectNode content(LinkedInLayout.Unit u) throws RemoteException, PublishException {
            List<PostImage> images = new ArrayList<>();
            int to = shape == LinkedInLayout.Shape.POSTS ? u.to() : posts.size();
            for (int i = u.from(); i < to; i++) {
                images.addAll(posts.get(i).images());
            }
            if (images.isEmpty()) {
                return null;
            }
            if (LinkedInLayout.document(posts, shape)) {
                List<ImageFile> figures = new ArrayList<>();
                for (PostImage img : images) {
                    figures.add(ImageFile.read(job.workspace().root(), img));
                }
                String title = job.thread().title() == null || job.thread().title().isBlank() ? "Figures" : job.thread().title();
                byte[] pdf;
                try {
                    pdf = LinkedInCarousel.of(title, figures);
                } catch (java.io.IOException e) {
                    throw new PublishException(e, PublishException.Reason.INTERNAL);
                }
                LinkedInClient.Upload up = client.initializeDocument(author);
                client.upload(up, pdf, "application/pdf");
                return LinkedInClient.document(up.urn(), title);
            }
            List<String> urns = new ArrayList<>();
            List<String> alts = new ArrayList<>();
            for (PostImage img : images) {
                ImageFile file = ImageFile.read(job.workspace().root(), img);
                LinkedInClient.Upload up = client.initializeImage(author);
                client.upload(up, file.bytes(), file.mimeType());
                urns.add(up.urn());
                alts.add(file.alt());
            }
            return urns.size() == 1 ? LinkedInClient.image(urns.get(0), alts.get(0)) : LinkedInClient.images(urns, alts);
        }

        private String adopt(LinkedInLayout.Unit u, String key, String urn, String postUrn) {
            LOG.log(Level.FINE, "LinkedIn has {0} already; adopting it", urn);
            save(u, key, urn, postUrn == null ? postUrl(urn) : commentUrl(postUrn, urn));
            return urn;
        }

        /** Saves the unit's URN on its first thread post, with its key, then on the others it holds. */
        private void save(LinkedInLayout.Unit u, String key, String urn, String url) {
            job.saveRemote(u.from(), key, urn, null, url);
            saveRest(u, job.post(u.from()).orElseThrow());
        }

        private void saveRest(LinkedInLayout.Unit u, PublishedPost first) {
            for (int i = u.from() + 1; i < u.to(); i++) {
                if (job.post(i).filter(PublishedPost::exists).isEmpty()) {
                    job.saveRemote(i, null, first.remoteId(), null, first.url());
                }
            }
        }

        private void renew() throws RemoteException, PublishException {
            try {
                token.rejected(token.get());
            } catch (AccessToken.SignInNeeded s) {
                throw signInAgain(s);
            }
        }

        private PublishException signInAgain(AccessToken.SignInNeeded s) {
            return new PublishException(s.refused() != null ? s.refused() : s, PublishException.Reason.SIGN_IN_AGAIN, "LinkedIn", handle,
                    client.host());
        }

        private PublishException failure(RemoteException e, int n, int total) {
            if (e.isRateLimit()) {
                // LinkedIn's limits are per day and reset at midnight UTC; a Retry-After, when sent, says sooner
                Instant now = job.clock().instant();
                Instant until = e.retryAfter() != null ? now.plus(e.retryAfter())
                        : LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
                return new PublishException(e, PublishException.Reason.RATE_LIMITED, "LinkedIn", handle, e.host(), n + 1, total,
                        until.toEpochMilli());
            }
            if (e.status() == 401) {
                return new PublishException(e, PublishException.Reason.SIGN_IN_AGAIN, "LinkedIn", handle, e.host());
            }
            return new PublishException(e, PublishException.Reason.NOT_TAKEN, "LinkedIn", handle, e.host(), n + 1, total, e);
        }

        private static String comparable(String s) {
            return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
        }
    }

    /** A comment LinkedIn may have, and may not show: carried out of the retry loop to the target's failure. */
    private static final class Uncertain extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient PublishException told;

        Uncertain(PublishException told) {
            super(told.getMessage(), null, false, false);
            this.told = told;
        }
    }

    /** The post's page. */
    static String postUrl(String urn) {
        return "https://www.linkedin.com/feed/update/" + urn + "/";
    }

    /** The post's page, opened at the comment. */
    static String commentUrl(String postUrn, String commentUrn) {
        return postUrl(postUrn) + "?commentUrn=" + URLEncoder.encode(commentUrn, StandardCharsets.UTF_8);
    }
}
