package dev.gloss.net;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The least time between two requests to one host, for services that ask for it (arXiv: one
 * request every three seconds). Each request reserves the next free moment before it waits, so
 * requests from several threads queue up in order instead of all going at once.
 * {@link #shared()} is the one of the whole process; tests make their own with their clock.
 * Thread-safe.
 */
public final class Pacing {
    private static final Pacing SHARED = new Pacing(Clock.systemUTC());

    private final Clock clock;
    private final Map<String, Duration> intervals = new HashMap<>();
    private final Map<String, Long> next = new HashMap<>();

    public Pacing(Clock clock) {
        this.clock = clock;
    }

    /** The pacing of the whole process: every transport that does not bring its own uses it. */
    public static Pacing shared() {
        return SHARED;
    }

    /**
     * Asks for at least {@code interval} between two requests to {@code host} (as
     * {@link HttpTransport#hostOf} writes it); zero or null takes the rule away.
     */
    public synchronized void interval(String host, Duration interval) {
        if (interval == null || interval.isZero() || interval.isNegative()) {
            intervals.remove(host);
        } else {
            intervals.put(host, interval);
        }
    }

    /** The interval asked for {@code host}, or zero. */
    public synchronized Duration interval(String host) {
        return intervals.getOrDefault(host, Duration.ZERO);
    }

    /**
     * Reserves the next moment a request to {@code host} may go and returns how long to wait
     * for it (zero when the host has no rule or was quiet long enough).
     */
    public synchronized Duration reserve(String host) {
        Duration interval = intervals.get(host);
        if (interval == null) {
            return Duration.ZERO;
        }
        long now = clock.millis();
        long at = Math.max(now, next.getOrDefault(host, Long.MIN_VALUE));
        next.put(host, at + interval.toMillis());
        return Duration.ofMillis(at - now);
    }
}
