package dev.gloss.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cache's binary form gives back exactly what Jackson reads from the JSON file. */
class RecordCodecTest {
    private static final Instant T = Instant.parse("2026-11-26T09:00:00.123456789Z");

    static List<Object> everyKindWithEveryField() {
        Annotation full = new Annotation("a1", "p1", AnnotationType.INK, 3, "#ff8800",
                new TextQuoteSelector("fine-tuning \u201Cshifts\u201D \uD83E\uDDEA", "We find that ", " the representations"),
                new TextPositionSelector(120, 138), List.of(Quad.ofRect(72, 700, 300, 712), Quad.ofRect(72, 688, 120, 700)),
                new Rect(1, 2, 3, 4), "papers/p1/clips/c.png", "a note\non two lines", List.of("claim", "todo"), "me",
                "pdf:3:17", T, T.plusSeconds(60), List.of(InkStroke.of(1, 2, 3.5, -4), InkStroke.of(0, 0)));
        Annotation sparse = new Annotation("a2", "p1", AnnotationType.NOTE, 1, null, null, null, null, null, null,
                null, null, null, null, null, null);
        Paper paper = new Paper("p1", "A title", List.of("Ada Lovelace"), 2026, "NeurIPS", "2611.04217v1",
                "10.1/x", "An abstract.", List.of("llm"), "paper.pdf", 12, "ab".repeat(32), T);
        Paper noYear = new Paper("p2", null, null, null, null, null, null, null, null, "x.pdf", 0, null, null);
        Paper fromArxiv = paper.withDetails("Attention Is All You Need", List.of("Ashish Vaswani"), 2017, null, "1706.03762",
                "10.48550/ARXIV.1706.03762", "The dominant sequence transduction models.", new PaperSource(
                        "https://arxiv.org/abs/1706.03762", "arxiv", 5, 7, "2017-06-12", "2017-12-06", "cs.CL", List.of("cs.CL", "cs.LG"),
                        null, "15 pages, 5 figures", null, List.of(new PaperSource.Author("Ashish Vaswani", List.of("Google Brain")),
                                new PaperSource.Author("Noam Shazeer", null)), "https://arxiv.org/pdf/1706.03762v5", T, T.plusSeconds(5),
                        List.of(new PaperSource.Field("title", "arxiv"), new PaperSource.Field("doi", "datacite")),
                        new PaperSource.PdfSays("Attention is all you need 1", List.of("Ashish Vaswani∗"), 2017, "1706.03762v5", null, null)));
        PostThread thread = new PostThread("t1", "Thread", List.of("bluesky", "x"), "p1",
                List.of(new Post("first", List.of(new PostImage("clips/c.png", "alt text")), List.of("a1")), Post.of("")),
                T, T);
        QueueEntry entry = new QueueEntry("q1", "t1", T, "Europe/Berlin", List.of(
                new QueueTarget("bluesky", "acc1", QueueState.FAILED, T.plusSeconds(60), "q1", List.of(
                        new PublishedPost(0, "k0", "at://x", "cid", "https://x")), 2, "it broke",
                        new StoredReason("PublishException.NOT_TAKEN", List.of(new StoredReason.Value("bsky.social", null, null, null, null),
                                new StoredReason.Value(null, 3L, null, null, null), new StoredReason.Value(null, null, null, null, List.of(
                                        new StoredReason.Cause("FileFailure.SYSTEM", List.of(new StoredReason.Leaf("disk full", null, null))))))),
                        T),
                QueueTarget.scheduled("mastodon", "acc2", null, T)), T, T);
        AccountRef account = new AccountRef("acc1", "mastodon", "https://m.example", "@me", "42", 500);
        AccountRef withOptions = new AccountRef("acc2", "threads", "https://graph.threads.net/v1.0", "me", "42", null, null,
                java.util.Map.of("imageFolder", "/srv/www/img", "imageUrl", "https://example.org/img/"));
        return List.of(full, sparse, paper, noYear, fromArxiv, thread, entry, account, withOptions);
    }

    @Test
    void everyKindComesBackAsJacksonReadsIt() throws Exception {
        for (Object value : everyKindWithEveryField()) {
            Object fromJson = Json.MAPPER.readValue(Json.pretty(value), value.getClass());
            assertEquals(fromJson, roundTrip(fromJson), value.getClass().getSimpleName());
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) {
        RecordCodec<T> codec = RecordCodec.of((Class<T>) value.getClass());
        RecordCodec.Out out = new RecordCodec.Out();
        codec.write(out, value);
        RecordCodec.In in = new RecordCodec.In(out.toByteArray(), out.size());
        T back = codec.read(in);
        assertTrue(!in.hasRemaining(), "every byte read");
        return back;
    }

    @Test
    void everyKindOfTheWorkspaceHasACodec() {
        for (Kind<?> k : Kind.ALL) {
            assertTrue(RecordCodec.of(k.type()).fingerprint().startsWith(k.type().getName() + "("), k.name());
        }
    }

    record Before(String id, int count) {
    }

    record After(String id, int count, String added) {
    }

    record Renamed(String id, int total) {
    }

    record WithMap(String id, Map<Integer, String> extra) {
    }

    @Test
    void anotherShapeOfTheModelHasAnotherFingerprintAndAnUnknownTypeIsRefused() {
        String before = RecordCodec.of(Before.class).fingerprint().replace("Before", "X");
        assertNotEquals(before, RecordCodec.of(After.class).fingerprint().replace("After", "X"));
        assertNotEquals(before, RecordCodec.of(Renamed.class).fingerprint().replace("Renamed", "X"));
        assertTrue(RecordCodec.of(Annotation.class).fingerprint().contains("type:dev.gloss.workspace.AnnotationType[HIGHLIGHT,"),
                "enum constants are part of it");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RecordCodec.of(WithMap.class));
        assertTrue(e.getMessage().contains("WithMap.extra"), e.getMessage());
    }
}
