package dev.gloss.sources;

import java.util.Locale;

/** Which source said it: the word kept in {@code paper.json} ({@link #key()}) and the name shown. */
public enum Origin {
    ARXIV("arXiv"),
    CROSSREF("Crossref"),
    DATACITE("DataCite"),
    /** A DOI whose registration agency is neither Crossref nor DataCite (mEDRA, JaLC...). */
    DOI("doi.org"),
    OPENREVIEW("OpenReview"),
    ACL("ACL Anthology"),
    /** The {@code citation_*} tags of another web page. */
    WEB("the web page"),
    /** The PDF's own metadata and first page (the offline guess). */
    PDF("the PDF");

    private final String shown;

    Origin(String shown) {
        this.shown = shown;
    }

    /** The word in {@code paper.json}: {@code arxiv}, {@code crossref}... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The service's own name, for sentences. */
    public String shown() {
        return shown;
    }

    /** The origin of a kept key, or null. */
    public static Origin of(String key) {
        for (Origin o : values()) {
            if (o.key().equals(key)) {
                return o;
            }
        }
        return null;
    }
}
