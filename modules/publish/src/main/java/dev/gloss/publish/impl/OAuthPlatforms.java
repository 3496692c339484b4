package dev.gloss.publish.impl;

import dev.gloss.publish.PublishSetupException;
import dev.gloss.publish.impl.linkedin.LinkedInPlatform;
import dev.gloss.publish.impl.oauth.OAuthPlatform;
import dev.gloss.publish.impl.threads.ThreadsPlatform;
import dev.gloss.publish.impl.x.XPlatform;
import java.util.Map;

/** The platforms that sign in with OAuth 2.0, by id. */
public final class OAuthPlatforms {
    private static final Map<String, OAuthPlatform> ALL = Map.of("x", new XPlatform(), "linkedin", new LinkedInPlatform(),
            "threads", new ThreadsPlatform());

    private OAuthPlatforms() {
    }

    /** The platform with this id (x, linkedin, threads). */
    public static OAuthPlatform of(String id) {
        OAuthPlatform p = ALL.get(id);
        if (p == null) {
            throw new PublishSetupException(PublishSetupException.Reason.NO_PUBLISHER, id);
        }
        return p;
    }
}
