package dev.gloss.publish.impl.oauth;

import dev.gloss.workspace.Phrasebook;
import dev.gloss.workspace.Reasoned;
import java.util.List;

/**
 * What the browser shows when the platform sends it back to Gloss's loopback listener: one
 * sentence, phrased like every other (publish's Reasons.properties).
 */
public record BrowserPage(Reason reason, List<Object> args) implements Reasoned {
    /** One constant per sentence. */
    public enum Reason {
        /** [platform] */
        SIGNED_IN,
        /** [platform, the platform's words] */
        NOT_SIGNED_IN
    }

    public static BrowserPage of(Reason reason, Object... args) {
        return new BrowserPage(reason, Reasoned.values(args));
    }

    /** A small HTML page with the sentence. */
    public String html() {
        String sentence = Phrasebook.MODULES.phrase(this);
        String safe = sentence.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Gloss</title></head>"
                + "<body style=\"font-family:sans-serif;margin:3em\"><p>" + safe + "</p></body></html>";
    }
}
