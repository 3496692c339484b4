package dev.gloss.publish.impl.linkedin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.publish.Fixtures;
import dev.gloss.publish.Outcome;
import dev.gloss.publish.PublishDueMain;
import dev.gloss.publish.PublishException;
import dev.gloss.publish.QueueService;
import dev.gloss.publish.Secrets;
import dev.gloss.publish.When;
import dev.gloss.publish.impl.oauth.OAuthTokens;
import dev.gloss.threads.LinkedInLayout;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Phrasebook;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.PublishedPost;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.QueueState;
import dev.gloss.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing a four-post thread to a loopback LinkedIn that answers as the Posts, Images and
 * Comments APIs do: as one post and the author's comments (the default) or one post per thread
 * post, with the faults that make exactly once hard without an idempotency key: lost answers, 5xx,
 * 429s, a killed process, two clones publishing at once; with and without the permission to read
 * the member's posts and comments ({@code r_member_social}), which few apps have.
 */
class LinkedInPublishTest {
    static final String SUB = "782bbtaQ";
    static final String ME = "urn:li:person:" + SUB;
    static final String ALT = "Bar chart: the rank of the weight update, by layer.";
    static final String COMMENTS = "/rest/socialActions/.*/comments";

    @TempDir
    Path tmp;
    FakeLinkedIn li;
    Workspace ws;
    Secrets secrets;
    Fixtures.Waits waits;
    AccountRef account;
    QueueService queue;

    @BeforeEach
    void setUp() throws Exception {
        li = new FakeLinkedIn(SUB);
        ws = Workspace.open(tmp.resolve("ws"));
        secrets = Fixtures.secrets(tmp.resolve("secrets"));
        waits = new Fixtures.Waits();
        OAuthTokens t = LinkedInClientTest.signIn(li.url(), FakeLinkedIn.CLIENT_SECRET, false);
        account = ws.save(Kind.ACCOUNTS, new AccountRef(Ids.newId(), "linkedin", li.url().toString(), "Alice Researcher", SUB, null));
        secrets.saveCredential(account.id(), t.toSecret());
        queue = queue(ws, secrets);
    }

    @AfterEach
    void tearDown() {
        li.close();
    }

    QueueService queue(Workspace w, Secrets s) {
        return QueueService.builder(w).clock(Clock.systemDefaultZone()).secrets(s)
                .http(Fixtures.transport()).retry(Fixtures.fastRetry(waits)).build();
    }

    /** The account publishes one LinkedIn post per thread post. */
    void onePostEach() {
        account = ws.save(Kind.ACCOUNTS, account.withOption(LinkedInLayout.OPTION, LinkedInLayout.Shape.POSTS.id()));
    }

    /** The app may read the member's posts and comments (LinkedIn's Community Management API). */
    void withReadPermission() {
        li.oauth().issue("community-token", SUB, "openid profile w_member_social r_member_social");
        secrets.saveCredential(account.id(), OAuthTokens.bare("community-token").toSecret());
    }

    static String text(int n, String words) {
        StringBuilder s = new StringBuilder("(" + n + "/4) " + words);
        while (s.length() < 900) {
            s.append(" ").append(words);
        }
        return s.toString();
    }

    /**
     * Four posts of 900 characters, the second with a figure and its alt text, hashtags and
     * LinkedIn's reserved characters: the first two fit one post, the last two are a comment each.
     */
    PostThread fourPosts(Workspace w) throws Exception {
        Fixtures.png(w.root().resolve("images/fig.png"), 300, 180);
        return four = Fixtures.thread(w, "four", List.of(
                Post.of(text(1, "What fine-tuning changes in a model [LoRA, arXiv:2106.09685] #ResearchMonday")),
                Fixtures.withImage(text(2, "The update is small & low-rank (figure): rank_r <= 8 *per layer*."), "images/fig.png", ALT),
                Post.of(text(3, "It sits in the top layers.")),
                Post.of(text(4, "Restoring them undoes most of it."))));
    }

    PostThread four;

    List<String> thread(Workspace w) {
        return four.posts().stream().map(Post::text).toList();
    }

    /** One post (posts 1 and 2 as shown, with the figure and its alt text), then posts 3 and 4 as its comments, once. */
    void assertPostAndComments() {
        List<String> texts = thread(ws);
        assertEquals(1, li.posts().size(), "one post: " + li.posts());
        FakeLinkedIn.Post post = li.posts().get(0);
        assertEquals(texts.get(0) + "\n\n" + texts.get(1), post.shown(), "nothing cut: every reserved character escaped");
        assertTrue(post.commentary().contains("{hashtag|\\#|ResearchMonday}"), "the hashtag kept as one: " + post.commentary());
        JsonNode media = post.content().path("media");
        assertEquals(ALT, media.path("altText").asText());
        assertNotNull(li.asset(media.path("id").asText()).bytes(), "the image was uploaded before the post named it");
        List<FakeLinkedIn.Comment> comments = li.comments();
        assertEquals(2, comments.size(), "two comments: " + comments);
        for (int i = 0; i < 2; i++) {
            assertEquals(texts.get(i + 2), comments.get(i).text());
            assertEquals(post.urn(), comments.get(i).post());
            assertEquals(ME, comments.get(i).actor());
        }
    }

    /** Four posts, each as it was written, the second with the figure, once. */
    void assertFourPosts() {
        List<String> texts = thread(ws);
        List<FakeLinkedIn.Post> all = li.posts();
        assertEquals(4, all.size(), "four posts: " + all);
        for (int i = 0; i < 4; i++) {
            assertEquals(texts.get(i), all.get(i).shown());
        }
        assertEquals(ALT, all.get(1).content().path("media").path("altText").asText());
        assertTrue(li.comments().isEmpty());
    }

    List<String> ids(QueueEntry e) {
        return Fixtures.only(e).posts().stream().map(PublishedPost::remoteId).toList();
    }

    List<String> expectedIds() {
        String post = li.posts().get(0).urn();
        return List.of(post, post, li.comments().get(0).urn(), li.comments().get(1).urn());
    }

    @Test
    void aFourPostThreadWithAnImageAndAltTextBecomesOnePostAndTheAuthorsComments() throws Exception {
        QueueEntry e = queue.add(fourPosts(ws).id(), account.id(), When.now());
        Outcome o = queue.publishDue().get(0);

        assertEquals(Outcome.Result.PUBLISHED, o.result(), o::line);
        assertPostAndComments();
        QueueEntry done = queue.get(e.id());
        assertEquals(QueueState.PUBLISHED, done.state());
        assertEquals(expectedIds(), ids(done));
        String url = "https://www.linkedin.com/feed/update/" + li.posts().get(0).urn() + "/";
        assertEquals(url, Fixtures.only(done).posts().get(0).url());
        assertTrue(Fixtures.only(done).posts().get(2).url().startsWith(url + "?commentUrn=urn%3Ali%3Acomment%3A"));
        assertEquals(1, li.count("POST /rest/posts"));
        assertEquals(1, li.count("POST /rest/images"));
        assertEquals(0, li.count("GET /rest/posts"), "nothing uncertain: the member's posts were not read");
        assertFalse(Files.readString(ws.root().resolve("accounts").resolve(account.id() + ".json")).contains("access"),
                "no token in the workspace");
    }

    @Test
    void twoFigureClipsBecomeADocumentPostACarouselOfOnePageEach() throws Exception {
        Fixtures.png(ws.root().resolve("papers/p1/clips/fig1.png"), 400, 300);
        Fixtures.png(ws.root().resolve("papers/p1/clips/fig2.png"), 300, 300);
        PostThread t = Fixtures.thread(ws, "LoRA figures", List.of(
                Fixtures.withImage("1/3 The update by layer.", "papers/p1/clips/fig1.png", "Figure 1."),
                Fixtures.withImage("2/3 And by rank.", "papers/p1/clips/fig2.png", "Figure 2."),
                Post.of("3/3 Both from the paper.")));
        QueueEntry e = queue.add(t.id(), account.id(), When.now());
        Outcome o = queue.publishDue().get(0);

        assertEquals(Outcome.Result.PUBLISHED, o.result(), o::line);
        assertEquals(1, li.posts().size());
        JsonNode media = li.posts().get(0).content().path("media");
        assertEquals("LoRA figures", media.path("title").asText());
        assertTrue(media.path("id").asText().startsWith("urn:li:document:"), media.toString());
        FakeLinkedIn.Asset pdf = li.asset(media.path("id").asText());
        assertEquals("application/pdf", pdf.contentType());
        Path file = tmp.resolve("carousel.pdf");
        Files.write(file, pdf.bytes());
        try (dev.gloss.pdf.PdfDocument d = dev.gloss.pdf.PdfDocument.open(file)) {
            assertEquals(2, d.pageCount(), "one page a figure");
        }
        assertEquals(0, li.count("POST /rest/images"), "no image post: the figures are the document");
        assertEquals(QueueState.PUBLISHED, queue.get(e.id()).state());

        // the same figures draw the same bytes (another clone would upload the same document)
        assertTrue(java.util.Arrays.equals(pdf.bytes(), LinkedInCarousel.of("LoRA figures", List.of(
                dev.gloss.publish.impl.ImageFile.read(ws.root(), t.posts().get(0).images().get(0)),
                dev.gloss.publish.impl.ImageFile.read(ws.root(), t.posts().get(1).images().get(0))))));
    }

    @Test
    void anAccountCanHaveOneLinkedInPostPerThreadPost() throws Exception {
        onePostEach();
        QueueEntry e = queue.add(fourPosts(ws).id(), account.id(), When.now());
        Outcome o = queue.publishDue().get(0);

        assertEquals(Outcome.Result.PUBLISHED, o.result(), o::line);
        assertFourPosts();
        assertEquals(li.posts().stream().map(FakeLinkedIn.Post::urn).toList(), ids(queue.get(e.id())));
    }

    @Test
    void aLostAnswerToThePostIsAdoptedFromLinkedInsDuplicateRefusal() throws Exception {
        li.loseAnswer("POST", "/rest/posts", 1, false);
        QueueEntry e = queue.add(fourPosts(ws).id(), account.id(), When.now());
        Outcome o = queue.publishDue().get(0);

        assertEquals(Outcome.Result.PUBLISHED, o.result(), o::line);
        assertPostAndComments();
        assertEquals(2, li.count("POST /rest/posts"), "sent again; LinkedIn refused it as a duplicate naming the post");
        assertEquals(1, li.count("GET /rest/posts"), "the member's posts were asked for first (403: this app may not read them)");
        assertEquals(expectedIds(), ids(queue.get(e.id())));
    }

    @Test
    void withReadPermissionALostAnswerIsFoundAmongTheMembersPostsAndNotSentAgain() throws Exception {
        withReadPermission();
        onePostEach();
        li.loseAnswer("POST", "/rest/posts", 3, false);
        queue.add(fourPosts(ws).id(), account.id(), When.now());
        Outcome o = queue.publishDue().get(0);

        assertEquals(Outcome.Result.PUBLISHED, o.result(), o::line);
        assertFourPosts();
        assertEquals(4, li.count("POST /rest/posts"), "post 3 went out once; its answer was lost and it was adopted");
        assertEquals(1, li.count("GET /rest/posts"));
    }

    @Test
    void withReadPermissionALostCommentAnswerIsFoundAmongTheComments() throws Exception {
        withReadPermission();
        li.loseAnswer("POST", COMMENTS, 1, false);
        QueueEntry e = queue.add(fourPosts(ws).id(), account.id(), When.now());
        Outcome o = queue.publishDue().get(0);

        assertEquals(Outcome.Result.PUBLISHED, o.result(), o::line);
        assertPostAndComments();
        assertEquals(2, li.count("POST /rest/socialActions/"), "the first comment went out once");
        assertEquals(expectedIds(), ids(queue.get(e.id())));
    }

    @Test
    void aLostCommentAnswerThatCannotBeCheckedStopsSayingSoAndIsNotSentTwice() throws Exception {
        li.loseAnswer("POST", COMMENTS, 1, false);
        QueueEntry e = queue.add(fourPosts(ws).id(), account.id(), When.now());
        Outcome o = queue.publishDue().get(0);

        assertEquals(Outcome.Result.FAILED, o.result());
        assertEquals(PublishException.Reason.COMMENT_UNCERTAIN, o.reason().reason(), o::line);
        String sentence = Phrasebook.MODULES.phrase(o.reason());
        assertTrue(sentence.startsWith("LinkedIn may already have comment 1 of 2 by Alice Researcher on https://www.linkedin.com/feed/update/")
                && sentence.contains("if the comment is missing, Retry sends it"), sentence);
        assertEquals(1, li.comments().size(), "made once, and not sent again");
        assertEquals(1, li.count("POST /rest/socialActions/"));
        assertEquals(1, li.posts().size());
        assertTrue(Fixtures.only(queue.get(e.id())).posts().get(0).exists());
    }

    @Test
    void aCommentThatWasNotMadeIsSentOnceTheUserRetries() throws Exception {
        li.failNext("POST", COMMENTS, FakeLinkedIn.gatewayTimeout());
        QueueEntry e = queue.add(fourPosts(ws).id(), account.id(), When.now());
        Outcome first = queue.publishDue().get(0);
        assertEquals(PublishException.Reason.COMMENT_UNCERTAIN, first.reason().reason(), first::line);
        assertTrue(li.comments().isEmpty(), "the 504 made nothing");

        queue.retry(e.id()); // the user looked: it is missing
        Outcome second = queue.publishDue().get(0);

        assertEquals(Outcome.Result.PUBLISHED, second.result(), second::line);
        assertPostAndComments();
        assertEquals(1, li.count("POST /rest/posts"), "the post was not sent again");
        assertEquals(expectedIds(), ids(queue.get(e.id())));
    }

    @Test
    void serverErrorsOnThePostAreRetriedWithoutADuplicate() throws Exception {
        li.failNext("POST", "/rest/posts", FakeLinkedIn.gatewayTimeout());
        queue.add(fourPosts(ws).id(), account.id(), When.now());
        Outcome o = queue.publishDue().get(0);

        assertEquals(Outcome.Result.PUBLISHED, o.result(), o::line);
        assertPostAndComments();
        assertEquals(List.of(Duration.ofSeconds(2)), waits.waits);
        assertEquals(2, li.count("POST /rest/posts"), "the 504 made nothing; the post was sent again");
    }

    @Test
    void aRateLimitIsRetriedAndWhenItLastsTheTargetWaitsForMidnightUtc() throws Exception {
        li.failNext("POST", "/rest/posts", FakeLinkedIn.tooManyRequests());
        queue.add(fourPosts(ws).id(), account.id(), When.now());
        Outcome o = queue.publishDue().get(0);
        assertEquals(Outcome.Result.PUBLISHED, o.result(), o::line);
        assertPostAndComments();
        assertEquals(List.of(Duration.ofSeconds(2)), waits.waits);

        for (int i = 0; i < 4; i++) {
            li.failNext("POST", COMMENTS, FakeLinkedIn.tooManyRequests());
        }
        QueueEntry e = queue.add(Fixtures.thread(ws, "other", List.of(Post.of("A long one. ".repeat(200)), Post.of(text(2, "and a comment.")),
                Post.of(text(3, "another comment.")))).id(), account.id(), When.now());
        Outcome limited = queue.publishDue().get(0);
        assertEquals(PublishException.Reason.RATE_LIMITED, limited.reason().reason(), limited::line);
        assertEquals(List.of("LinkedIn", "Alice Researcher", "localhost:" + li.url().getPort(), 2, 3), limited.reason().args().subList(0, 5));
        long midnight = LocalDate.now(ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        assertEquals(midnight, (Long) limited.reason().args().get(5), "LinkedIn's daily limits reset at midnight UTC");
        assertEquals(0, li.comments().stream().filter(c -> !c.post().equals(li.posts().get(0).urn())).count(), "a 429 made nothing");

        queue.retry(e.id());
        Outcome second = queue.publishDue().get(0);
        assertEquals(Outcome.Result.PUBLISHED, second.result(), second::line);
        assertEquals(2, li.posts().size());
        assertEquals(4, li.comments().size(), "the second thread's two comments, once");
    }

    @Test
    void aKilledProcessLeavesNoDuplicate() throws Exception {
        onePostEach();
        QueueEntry e = queue.add(fourPosts(ws).id(), account.id(), When.now());
        li.hold("POST", "/rest/posts", 3000);
        li.hold("POST", "/rest/posts", 3000);
        // the second post's request is at LinkedIn (held there): the process is killed while it waits
        PublishDueMain.killWhenAt(ws.root(), tmp, li, "POST /rest/posts", 2);
        for (int i = 0; i < 200 && li.posts().size() < 2; i++) {
            Thread.sleep(50); // LinkedIn carries the held request out after all
        }
        assertEquals(2, li.posts().size());
        queue = queue(Workspace.open(ws.root()), secrets); // the app, started again
        QueueEntry dead = queue.get(e.id());
        assertTrue(queue.due().stream().anyMatch(d -> d.id().equals(e.id())), "the killed run's entry is due again: " + dead.state());
        assertFalse(Fixtures.only(dead).posts().get(1).exists(), "its key saved, no URN");

        Outcome o = queue.publishDue().get(0);
        assertEquals(Outcome.Result.PUBLISHED, o.result(), o::line);
        assertFourPosts();
        assertEquals(li.posts().stream().map(FakeLinkedIn.Post::urn).toList(), ids(queue.get(e.id())));
    }

    @Test
    void twoClonesPublishingAtOnceWriteEachPostOnce() throws Exception {
        onePostEach();
        QueueEntry e = queue.add(fourPosts(ws).id(), account.id(), When.now());
        QueueService other = secondClone();
        li.hold("POST", "/rest/posts", 400); // the first requests overlap

        both(queue, other);
        assertFourPosts();
        List<String> urns = li.posts().stream().map(FakeLinkedIn.Post::urn).toList();
        assertEquals(urns, ids(queue.get(e.id())));
        assertEquals(urns, ids(other.get(e.id())), "each clone knows the same posts");
    }

    @Test
    void twoClonesThatMayReadCommentsWriteThePostAndItsCommentsOnce() throws Exception {
        withReadPermission();
        QueueEntry e = queue.add(fourPosts(ws).id(), account.id(), When.now());
        QueueService other = secondClone();
        li.hold("POST", "/rest/posts", 400);

        both(queue, other);
        assertPostAndComments();
        assertEquals(expectedIds(), ids(queue.get(e.id())));
        assertEquals(expectedIds(), ids(other.get(e.id())));
    }

    QueueService secondClone() throws Exception {
        Path clone = tmp.resolve("clone");
        Fixtures.copyAsGitWould(ws.root(), clone);
        Secrets otherSecrets = Fixtures.secrets(tmp.resolve("clone-secrets"));
        otherSecrets.saveCredential(account.id(), secrets.credential(account.id()).orElseThrow());
        return queue(Workspace.open(clone), otherSecrets);
    }

    static void both(QueueService a, QueueService b) throws Exception {
        for (Outcome o : Fixtures.publishDueAtOnce(a, b)) {
            assertEquals(Outcome.Result.PUBLISHED, o.result(), o::line);
        }
    }
}
