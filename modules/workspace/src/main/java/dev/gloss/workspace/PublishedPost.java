package dev.gloss.workspace;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What is known remotely about one post of a queue entry. {@code key} is chosen before the
 * request (Bluesky record key, Mastodon Idempotency-Key) and saved first, so a retry can find a
 * post that may already exist; {@code remoteId} and {@code url} are saved the moment it exists.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublishedPost(int index, String key, String remoteId, String cid, String url) {
    public boolean exists() {
        return remoteId != null;
    }
}
