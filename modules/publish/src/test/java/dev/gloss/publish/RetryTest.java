package dev.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gloss.net.RemoteException;
import dev.gloss.net.Retry;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which failures are retried, how long between attempts, and when to give up. */
class RetryTest {
    final Fixtures.Waits waits = new Fixtures.Waits();
    final Retry retry = Fixtures.fastRetry(waits);

    static Retry.Call<String> failing(Deque<RemoteException> failures) {
        return () -> {
            RemoteException e = failures.poll();
            if (e != null) {
                throw e;
            }
            return "ok";
        };
    }

    @Test
    void transientFailuresAreRetriedWithDoublingWaits() throws Exception {
        Deque<RemoteException> f = new ArrayDeque<>(List.of(RemoteException.noResponse("h", "timed out"),
                new RemoteException("h", 503, null, "down", null), new RemoteException("h", 500, null, null, null)));
        assertEquals("ok", retry.run(failing(f)));
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8)), waits.waits);
    }

    @Test
    void retryAfterReplacesTheBackoff() throws Exception {
        Deque<RemoteException> f = new ArrayDeque<>(List.of(new RemoteException("h", 429, "RateLimitExceeded", "slow down", Duration.ofSeconds(42))));
        assertEquals("ok", retry.run(failing(f)));
        assertEquals(List.of(Duration.ofSeconds(42)), waits.waits);
    }

    @Test
    void aRetryAfterLongerThanTheLimitIsNotWaitedFor() {
        RemoteException tooLong = new RemoteException("h", 429, null, "slow down", Duration.ofHours(1));
        RemoteException e = assertThrows(RemoteException.class, () -> retry.run(failing(new ArrayDeque<>(List.of(tooLong)))));
        assertSame(tooLong, e);
        assertEquals(List.of(), waits.waits);
    }

    /** Issue 23, item 6: {@code accounts add} to a refused port took 16 s of retries. */
    @Test
    void aRefusedConnectionIsNotRetried() {
        RemoteException refused = RemoteException.refused("localhost:9");
        assertSame(refused, assertThrows(RemoteException.class, () -> retry.run(failing(new ArrayDeque<>(List.of(refused))))));
        assertEquals(List.of(), waits.waits);
    }

    @Test
    void clientErrorsAreNotRetried() {
        RemoteException bad = new RemoteException("h", 400, "InvalidRequest", "bad record", null);
        assertSame(bad, assertThrows(RemoteException.class, () -> retry.run(failing(new ArrayDeque<>(List.of(bad))))));
        assertEquals(List.of(), waits.waits);
    }

    @Test
    void afterTheLastAttemptTheFailureIsPassedOn() {
        Deque<RemoteException> f = new ArrayDeque<>();
        for (int i = 0; i < 5; i++) {
            f.add(new RemoteException("h", 502, null, "bad gateway " + i, null));
        }
        RemoteException e = assertThrows(RemoteException.class, () -> retry.run(failing(f)));
        assertEquals(List.of("bad gateway 3", 502, 0L, 0L), e.args(), "the last failure, with the server's words");
        assertEquals(3, waits.waits.size());
    }
}
