package dev.gloss.net;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bounded retries with exponential backoff for transient failures (no response, 429, 5xx). A
 * {@code Retry-After} from the server replaces the backoff; when it asks for longer than
 * {@code maxWait} the failure is passed on at once instead of blocking a cron run for hours.
 * Any other failure (a 4xx) is passed on at once.
 * <pre>{@code
 * JsonNode r = Retry.standard().run(() -> transport.send(request).json());
 * }</pre>
 */
public final class Retry {
    private static final Logger LOG = Logger.getLogger(Retry.class.getName());

    /** Waits between attempts; tests pass one that records instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    /** One attempt. */
    @FunctionalInterface
    public interface Call<T> {
        T call() throws RemoteException;
    }

    private final int maxAttempts;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Duration maxWait;
    private final Sleeper sleeper;

    /**
     * @param maxAttempts attempts in all (at least 1)
     * @param firstDelay  the wait after the first failure; doubled after each further one
     * @param maxDelay    the longest backoff wait
     * @param maxWait     the longest {@code Retry-After} honoured by waiting
     */
    public Retry(int maxAttempts, Duration firstDelay, Duration maxDelay, Duration maxWait, Sleeper sleeper) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.maxAttempts = maxAttempts;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.maxWait = maxWait;
        this.sleeper = sleeper;
    }

    /** Four attempts, waiting 2 s, 4 s, 8 s (or what {@code Retry-After} says, up to 2 minutes). */
    public static Retry standard() {
        return new Retry(4, Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofMinutes(2),
                d -> Thread.sleep(d.toMillis()));
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** Waits with this policy's sleeper (e.g. between polls of a server that is still processing). */
    public void pause(Duration d) throws InterruptedException {
        sleeper.sleep(d);
    }

    /** Runs {@code call} until it succeeds, fails for good, or the attempts are used up. */
    public <T> T run(Call<T> call) throws RemoteException {
        return run(call, null);
    }

    /**
     * {@link #run(Call)} that stops waiting between attempts when {@code cancel} is cancelled
     * (and then fails with {@link RemoteException#cancelled}).
     *
     * @param cancel the user's cancel button, or null
     */
    public <T> T run(Call<T> call, Cancel cancel) throws RemoteException {
        Duration backoff = firstDelay;
        for (int attempt = 1; ; attempt++) {
            try {
                return call.call();
            } catch (RemoteException e) {
                // nothing listens at a refused port: seconds of waiting rarely change that, and a
                // person adding an account should hear so at once (the queue tries again at its next run)
                if (!e.isTransient() || e.reason() == RemoteException.Reason.CONNECTION_REFUSED || attempt >= maxAttempts) {
                    throw e;
                }
                Duration wait = e.retryAfter() != null ? e.retryAfter() : backoff;
                if (wait.compareTo(maxWait) > 0) {
                    throw e;
                }
                LOG.log(Level.FINE, "attempt {0} of {1} failed ({2}); trying again in {3} ms",
                        new Object[]{attempt, maxAttempts, e.getMessage(), wait.toMillis()});
                try {
                    if (cancel == null) {
                        sleeper.sleep(wait);
                    } else if (cancel.isCancelled() || sleepOrCancel(wait, cancel)) {
                        throw RemoteException.cancelled(e.host());
                    }
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw RemoteException.noResponse(e.host(), "interrupted while waiting to try again");
                }
                backoff = min(backoff.multipliedBy(2), maxDelay);
            }
        }
    }

    /** Waits through the sleeper in steps, so a cancel stops the wait; true when cancelled. */
    private boolean sleepOrCancel(Duration wait, Cancel cancel) throws InterruptedException {
        try (Cancel.Registration r = cancel.onCancel(Thread.currentThread()::interrupt)) {
            sleeper.sleep(wait);
        } catch (InterruptedException ie) {
            if (!cancel.isCancelled()) {
                throw ie;
            }
            // the interrupt was ours: it is cleared below and reported as the cancel
        }
        if (cancel.isCancelled()) {
            Thread.interrupted(); // a late interrupt of the hook must not reach the caller's next wait
            return true;
        }
        return false;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
