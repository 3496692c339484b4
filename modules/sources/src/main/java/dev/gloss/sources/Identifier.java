package dev.gloss.sources;

import java.net.URI;
import java.util.Locale;

/**
 * What a link in a post names: an arXiv paper, a DOI, an OpenReview or ACL Anthology paper, or
 * any other web address (a PDF, or a page that says where its PDF is). Made by
 * {@link Identifiers#parse}; resolved by {@link Sources#resolve}.
 */
public sealed interface Identifier {

    /** The identifier as a user would write it again ({@code arXiv:1706.03762v5}, {@code 10.1000/x}). */
    String shown();

    /**
     * The identifier bare, as sentences name it ({@code 1706.03762}, {@code 10.1000/x}, the
     * address): a front end that names what was pasted before a sentence can leave it out when
     * the sentence already says it.
     */
    default String bare() {
        return shown();
    }

    /**
     * An arXiv paper.
     *
     * @param id      without the version: {@code 1706.03762}, {@code hep-th/9901001}
     * @param version the version asked for, or null for the latest
     */
    record Arxiv(String id, Integer version) implements Identifier {
        /** {@code https://arxiv.org/abs/ID}: the link that names the paper, not one version of it. */
        public String canonicalLink() {
            return "https://arxiv.org/abs/" + id;
        }

        /** The id with the version when one was asked for ({@code 1706.03762v5}). */
        public String versioned() {
            return version == null ? id : id + "v" + version;
        }

        @Override
        public String shown() {
            return "arXiv:" + versioned();
        }

        @Override
        public String bare() {
            return id;
        }
    }

    /**
     * A DOI ({@code 10.18653/v1/N19-1423}); DOIs are case-insensitive, so {@link #key()} compares them.
     */
    record Doi(String doi) implements Identifier {
        public String key() {
            return doi.toLowerCase(Locale.ROOT);
        }

        /** The arXiv id of one of arXiv's own DOIs ({@code 10.48550/arXiv.1706.03762}), else null. */
        public String arxivId() {
            String k = key();
            return k.startsWith("10.48550/arxiv.") ? doi.substring("10.48550/arxiv.".length()) : null;
        }

        public String canonicalLink() {
            return "https://doi.org/" + doi;
        }

        @Override
        public String shown() {
            return doi;
        }
    }

    /** An OpenReview submission, by its forum id ({@code q3KSThy2GwB}). */
    record OpenReview(String id) implements Identifier {
        @Override
        public String shown() {
            return "https://openreview.net/forum?id=" + id;
        }
    }

    /** An ACL Anthology paper, by its Anthology id ({@code N19-1423}, {@code 2020.acl-main.447}). */
    record Acl(String id) implements Identifier {
        @Override
        public String shown() {
            return "https://aclanthology.org/" + id + "/";
        }
    }

    /** Any other web address: a PDF, or a page whose {@code citation_*} tags name the paper. */
    record Web(URI uri) implements Identifier {
        @Override
        public String shown() {
            return uri.toString();
        }
    }
}
