package dev.gloss.threads;

import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each post of a thread shows below its text on Bluesky, where a post has at most one
 * embed ({@code app.bsky.feed.post#embed}: images, external, record or recordWithMedia):
 * <ul>
 * <li>its images, when it has some;</li>
 * <li>a link card for the thread's paper ({@code app.bsky.embed.external}) on the first post
 *     that links to the paper (its arXiv page or DOI) and has no images, built from the paper's
 *     own metadata, never fetched;</li>
 * <li>the quoted post ({@code app.bsky.embed.record}) when the post links to a post on
 *     bsky.app; with images or the card as well, both go into {@code recordWithMedia}.</li>
 * </ul>
 * The composer's preview and the Bluesky publisher both ask here, so the preview shows what
 * will be posted.
 */
public final class PostEmbeds {
    /** How long a card's description may be (the Bluesky app shows two or three lines of it). */
    static final int DESCRIPTION_LENGTH = 300;
    private static final Pattern BSKY_POST = Pattern.compile(
            "https?://(?:www\\.)?bsky\\.app/profile/([A-Za-z0-9._:%-]+)/post/([a-z2-7]{13})\\b");

    private PostEmbeds() {
    }

    /** A link card: the paper's page with its title, a description and (when published) a thumbnail drawn from the paper. */
    public record Card(String uri, String title, String description) {
    }

    /** A post on Bluesky that a post links to, by the handle or DID in its URL and its record key. */
    public record Quote(String actor, String rkey, String url) {
    }

    /**
     * The embed of one post.
     *
     * @param images whether the post's own images are shown
     * @param card   the paper's card, or null
     * @param quote  the quoted post, or null
     */
    public record Plan(boolean images, Card card, Quote quote) {
        public boolean isEmpty() {
            return !images && card == null && quote == null;
        }
    }

    /** One plan per post of {@code thread}; {@code paper} is the thread's paper, or null. */
    public static List<Plan> of(PostThread thread, Paper paper) {
        Optional<Card> card = card(paper);
        List<Plan> out = new ArrayList<>();
        boolean carded = false;
        for (Post p : thread.posts()) {
            boolean images = !p.images().isEmpty();
            Card c = null;
            Optional<String> link = carded || images || card.isEmpty() ? Optional.empty() : linkTo(p.text(), paper);
            if (link.isPresent()) {
                // the card is for the link as the post writes it (abstract or PDF page, with or without version)
                c = new Card(link.get(), card.get().title(), card.get().description());
                carded = true;
            }
            out.add(new Plan(images, c, quote(p.text()).orElse(null)));
        }
        return out;
    }

    /** The paper's card: its arXiv abstract page, else its DOI; empty when it has neither. */
    public static Optional<Card> card(Paper paper) {
        if (paper == null) {
            return Optional.empty();
        }
        String link = Templates.link(paper);
        if (link.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Card(link, paper.displayTitle(), description(paper)));
    }

    /** "A. Author, B. Author et al. · 2024 · The abstract…", cut at a word to at most 300 characters. */
    static String description(Paper paper) {
        List<String> parts = new ArrayList<>();
        String authors = Templates.authors(paper.authors());
        if (!authors.isEmpty()) {
            parts.add(authors.substring("by ".length()));
        }
        if (paper.year() != null) {
            parts.add(paper.year().toString());
        }
        if (paper.abstractText() != null && !paper.abstractText().isBlank()) {
            parts.add(paper.abstractText().replaceAll("\\s+", " ").strip());
        }
        String all = String.join(" · ", parts);
        if (all.length() <= DESCRIPTION_LENGTH) {
            return all;
        }
        int cut = all.lastIndexOf(' ', DESCRIPTION_LENGTH - 1);
        return all.substring(0, cut > DESCRIPTION_LENGTH / 2 ? cut : DESCRIPTION_LENGTH - 1).strip() + "…";
    }

    /** The first link of {@code text} to the paper: one holding its arXiv id (any version) or its DOI. */
    static Optional<String> linkTo(String text, Paper paper) {
        String arxiv = paper.arxivId() == null ? "" : paper.arxivId().strip().toLowerCase(Locale.ROOT)
                .replaceFirst("^arxiv:", "").replaceFirst("v\\d+$", "");
        String doi = paper.doi() == null ? "" : paper.doi().strip().toLowerCase(Locale.ROOT)
                .replaceFirst("^(https?://(dx\\.)?doi\\.org/|doi:)", "");
        for (Facet f : Facets.detect(text)) {
            if (f.kind() != Facet.Kind.LINK) {
                continue;
            }
            String link = f.value().toLowerCase(Locale.ROOT);
            if (!arxiv.isEmpty() && link.contains("arxiv.org/") && link.contains(arxiv) || !doi.isEmpty() && link.contains(doi)) {
                return Optional.of(f.value());
            }
        }
        return Optional.empty();
    }

    /** The first bsky.app post URL in {@code text}. */
    public static Optional<Quote> quote(String text) {
        Matcher m = BSKY_POST.matcher(text == null ? "" : text);
        return m.find() ? Optional.of(new Quote(m.group(1), m.group(2), m.group())) : Optional.empty();
    }
}
