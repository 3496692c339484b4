package dev.gloss.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueueEntryTest {
    private static final Instant T = Instant.parse("2026-12-07T08:00:00Z");

    private static QueueEntry three() {
        return QueueEntry.scheduled("q1", "t1", T, "Europe/Berlin", List.of(
                QueueTarget.scheduled("bluesky", "b1", null, T),
                QueueTarget.scheduled("mastodon", "m1", null, T),
                QueueTarget.scheduled("x", "x1", null, T)), T);
    }

    @Test
    void eachTargetOfANewEntryHasKeysOfItsOwn() {
        QueueEntry e = three();
        assertEquals(List.of("q1-bluesky", "q1-mastodon", "q1-x"), e.targets().stream().map(QueueTarget::keyBase).toList());
    }

    @Test
    void theFileHoldsTheTargetsAndNoSummary() throws Exception {
        QueueEntry e = three();
        String json = new String(Json.pretty(e), StandardCharsets.UTF_8);
        JsonNode tree = Json.MAPPER.readTree(json);
        assertEquals(List.of("id", "threadId", "at", "zone", "targets", "created", "updated"), names(tree));
        assertEquals(List.of("platform", "accountId", "state", "keyBase", "posts", "attempts", "updated"), names(tree.at("/targets/0")));
        assertEquals(e, Json.MAPPER.readValue(json, QueueEntry.class));
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void theEntrysStateSaysWhatIsLeftAndEachTargetWhatHappenedThere() {
        QueueEntry e = three();
        assertEquals(QueueState.SCHEDULED, e.state());
        QueueTarget b = e.target("bluesky").orElseThrow();
        QueueTarget m = e.target("mastodon").orElseThrow();
        QueueTarget x = e.target("x").orElseThrow();
        e = e.withTarget(b.withState(QueueState.PUBLISHED, T), T);
        assertEquals(QueueState.SCHEDULED, e.state());
        e = e.withTarget(m.withFailure(new StoredReason("PublishException.INTERNAL", List.of()), T), T);
        assertEquals(QueueState.FAILED, e.state());
        e = e.withTarget(x.withState(QueueState.PUBLISHING, T), T);
        assertEquals(QueueState.PUBLISHING, e.state());
        e = e.withTarget(x.withState(QueueState.PUBLISHED, T), T).withTarget(m.withState(QueueState.CANCELLED, T), T);
        assertEquals(QueueState.PUBLISHED, e.state());
        assertFalse(e.isAllPublished());
        e = e.withTarget(m.withState(QueueState.PUBLISHED, T), T);
        assertTrue(e.isAllPublished());
    }

    @Test
    void movingAnEntryLeavesWhatWentOutAtTheTimeItWentOut() {
        QueueEntry e = three();
        e = e.withTarget(e.target("bluesky").orElseThrow().withState(QueueState.PUBLISHED, T), T);
        Instant later = T.plusSeconds(86_400);
        QueueEntry moved = e.withAt(later, "Europe/Berlin", later);
        assertEquals(later, moved.at());
        assertEquals(T, moved.timeOf(moved.target("bluesky").orElseThrow()));
        assertEquals(later, moved.timeOf(moved.target("mastodon").orElseThrow()));
    }

    @Test
    void aPostsStateReplacesWhatWasKnownOfIt() {
        QueueTarget t = QueueTarget.scheduled("bluesky", "b1", "q1", T)
                .withPost(new PublishedPost(1, "k1", null, null, null))
                .withPost(new PublishedPost(0, "k0", "at://0", "c0", "u0"))
                .withPost(new PublishedPost(1, "k1", "at://1", "c1", "u1"));
        assertEquals(List.of(0, 1), t.posts().stream().map(PublishedPost::index).toList());
        assertEquals(2, t.postsOut());
    }
}
