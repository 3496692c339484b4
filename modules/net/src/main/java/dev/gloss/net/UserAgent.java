package dev.gloss.net;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The User-Agent Gloss sends everywhere: its name, its version and, when the user gave one, a
 * contact address, as Crossref's and arXiv's etiquette asks
 * ({@code Gloss/1.0 (mailto:you@example.org)}; {@code Gloss/1.0} without one).
 */
public final class UserAgent {
    private static final Logger LOG = Logger.getLogger(UserAgent.class.getName());

    private UserAgent() {
    }

    /** The version of this Gloss (the build's version), e.g. {@code 1.0-SNAPSHOT}. */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = UserAgent.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "no version resource", e);
        }
        String v = p.getProperty("version", "").strip();
        return v.isEmpty() || v.startsWith("$") ? "1.0" : v;
    }

    /**
     * The header's value.
     *
     * @param contact an e-mail address (or a URL) the services may write to, or null/blank
     */
    public static String of(String contact) {
        String c = contact == null ? "" : contact.strip().replaceAll("[\\p{Cntrl}()]", "");
        String how = c.contains("@") && !c.contains(":") ? "mailto:" + c : c;
        return "Gloss/" + version() + (how.isEmpty() ? "" : " (" + how + ")");
    }
}
