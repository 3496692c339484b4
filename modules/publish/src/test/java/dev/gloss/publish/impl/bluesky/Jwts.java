package dev.gloss.publish.impl.bluesky;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gloss.workspace.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Test helper: re-signs a PDS access token (HS256) with its times moved into the past. */
final class Jwts {
    private Jwts() {
    }

    static String expired(String jwt, String secret, long secondsAgo) throws Exception {
        String[] parts = jwt.split("\\.");
        Base64.Decoder dec = Base64.getUrlDecoder();
        Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
        ObjectNode payload = (ObjectNode) Json.MAPPER.readTree(dec.decode(parts[1]));
        long now = Instant.now().getEpochSecond();
        payload.put("iat", now - secondsAgo - 7200);
        payload.put("exp", now - secondsAgo);
        String signingInput = parts[0] + "." + enc.encodeToString(Json.compact(payload).getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return signingInput + "." + enc.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.UTF_8)));
    }
}
