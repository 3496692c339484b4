package dev.gloss.desktop.composer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** A scheduler whose clock the test moves: tasks run only in {@link #advance} or {@link #runReady}. */
final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {
    private final List<Job> jobs = new ArrayList<>();
    private long now;

    /** Moves the clock and runs every task due by then, in due order. */
    void advance(long millis) {
        now += millis;
        runReady();
    }

    void runReady() {
        while (true) {
            Job next = jobs.stream().filter(j -> !j.isCancelled() && j.due <= now)
                    .min((a, b) -> Long.compare(a.due, b.due)).orElse(null);
            if (next == null) {
                jobs.removeIf(Job::isCancelled);
                return;
            }
            jobs.remove(next);
            next.run();
        }
    }

    /** Tasks waiting that were not cancelled. */
    long waiting() {
        return jobs.stream().filter(j -> !j.isCancelled()).count();
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        Job j = new Job(command, now + unit.toMillis(delay));
        jobs.add(j);
        return j;
    }

    @Override
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.MILLISECONDS);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void shutdown() {
    }

    @Override
    public List<Runnable> shutdownNow() {
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return false;
    }

    @Override
    public boolean isTerminated() {
        return false;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }

    private final class Job extends FutureTask<Void> implements ScheduledFuture<Void> {
        final long due;

        Job(Runnable r, long due) {
            super(r, null);
            this.due = due;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(due - now, TimeUnit.MILLISECONDS);
        }

        @Override
        public int compareTo(Delayed o) {
            return Long.compare(getDelay(TimeUnit.MILLISECONDS), o.getDelay(TimeUnit.MILLISECONDS));
        }
    }
}
