package dev.gloss.publish;

import dev.gloss.pdf.PdfException;
import dev.gloss.net.RemoteException;
import dev.gloss.threads.ThreadChecks;
import dev.gloss.threads.ThreadsException;
import dev.gloss.workspace.FileFailure;
import dev.gloss.workspace.Problem;
import dev.gloss.workspace.QueueTarget;
import dev.gloss.workspace.Reasoned;
import dev.gloss.workspace.StoredReason;
import dev.gloss.workspace.WorkspaceException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Why a target of a queue entry failed, kept in its file as a reason and its values
 * ({@link StoredReason}), so the CLI and the desktop phrase it in their words:
 * <pre>{@code
 * String why = QueueFailures.of(target).map(Sentences::phrase).orElse(target.reason());
 * }</pre>
 * A file written before reasons were kept holds only its sentence ({@link QueueTarget#reason()}),
 * shown as it is; a reason this Gloss does not know (a newer one wrote it) comes back as
 * {@link PublishException.Reason#UNKNOWN_REASON} with its developer line.
 */
public final class QueueFailures {
    /** Every reason a publishing failure can have: the publish module's and those of what it uses. */
    private static final Map<String, Enum<?>> KNOWN = known(List.of(PublishException.Reason.class,
            PublishSetupException.Reason.class, RemoteException.Reason.class, ThreadChecks.Reason.class,
            ThreadsException.Reason.class, WorkspaceException.Reason.class, FileFailure.Reason.class, Problem.Reason.class,
            PdfException.Reason.class));

    private QueueFailures() {
    }

    /** What an entry keeps of a failure. */
    public static StoredReason keep(Reasoned why) {
        return StoredReason.of(why);
    }

    /** Why the target failed, to phrase; empty when it keeps no reason (then {@link QueueTarget#reason()} may hold a sentence). */
    public static Optional<Reasoned> of(QueueTarget target) {
        StoredReason kept = target.failure();
        if (kept == null) {
            return Optional.empty();
        }
        return Optional.of(kept.restore(KNOWN::get)
                .orElseGet(() -> new PublishException(PublishException.Reason.UNKNOWN_REASON, kept.toString())));
    }

    private static Map<String, Enum<?>> known(List<Class<? extends Enum<?>>> enums) {
        Map<String, Enum<?>> out = new HashMap<>();
        for (Class<? extends Enum<?>> e : enums) {
            for (Enum<?> c : e.getEnumConstants()) {
                out.put(Reasoned.key(c), c);
            }
        }
        return Map.copyOf(out);
    }
}
