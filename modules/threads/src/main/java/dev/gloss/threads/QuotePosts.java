package dev.gloss.threads;

import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.AnnotationType;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns highlights into posts: the quote in typographic quotes, its page, and a link to the paper
 * (its canonical link: arXiv's abstract page without a version, else the DOI's) once per thread,
 * as the {@link Templates#QUOTE} template writes it; a clip brings
 * its picture along, with alt text still to write. A note without a quote, or an annotation without
 * a page, is written in the same shape without the missing part. The composer uses it for
 * highlights dropped or sent to it.
 * <pre>
 * “Attention is all you need.” (p. 3)
 * https://arxiv.org/abs/1706.03762
 * </pre>
 */
public final class QuotePosts {
    private QuotePosts() {
    }

    /**
     * One post per annotation, in the given order, for a new thread; {@code papers} finds an
     * annotation's paper. A paper's link is given once: in the first post about it.
     */
    public static List<Post> posts(List<Annotation> annotations, Function<String, Optional<Paper>> papers) {
        return posts(annotations, papers, List.of());
    }

    /**
     * One post per annotation, in the given order, to add to a thread whose posts say
     * {@code thread}; {@code papers} finds an annotation's paper. A paper's link is given once:
     * not when a post of the thread already has it (the #ResearchMonday opener, an earlier
     * quote), and then only in the first new post about the paper.
     */
    public static List<Post> posts(List<Annotation> annotations, Function<String, Optional<Paper>> papers, List<String> thread) {
        List<String> texts = new ArrayList<>(thread);
        List<Post> out = new ArrayList<>();
        for (Annotation a : annotations) {
            Paper paper = a.paperId() == null ? null : papers.apply(a.paperId()).orElse(null);
            Post post = post(a, paper, paper != null && Templates.needsLink(texts, paper));
            out.add(post);
            texts.add(post.text());
        }
        return out;
    }

    /** The post quoting {@code a}, with the paper's link; {@code paper} may be null (then there is no link). */
    public static Post post(Annotation a, Paper paper) {
        return post(a, paper, true);
    }

    /** The post quoting {@code a}; the paper's link only when {@code withLink} and there is a paper. */
    public static Post post(Annotation a, Paper paper, boolean withLink) {
        StringBuilder text = new StringBuilder();
        String quote = normalize(a.exact());
        String note = a.note() == null ? "" : a.note().strip();
        if (!quote.isEmpty() && a.page() > 0) {
            // the quote template: the quote, its page, the paper's link when there is a paper
            return new Post(Templates.quote(unquote(quote), a.page(), paper, withLink), images(a), sources(a));
        }
        // no quote (a note, a clip) or no page: the same shape without what is missing
        if (!quote.isEmpty()) {
            text.append('\u201C').append(unquote(quote)).append('\u201D').append(' ');
        } else if (!note.isEmpty()) {
            text.append(note).append(' ');
        }
        if (a.page() > 0) {
            text.append("(p. ").append(a.page()).append(')');
        }
        String link = withLink ? link(paper) : null;
        if (link != null) {
            text.append('\n').append(link);
        }
        return new Post(text.toString().strip(), images(a), sources(a));
    }

    /** A clip's picture, with its alt text still to be written. */
    private static List<PostImage> images(Annotation a) {
        return a.type() == AnnotationType.CLIP && a.clip() != null && !a.clip().isBlank()
                ? List.of(new PostImage(a.clip(), "")) : List.of();
    }

    private static List<String> sources(Annotation a) {
        return a.id() == null ? List.of() : List.of(a.id());
    }

    /** A post holding dropped plain text, or null when the text is blank. */
    public static Post fromText(String text) {
        return text == null || text.isBlank() ? null : Post.of(text.strip());
    }

    /** The paper's arXiv abstract page, else its DOI resolver URL, else null. */
    public static String link(Paper paper) {
        if (paper == null) {
            return null;
        }
        String link = Templates.link(paper);
        return link.isBlank() ? null : link;
    }

    /** Text extracted from a PDF wraps lines inside a sentence: one space for any run of blanks. */
    private static String normalize(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    /** A quote that already carries its own quotation marks is not quoted twice. */
    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\u201C") && s.endsWith("\u201D") || s.startsWith("\"") && s.endsWith("\""))) {
            return s.substring(1, s.length() - 1).strip();
        }
        return s;
    }
}
