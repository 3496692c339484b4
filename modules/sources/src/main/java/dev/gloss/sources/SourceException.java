package dev.gloss.sources;

import dev.gloss.workspace.ReasonedCheckedException;

/**
 * A paper could not be had from the network, for a reason the user can act on: a link that
 * names no paper, an id the source does not know, a service that did not answer, no open PDF.
 * {@link #reason()} and {@link #args()} are phrased by {@code Reasons.properties} beside this
 * class; {@link #getMessage()} is a developer line for the log.
 */
public final class SourceException extends ReasonedCheckedException {
    private static final long serialVersionUID = 1L;

    /** One constant per sentence (its values in brackets). */
    public enum Reason {
        /** [the text] */
        NOT_AN_IDENTIFIER,
        /** [arXiv id] arXiv's API has no such paper. */
        NO_SUCH_ARXIV,
        /** [arXiv id, version asked for, latest version] */
        NO_SUCH_VERSION,
        /** [arXiv id, what arXiv said] arXiv answered with an error entry. */
        ARXIV_SAID,
        /** [DOI] The DOI resolver knows no such DOI. */
        NO_SUCH_DOI,
        /** [the address] The page or file is not there (404). */
        NOT_FOUND,
        /** [service name, RemoteException] A service did not answer or refused. */
        UNREACHABLE,
        /** [service name] Its answer could not be read (not the format it documents). */
        UNREADABLE_ANSWER,
        /** [what was asked for] No open-access PDF was found anywhere. */
        NO_OPEN_PDF,
        /** [what was asked for] No open-access PDF was found, and Unpaywall was not asked: no contact e-mail is set. */
        NO_OPEN_PDF_NO_CONTACT,
        /** [the address, the media type] The address gave a web page or another file, not a PDF. */
        NOT_A_PDF,
        /** [the address] A page without the tags that name a paper, and not a PDF. */
        NO_PAPER_ON_PAGE,
        /** [] The user cancelled. */
        CANCELLED,
        /** [folder, what the system said] The download could not be written. */
        CANNOT_WRITE
    }

    public SourceException(Reason reason, Object... args) {
        this(null, reason, args);
    }

    /** @param cause for the log */
    public SourceException(Throwable cause, Reason reason, Object... args) {
        super(cause, reason, args);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }

    /** Whether the user cancelled it (nothing to report then). */
    public boolean isCancelled() {
        return reason() == Reason.CANCELLED;
    }
}
