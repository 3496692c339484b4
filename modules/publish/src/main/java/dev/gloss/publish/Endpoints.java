package dev.gloss.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gloss.workspace.Workspace;
import java.net.URI;
import java.util.Map;

/**
 * Where the API and the sign-in of X, LinkedIn and Threads live: the platforms' own addresses,
 * unless the workspace's settings name others ({@code gloss.json}: {@code settings.publish.endpoints.<platform>}
 * with {@code api}, {@code authorize} and {@code token}), so that tests, mirrors and proxies can
 * be used instead.
 * <pre>{@code
 * Endpoints x = Endpoints.of(workspace, "x");   // https://api.x.com, https://x.com/i/oauth2/authorize, ...
 * }</pre>
 *
 * @param platform  x, linkedin or threads
 * @param api       the API's base URL
 * @param authorize the page the browser opens to sign in
 * @param token     the OAuth token endpoint
 */
public record Endpoints(String platform, URI api, URI authorize, URI token) {
    private static final Map<String, Endpoints> DEFAULTS = Map.of(
            "x", new Endpoints("x", URI.create("https://api.x.com"), URI.create("https://x.com/i/oauth2/authorize"),
                    URI.create("https://api.x.com/2/oauth2/token")),
            "linkedin", new Endpoints("linkedin", URI.create("https://api.linkedin.com"),
                    URI.create("https://www.linkedin.com/oauth/v2/authorization"), URI.create("https://www.linkedin.com/oauth/v2/accessToken")),
            "threads", new Endpoints("threads", URI.create("https://graph.threads.net/v1.0"), URI.create("https://threads.net/oauth/authorize"),
                    URI.create("https://graph.threads.net/oauth/access_token")));

    /** The platforms that sign in with OAuth 2.0. */
    public static boolean signsIn(String platform) {
        return DEFAULTS.containsKey(platform);
    }

    /** The platform's own addresses. */
    public static Endpoints defaults(String platform) {
        Endpoints e = DEFAULTS.get(platform);
        if (e == null) {
            throw new PublishSetupException(PublishSetupException.Reason.NO_PUBLISHER, platform);
        }
        return e;
    }

    /** The addresses the workspace's settings give, each falling back to the platform's own. */
    public static Endpoints of(Workspace ws, String platform) {
        Endpoints d = defaults(platform);
        JsonNode s = ws.settings().path("publish").path("endpoints").path(platform);
        return new Endpoints(platform, uri(s, "api", d.api()), uri(s, "authorize", d.authorize()), uri(s, "token", d.token()));
    }

    /** Writes these addresses into the workspace's settings. */
    public static void save(Workspace ws, Endpoints e) {
        ObjectNode settings = ws.settings();
        ObjectNode publish = settings.has("publish") && settings.get("publish").isObject() ? (ObjectNode) settings.get("publish")
                : settings.putObject("publish");
        ObjectNode all = publish.has("endpoints") && publish.get("endpoints").isObject() ? (ObjectNode) publish.get("endpoints")
                : publish.putObject("endpoints");
        all.putObject(e.platform()).put("api", e.api().toString()).put("authorize", e.authorize().toString()).put("token", e.token().toString());
        ws.saveSettings(settings);
    }

    private static URI uri(JsonNode s, String field, URI fallback) {
        String v = s.path(field).asText("");
        if (v.isBlank()) {
            return fallback;
        }
        try {
            URI u = new URI(v.strip());
            return u.getHost() == null ? fallback : u;
        } catch (java.net.URISyntaxException ex) {
            throw new PublishSetupException(PublishSetupException.Reason.NOT_A_SERVER_URL, v);
        }
    }
}
