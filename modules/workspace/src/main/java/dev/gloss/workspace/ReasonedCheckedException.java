package dev.gloss.workspace;

import java.util.List;

/**
 * {@link ReasonedException} for failures a caller must handle (a PDF that cannot be opened, an
 * entry that could not be published): a reason of the module's enum and its values
 * ({@link Reasoned}); the message is {@link Reasoned#line}, for the log. A subclass narrows
 * {@link #reason()} to its enum.
 */
public abstract class ReasonedCheckedException extends Exception implements Reasoned {
    private static final long serialVersionUID = 1L;

    private final Enum<?> reason;
    private final List<Object> args;

    /** @param cause for the log, or null */
    protected ReasonedCheckedException(Throwable cause, Enum<?> reason, Object... args) {
        super(Reasoned.line(reason, Reasoned.values(args)), cause);
        this.reason = reason;
        this.args = Reasoned.values(args);
    }

    @Override
    public Enum<?> reason() {
        return reason;
    }

    @Override
    public List<Object> args() {
        return args;
    }
}
