package dev.gloss.publish;

import dev.gloss.threads.ThreadChecks;
import dev.gloss.workspace.Reasoned;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A request the publish module cannot carry out as asked: an unknown thread or account, a time
 * that cannot be read, a missing or unreadable secret, a thread that does not fit the account.
 * It carries a {@link Reason} and the values its sentence names, for the CLI and the UI to
 * phrase; {@link #getMessage()} is a developer line for logs. Never contains a secret.
 */
public class PublishSetupException extends RuntimeException implements Reasoned {
    private static final long serialVersionUID = 1L;

    /** One constant per sentence; the comment lists its values in order. */
    public enum Reason {
        /** Several accounts have the handle {0}: the account id is needed. */
        AMBIGUOUS_HANDLE,
        /** No account has the id or handle {0}. */
        NO_SUCH_ACCOUNT,
        /** {0} (a server) could not be reached: {1}. */
        CANNOT_REACH,
        /** {0} (a Bluesky server) could not be reached to sign in as {1}: {2}. */
        SIGN_IN_UNREACHABLE,
        /** Bluesky at {0} refused to sign in {1}: {2} (the server's words). */
        SIGN_IN_REFUSED,
        /** Mastodon at {0} refused the token: {1} (the server's words). */
        TOKEN_REFUSED,
        /** {0} is not a reply visibility (unlisted or public). */
        NOT_A_REPLY_VISIBILITY,
        /** {0} is not a LinkedIn shape (post+comments, posts or document). */
        NOT_A_LINKEDIN_SHAPE,
        /** {0} (a handle) is a {1} account; only a signed-in LinkedIn account has a shape. */
        SHAPE_LINKEDIN_ONLY,
        /** The sign-in of {0} (a handle) to {1} (a platform) ends at {2} (epoch milliseconds), before the entry goes out at {3}. */
        SIGN_IN_ENDS_FIRST,
        /** {0} is not an export target (x, linkedin or threads). */
        NOT_AN_EXPORT_TARGET,
        /** The account {0} still has {1} scheduled queue entries. */
        ACCOUNT_IN_USE,
        /** {0} is not a server URL. */
        NOT_A_SERVER_URL,
        /** The secret file {0} cannot be read ({1}, a FileFailure). */
        SECRET_UNREADABLE,
        /** The secret file {0} cannot be written ({1}, a FileFailure). */
        SECRET_UNWRITABLE,
        /** The secret file {0} cannot be deleted ({1}, a FileFailure). */
        SECRET_UNDELETABLE,
        /** No queue entry has the id {0}. */
        NO_SUCH_ENTRY,
        /** No thread has the id {0}. */
        NO_SUCH_THREAD,
        /** The thread {0} does not fit the {1} account: {2}, the problems ({@link #problems()}), one sentence each. */
        DOES_NOT_FIT,
        /** The queue entry {1} is already published, so it cannot be {0} (cancel, retry, reschedule). */
        ALREADY_PUBLISHED,
        /** The queue entry {1} is already published on {2} (a platform), so it cannot be {0} (cancel, retry) there. */
        ALREADY_PUBLISHED_THERE,
        /** The queue entry {0} does not go out to {1} (a platform). */
        NO_SUCH_TARGET,
        /** No account was chosen to queue a thread for. */
        NO_ACCOUNT_CHOSEN,
        /** {0} and {1} (handles) are both {2} accounts: an entry goes out to one account per platform. */
        ONE_ACCOUNT_PER_PLATFORM,
        /** The queue entry {0} is being published right now. */
        BEING_PUBLISHED,
        /** No weekly slots are set. */
        NO_SLOTS,
        /** No free weekly slot was found. */
        NO_FREE_SLOT,
        /** Gloss cannot publish to {0} accounts. */
        NO_PUBLISHER,
        /** {0} is not a valid id. */
        NOT_AN_ID,
        /** {0} is not a day of the week. */
        NOT_A_DAY,
        /** {0} is not a time of day. */
        NOT_A_TIME_OF_DAY,
        /** {0} is not a time zone. */
        NOT_A_ZONE,
        /** {0} is not a time (now, next-slot or an ISO date-time). */
        NOT_A_TIME,
        /** {0} (a handle) is a {1} account: only Threads accounts take an image folder and address. */
        IMAGE_HOST_THREADS_ONLY,
        /** An image folder and its public address go together: both or neither. */
        IMAGE_HOST_HALF,
        /** {0} is not a public web address (http or https) for the image folder. */
        NOT_AN_IMAGE_URL,
        /** {0} is in the past. */
        IN_THE_PAST,
        /** {0} does not exist in {1}: the clocks skip it for daylight saving. */
        SKIPPED_BY_DST,
        /** {0} is not a price in dollars of at least 0 (such as 0.015). */
        NOT_A_PRICE,
        /** {0} is not the date of a price list (YYYY-MM-DD). */
        NOT_A_PRICE_DATE,
        /** Publishing to the X account {0} costs money and was not confirmed yet: {1}, an {@link XCost}. */
        X_COST_UNCONFIRMED
    }

    private final Reason reason;
    private final transient List<Object> args;
    private final transient List<ThreadChecks.Problem> problems;

    public PublishSetupException(Reason reason, Object... args) {
        this(reason, List.of(), null, args);
    }

    /** With the failure behind it (a server's answer, an I/O error), for the log. */
    public PublishSetupException(Reason reason, Throwable cause, Object... args) {
        this(reason, List.of(), cause, args);
    }

    /** A thread that does not fit an account: the problems, for the CLI and the UI to phrase each. */
    public PublishSetupException(List<ThreadChecks.Problem> problems, String threadId, String accountKind) {
        this(Reason.DOES_NOT_FIT, problems, null, threadId, accountKind, List.copyOf(problems));
    }

    private PublishSetupException(Reason reason, List<ThreadChecks.Problem> problems, Throwable cause, Object... args) {
        super(line(reason, args), cause);
        this.reason = reason;
        this.args = Collections.unmodifiableList(Arrays.asList(args.clone()));
        this.problems = List.copyOf(problems);
    }

    @Override
    public Reason reason() {
        return reason;
    }

    /** The values the sentence names, in the order of its placeholders. */
    @Override
    public List<Object> args() {
        return args;
    }

    /** Why the thread does not fit, when that is the failure ({@link Reason#DOES_NOT_FIT}); else empty. */
    public List<ThreadChecks.Problem> problems() {
        return problems;
    }

    private static String line(Reason reason, Object[] args) {
        String values = args.length == 0 ? "" : Arrays.stream(args).map(String::valueOf).collect(Collectors.joining(", ", " [", "]"));
        return reason + values;
    }
}
