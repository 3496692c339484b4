package dev.gloss.workspace;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A publishing account without its secret: the secret (app password or token) lives in the
 * NetBeans Keyring (app) or a 0600 file / environment variable (CLI), never in the workspace.
 *
 * @param kind          bluesky, mastodon, or an export target (x, linkedin, threads)
 * @param service       the server's base URL, e.g. https://bsky.social (null for export targets)
 * @param handle        the account's handle or user name
 * @param remoteId      the account's id at the service (a DID on Bluesky, the account id on
 *                      Mastodon), or null when not known yet
 * @param maxCharacters the server's post length limit when it announces one (Mastodon), else null
 * @param replies       how the posts after a thread's first are seen on Mastodon: {@code unlisted}
 *                      (the default when null: the thread fills no one's public timeline) or
 *                      {@code public}
 * @param numbering     true when each post of a thread is published (and previewed) with
 *                      {@code " 1/4"}-style numbering at its end; null or false: without
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountRef(String id, String kind, String service, String handle, String remoteId, Integer maxCharacters,
        String replies, Boolean numbering) {

    public AccountRef(String id, String kind, String service, String handle) {
        this(id, kind, service, handle, null, null, null, null);
    }

    public AccountRef(String id, String kind, String service, String handle, String remoteId, Integer maxCharacters) {
        this(id, kind, service, handle, remoteId, maxCharacters, null, null);
    }

    public AccountRef(String id, String kind, String service, String handle, String remoteId, Integer maxCharacters,
            String replies) {
        this(id, kind, service, handle, remoteId, maxCharacters, replies, null);
    }

    /** Whether this account's threads go out numbered. */
    public boolean numbered() {
        return Boolean.TRUE.equals(numbering);
    }

    /** This account with numbering on or off. */
    public AccountRef withNumbering(boolean on) {
        return new AccountRef(id, kind, service, handle, remoteId, maxCharacters, replies, on ? Boolean.TRUE : null);
    }
}
