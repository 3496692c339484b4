package dev.gloss.publish.impl.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.workspace.Json;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A signed-in Bluesky session: the account's DID and handle and the two JWTs. Kept in the
 * {@link dev.gloss.publish.Secrets} store (never the workspace); {@link #toString()} hides the tokens.
 */
public record BlueskySession(String did, String handle, String accessJwt, String refreshJwt) {
    private static final Logger LOG = Logger.getLogger(BlueskySession.class.getName());

    static BlueskySession fromResponse(JsonNode n) {
        return new BlueskySession(n.path("did").asText(), n.path("handle").asText(),
                n.path("accessJwt").asText(), n.path("refreshJwt").asText());
    }

    /** The JSON kept in the secret store. */
    String toJson() {
        return Json.compact(this);
    }

    static Optional<BlueskySession> parse(String json) {
        try {
            BlueskySession s = Json.MAPPER.readValue(json, BlueskySession.class);
            return s.did() == null || s.accessJwt() == null ? Optional.empty() : Optional.of(s);
        } catch (IOException e) {
            // a stored session that does not parse is only a cache miss: sign in again, but say why
            LOG.log(Level.FINE, "the stored Bluesky session does not parse; signing in again", e);
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "BlueskySession[" + handle + " " + did + "]";
    }
}
