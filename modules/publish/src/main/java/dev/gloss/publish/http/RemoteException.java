package dev.gloss.publish.http;

import java.time.Duration;

/**
 * A request that did not succeed: either no response at all (timeout, refused or lost
 * connection; {@link #status()} is 0) or an HTTP error status with the server's own message.
 * Never carries a secret: only the host, the status and what the server said.
 */
public final class RemoteException extends Exception {
    private final String host;
    private final int status;
    private final String error;
    private final String serverMessage;
    private final Duration retryAfter;

    /**
     * @param host          the server's host (for messages)
     * @param status        the HTTP status, or 0 when no response arrived
     * @param error         a machine-readable error name (XRPC {@code error}), or null
     * @param serverMessage what the server said, or a description of the I/O failure
     * @param retryAfter    how long the server asked to wait ({@code Retry-After}), or null
     */
    public RemoteException(String host, int status, String error, String serverMessage, Duration retryAfter) {
        super(compose(host, status, error, serverMessage));
        this.host = host;
        this.status = status;
        this.error = error;
        this.serverMessage = serverMessage;
        this.retryAfter = retryAfter;
    }

    /** No response arrived (timeout, connection refused, reset or closed). */
    public static RemoteException noResponse(String host, String what) {
        return new RemoteException(host, 0, null, what, null);
    }

    private static String compose(String host, int status, String error, String serverMessage) {
        String said = serverMessage == null || serverMessage.isBlank() ? error : serverMessage;
        if (status == 0) {
            return host + " did not answer (" + (said == null ? "no response" : said) + ")";
        }
        return host + " answered HTTP " + status + (said == null ? "" : ": " + said);
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

    /** Worth trying again later: no response, 429 (rate limited) or a 5xx server error. */
    public boolean isTransient() {
        return status == 0 || status == 429 || status >= 500;
    }

    /**
     * What the server said, for a user: {@code "Invalid record (HTTP 400 InvalidRequest)"}, with
     * the wait it asked for when it gave one; or, when nothing arrived, the whole message.
     */
    public String describe() {
        if (status == 0 || serverMessage == null) {
            return getMessage() + waitHint();
        }
        return serverMessage + " (HTTP " + status + (error == null ? "" : " " + error) + ")" + waitHint();
    }

    private String waitHint() {
        if (retryAfter == null || retryAfter.isZero()) {
            return "";
        }
        long s = retryAfter.toSeconds();
        return "; the server asks to wait " + (s >= 120 ? (s + 59) / 60 + " minutes" : s + " s");
    }

    /** Whether the server named this error (XRPC {@code error} field). */
    public boolean is(String errorName) {
        return errorName.equals(error);
    }
}
