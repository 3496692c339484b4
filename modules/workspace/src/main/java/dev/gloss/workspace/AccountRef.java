package dev.gloss.workspace;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.TreeMap;

/**
 * A publishing account without its secret: the secret (app password or token) lives in the
 * NetBeans Keyring (app) or a 0600 file / environment variable (CLI), never in the workspace.
 *
 * @param kind          bluesky, mastodon, x, linkedin, threads
 * @param service       the server's or API's base URL, e.g. https://bsky.social or https://api.x.com;
 *                      null for an account whose threads are exported to files to paste by hand
 *                      (x, linkedin, threads)
 * @param handle        the account's handle or user name (LinkedIn: the member's name)
 * @param remoteId      the account's id at the service (a DID on Bluesky, the account id on
 *                      Mastodon, the user id on X and Threads, the person URN on LinkedIn), or
 *                      null when not known yet
 * @param maxCharacters the server's post length limit when it announces one (Mastodon), else null
 * @param replies       how the posts after a thread's first are seen on Mastodon: {@code unlisted}
 *                      (the default when null: the thread fills no one's public timeline) or
 *                      {@code public}
 * @param options       how this account publishes, by the publisher's own keys (never a secret):
 *                      LinkedIn's thread shape, Threads' image address, the X app's client id
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountRef(String id, String kind, String service, String handle, String remoteId, Integer maxCharacters,
        String replies, @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> options) {

    public AccountRef {
        options = options == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(options));
    }

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

    /** An option's value, or null. */
    public String option(String key) {
        return options.get(key);
    }

    /** With one option set (a null value removes it). */
    public AccountRef withOption(String key, String value) {
        Map<String, String> next = new TreeMap<>(options);
        if (value == null) {
            next.remove(key);
        } else {
            next.put(key, value);
        }
        return new AccountRef(id, kind, service, handle, remoteId, maxCharacters, replies, next);
    }

    /** Whether the account's threads are written to files for pasting by hand instead of published. */
    @JsonIgnore
    public boolean isExport() {
        return service == null && ("x".equals(kind) || "linkedin".equals(kind) || "threads".equals(kind));
    }
}
