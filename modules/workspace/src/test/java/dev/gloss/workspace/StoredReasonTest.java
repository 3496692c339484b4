package dev.gloss.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.AccessDeniedException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A failure kept in a queue file comes back as the same reason with the same values, causes and kinds. */
class StoredReasonTest {
    private static final Map<String, Enum<?>> KNOWN = Map.of(
            "WorkspaceException.UNREADABLE", WorkspaceException.Reason.UNREADABLE,
            "FileFailure.PERMISSION_DENIED", FileFailure.Reason.PERMISSION_DENIED,
            "FileFailure.NOT_JSON_AT_LINE", FileFailure.Reason.NOT_JSON_AT_LINE);

    @Test
    void aReasonWithACauseAndAKindSurvivesTheFile() throws Exception {
        WorkspaceException why = new WorkspaceException(WorkspaceException.Reason.UNREADABLE, Kind.QUEUE, "queue/q1.json",
                FileFailure.of(new AccessDeniedException("/ws/queue/q1.json")));
        Instant t = Instant.parse("2026-03-02T08:00:00Z");
        QueueEntry scheduled = QueueEntry.scheduled("q1", "t1", t, "Europe/Berlin", List.of(QueueTarget.scheduled("bluesky", "a1", null, t)), t);
        QueueEntry failed = scheduled.withTarget(scheduled.targets().get(0).withFailure(StoredReason.of(why), t), t);
        String json = new String(Json.pretty(failed), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(json.contains("\"reason\" : \"WorkspaceException.UNREADABLE\""), json);
        QueueEntry back = Json.MAPPER.readValue(json, QueueEntry.class);
        assertEquals(failed, back);
        assertEquals(QueueState.FAILED, back.state());

        Reasoned r = back.targets().get(0).failure().restore(KNOWN::get).orElseThrow();
        assertEquals(WorkspaceException.Reason.UNREADABLE, r.reason());
        assertEquals(Kind.QUEUE, r.args().get(0), "a kind comes back as the kind, for its word");
        assertEquals("queue/q1.json", r.args().get(1));
        Reasoned cause = (Reasoned) r.args().get(2);
        assertEquals(FileFailure.Reason.PERMISSION_DENIED, cause.reason());
        assertEquals(Reasoned.line(why.reason(), why.args()), Reasoned.line(r.reason(), r.args()));
    }

    @Test
    void numbersStayNumbersAndAListOfCausesStaysAList() {
        FileFailure a = new FileFailure(FileFailure.Reason.NOT_JSON_AT_LINE, List.of("Unexpected end", 3));
        Reasoned list = reasoned(WorkspaceException.Reason.UNREADABLE, List.of(a, a), 7, true);
        Reasoned back = StoredReason.of(list).restore(KNOWN::get).orElseThrow();
        assertEquals(List.of(7L, 1L), back.args().subList(1, 3), "numbers (and a yes/no as 1/0) for choice formats");
        List<?> causes = (List<?>) back.args().get(0);
        assertEquals(2, causes.size());
        assertEquals(3L, ((Reasoned) causes.get(0)).args().get(1));
        Reasoned one = StoredReason.of(reasoned(WorkspaceException.Reason.UNREADABLE, List.of(a))).restore(KNOWN::get).orElseThrow();
        assertTrue(one.args().get(0) instanceof List<?>, "a list of one stays a list");
    }

    @Test
    void aReasonThisGlossDoesNotKnowIsNotGuessed() {
        StoredReason newer = new StoredReason("PublishException.FROM_THE_FUTURE", List.of(new StoredReason.Value("x", null, null, null, null)));
        assertEquals(Optional.empty(), newer.restore(KNOWN::get));
    }

    @Test
    void anOldFileWithOnlyASentenceStillReads() throws Exception {
        String old = "{\"id\":\"q1\",\"threadId\":\"t1\",\"accountId\":\"a1\",\"state\":\"FAILED\","
                + "\"reason\":\"Bluesky refused to sign in.\",\"posts\":[],\"attempts\":1}";
        QueueEntry e = Json.MAPPER.readValue(old, QueueEntry.class);
        assertEquals("Bluesky refused to sign in.", e.targets().get(0).reason());
        assertEquals(null, e.targets().get(0).failure());
    }

    private static Reasoned reasoned(Enum<?> reason, Object... args) {
        return new Reasoned() {
            @Override
            public Enum<?> reason() {
                return reason;
            }

            @Override
            public List<Object> args() {
                return List.of(args);
            }
        };
    }
}
