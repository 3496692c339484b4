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
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountRef(String id, String kind, String service, String handle, String remoteId, Integer maxCharacters,
        String replies) {

    public AccountRef(String id, String kind, String service, String handle) {
        this(id, kind, service, handle, null, null, null);
    }

    public AccountRef(String id, String kind, String service, String handle, String remoteId, Integer maxCharacters) {
        this(id, kind, service, handle, remoteId, maxCharacters, null);
    }

    /** Whether the account's threads are written to files for pasting by hand instead of published. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isExport() {
        return service == null && ("x".equals(kind) || "linkedin".equals(kind) || "threads".equals(kind));
    }
}
