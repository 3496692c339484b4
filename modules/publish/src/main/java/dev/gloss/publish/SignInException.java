package dev.gloss.publish;

import dev.gloss.workspace.ReasonedException;

/**
 * Signing in to X, LinkedIn or Threads from Gloss did not work: the browser's answer did not
 * come, the user said no, the platform refused the app or its code, or who signed in could not
 * be read. It carries a {@link Reason} and the values its sentence names (the platform's name
 * first, never a token or secret); the CLI and the Accounts dialog phrase it.
 */
public class SignInException extends ReasonedException {
    private static final long serialVersionUID = 1L;

    /** One constant per sentence; the comment lists its values in order. */
    public enum Reason {
        /** [platform] No client id was given. */
        NO_CLIENT_ID,
        /** [platform] The platform needs the app's secret too (Threads). */
        NO_CLIENT_SECRET,
        /** [port, what the system said] The loopback port is taken. */
        PORT_TAKEN,
        /** [platform, minutes] No answer came back from the browser in time. */
        TIMED_OUT,
        /** [platform] The user cancelled the wait. */
        CANCELLED,
        /** [platform, the platform's words] The user (or the platform) refused the authorization. */
        REFUSED,
        /** [platform] The answer came from another sign-in (its state differs). */
        STATE_MISMATCH,
        /** [platform, host, RemoteException] The platform refused the code or the app's credentials. */
        TOKEN_REFUSED,
        /** [platform, host, RemoteException] The platform could not be reached. */
        UNREACHABLE,
        /** [platform, the scopes missing] The sign-in did not grant what publishing needs. */
        SCOPE_MISSING,
        /** [platform, host, RemoteException] Who signed in could not be read. */
        PROFILE_UNREADABLE,
        /** [platform, the token's words] A pasted token was refused. */
        TOKEN_INVALID
    }

    public SignInException(Reason reason, Object... args) {
        super(null, reason, args);
    }

    public SignInException(Throwable cause, Reason reason, Object... args) {
        super(cause, reason, args);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
