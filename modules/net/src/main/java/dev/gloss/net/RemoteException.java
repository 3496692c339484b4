package dev.gloss.net;

import dev.gloss.workspace.Reasoned;
import dev.gloss.workspace.ReasonedCheckedException;
import java.time.Duration;
import java.util.List;

/**
 * A request that did not succeed: either no response at all (timeout, refused or lost
 * connection; {@link #status()} is 0) or an HTTP error status with the server's own message.
 * As a {@link Reasoned} it is a clause for another sentence ("localhost:2583 did not answer in
 * time", "Invalid record (HTTP 400 InvalidRequest)"), with the wait the server asked for.
 * Never carries a secret: only the host, the status and what the server said.
 */
public final class RemoteException extends ReasonedCheckedException {
    private static final long serialVersionUID = 1L;

    /** One constant per clause; the comment lists its values in order. */
    public enum Reason {
        /** [host] */
        TIMED_OUT,
        /** [host] */
        CONNECTION_REFUSED,
        /** [host] The connection closed without a reason given. */
        CONNECTION_LOST,
        /** [host] */
        INTERRUPTED,
        /** [host, what the system said] */
        NO_ANSWER,
        /** [host, seconds] Mastodon had not processed an image in time. */
        STILL_PROCESSING,
        /** [host, environment variable] No Bluesky app password is stored for the account. */
        NO_APP_PASSWORD,
        /** [host, status, seconds to wait or 0, minutes to wait] The server said nothing more. */
        STATUS,
        /** [the server's words, status, seconds to wait or 0, minutes to wait] */
        SAID,
        /** [the server's words, status, error name, seconds to wait or 0, minutes to wait] */
        SAID_ERROR,
        /** [host] The user cancelled the request. */
        CANCELLED,
        /** [host, bytes received, bytes announced] The connection closed before the whole body arrived. */
        INCOMPLETE,
        /** [host] The host's name could not be resolved (offline, or a mistyped address). */
        UNKNOWN_HOST
    }

    private final String host;
    private final int status;
    private final String error;
    private final String serverMessage;
    private final Duration retryAfter;
    private final boolean throttled;

    /**
     * @param host          the server's host (for messages)
     * @param status        the HTTP status, or 0 when no response arrived
     * @param error         a machine-readable error name (XRPC {@code error}), or null
     * @param serverMessage what the server said, or a description of the I/O failure
     * @param retryAfter    how long the server asked to wait ({@code Retry-After}), or null
     */
    public RemoteException(String host, int status, String error, String serverMessage, Duration retryAfter) {
        this(host, status, error, serverMessage, retryAfter, null);
    }

    private RemoteException(String host, int status, String error, String serverMessage, Duration retryAfter, Reason given,
            Object... givenArgs) {
        this(host, status, error, serverMessage, retryAfter, given != null ? given : httpReason(status, error, serverMessage),
                given != null ? Reasoned.values(givenArgs) : httpArgs(host, status, error, serverMessage, retryAfter));
    }

    private RemoteException(String host, int status, String error, String serverMessage, Duration retryAfter, Reason reason,
            List<Object> args) {
        this(host, status, error, serverMessage, retryAfter, reason, args, false);
    }

    private RemoteException(String host, int status, String error, String serverMessage, Duration retryAfter, Reason reason,
            List<Object> args, boolean throttled) {
        super(null, reason, args.toArray());
        this.host = host;
        this.status = status;
        this.error = error;
        this.serverMessage = serverMessage;
        this.retryAfter = retryAfter;
        this.throttled = throttled;
    }

    /**
     * The same failure, known to be a rate limit although its status is not 429: Meta's Graph API
     * answers 400 with error code 4, 17, 32 or 613 when an app or user made too many calls.
     */
    public RemoteException throttled() {
        return new RemoteException(host, status, error, serverMessage, retryAfter, reason(), args(), true);
    }

    /** No response arrived (the connection was lost, reset or closed), with the system's words. */
    public static RemoteException noResponse(String host, String what) {
        return new RemoteException(host, 0, null, what, null, Reason.NO_ANSWER, host, what);
    }

    /** No response arrived in time. */
    public static RemoteException timedOut(String host) {
        return new RemoteException(host, 0, null, null, null, Reason.TIMED_OUT, host);
    }

    /** The server refused the connection. */
    public static RemoteException refused(String host) {
        return new RemoteException(host, 0, null, null, null, Reason.CONNECTION_REFUSED, host);
    }

    /** The connection closed and the system gave no words for it. */
    public static RemoteException lost(String host) {
        return new RemoteException(host, 0, null, null, null, Reason.CONNECTION_LOST, host);
    }

    /** The request was interrupted (the application is closing). */
    public static RemoteException interrupted(String host) {
        return new RemoteException(host, 0, null, null, null, Reason.INTERRUPTED, host);
    }

    /** The user cancelled the request (or the download) before it finished. */
    public static RemoteException cancelled(String host) {
        return new RemoteException(host, 0, null, null, null, Reason.CANCELLED, host);
    }

    /** The host's name could not be looked up: most often, this computer is offline. */
    public static RemoteException unknownHost(String host) {
        return new RemoteException(host, 0, null, null, null, Reason.UNKNOWN_HOST, host);
    }

    /** The connection closed after {@code received} of the {@code announced} bytes of a body. */
    public static RemoteException incomplete(String host, long received, long announced) {
        return new RemoteException(host, 0, null, null, null, Reason.INCOMPLETE, host, received, announced);
    }

    /** The server was still processing an uploaded image after this many seconds. */
    public static RemoteException stillProcessing(String host, int seconds) {
        return new RemoteException(host, 0, null, null, null, Reason.STILL_PROCESSING, host, seconds);
    }

    /** No app password is stored to sign in with (a 401 of our own: asking again will not help). */
    public static RemoteException noAppPassword(String host, String environmentVariable) {
        return new RemoteException(host, 401, "AuthenticationRequired", null, null, Reason.NO_APP_PASSWORD, host, environmentVariable);
    }

    private static Reason httpReason(int status, String error, String serverMessage) {
        if (status == 0) {
            return Reason.NO_ANSWER;
        }
        if (serverMessage == null || serverMessage.isBlank()) {
            return error == null ? Reason.STATUS : Reason.SAID;
        }
        return error == null ? Reason.SAID : Reason.SAID_ERROR;
    }

    private static List<Object> httpArgs(String host, int status, String error, String serverMessage, Duration retryAfter) {
        long wait = retryAfter == null ? 0 : Math.max(0, retryAfter.toSeconds());
        long minutes = (wait + 59) / 60;
        if (status == 0) {
            return Reasoned.values(host, serverMessage == null || serverMessage.isBlank() ? String.valueOf(error) : serverMessage);
        }
        if (serverMessage == null || serverMessage.isBlank()) {
            return error == null ? Reasoned.values(host, status, wait, minutes) : Reasoned.values(error, status, wait, minutes);
        }
        return error == null ? Reasoned.values(serverMessage, status, wait, minutes)
                : Reasoned.values(serverMessage, status, error, wait, minutes);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }

    public String host() {
        return host;
    }

    /** The HTTP status, or 0 when no response arrived. */
    public int status() {
        return status;
    }

    /** The machine-readable error name (e.g. XRPC {@code ExpiredToken}), or null. */
    public String error() {
        return error;
    }

    /** What the server said, or null. */
    public String serverMessage() {
        return serverMessage;
    }

    /** How long the server asked to wait, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Worth trying again later: no response (offline included), 429 (rate limited) or a 5xx server error; never a cancel. */
    public boolean isTransient() {
        return reason() != Reason.CANCELLED && (status == 0 || status == 429 || status >= 500 || throttled);
    }

    /** A rate limit: 429, or a service's own way of saying so ({@link #throttled()}). */
    public boolean isRateLimit() {
        return status == 429 || throttled;
    }

    /** Whether the user cancelled it. */
    public boolean isCancelled() {
        return reason() == Reason.CANCELLED;
    }

    /**
     * A value for a sentence about this failure: the server's own words when it gave some, else
     * this failure as a clause ("localhost:2583 did not answer in time").
     */
    public Object said() {
        return status != 0 && serverMessage != null && !serverMessage.isBlank() ? serverMessage : this;
    }

    /** Whether the server named this error (XRPC {@code error} field). */
    public boolean is(String errorName) {
        return errorName.equals(error);
    }
}
