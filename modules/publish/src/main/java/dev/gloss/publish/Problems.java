package dev.gloss.publish;

import dev.gloss.threads.ThreadChecks;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The reason kept in a queue entry that failed because its thread no longer fits: the problems'
 * developer lines ({@code TOO_LONG post 2 [312, Bluesky, 300]}). The CLI and the UI phrase
 * problems themselves wherever they have the structured ones.
 */
final class Problems {
    private Problems() {
    }

    static String describe(List<ThreadChecks.Problem> problems) {
        return problems.stream().map(ThreadChecks.Problem::toString).collect(Collectors.joining("; "));
    }
}
