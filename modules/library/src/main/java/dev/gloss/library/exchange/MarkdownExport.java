package dev.gloss.library.exchange;

import dev.gloss.library.LibraryException;
import dev.gloss.library.Papers;
import dev.gloss.library.anchor.Clips;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.AnnotationType;
import dev.gloss.workspace.AtomicFiles;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Annotations as Markdown, for notes apps and blogs: one section per paper, one per page, each
 * annotation as its quote (a blockquote), its note, its tags and a link to the page of the PDF
 * ({@code paper.pdf#page=3}, which browsers' and most desktop PDF viewers honour). Clips appear
 * as images. Links are relative to the folder the Markdown is written to, so the file keeps
 * working next to the workspace.
 */
public final class MarkdownExport {
    private MarkdownExport() {
    }

    /**
     * Writes the Markdown of one paper ({@code paperId} = id or unique prefix) or, with null, of all
     * papers that have annotations.
     *
     * @return how many annotations were written
     */
    public static int export(Workspace ws, String paperId, Path out) {
        List<Paper> papers = paperId == null ? ws.papers() : List.of(Papers.find(ws, paperId));
        Path base = out.toAbsolutePath().getParent();
        StringBuilder md = new StringBuilder();
        int count = render(ws, papers, base, md);
        try {
            AtomicFiles.write(out, md.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LibraryException(e, LibraryException.Reason.CANNOT_WRITE, out, String.valueOf(e.getMessage()));
        }
        return count;
    }

    /**
     * Appends the Markdown of {@code papers} to {@code md}; papers without annotations are left out
     * when there are several.
     *
     * @param linkBase the folder links are relative to, or null for bare file names
     * @return how many annotations were rendered
     */
    public static int render(Workspace ws, List<Paper> papers, Path linkBase, StringBuilder md) {
        int count = 0;
        for (Paper p : papers) {
            List<Annotation> anns = ws.annotations(p.id()).stream().sorted(AnnotationOrder.READING).toList();
            if (anns.isEmpty() && papers.size() > 1) {
                continue;
            }
            if (md.length() > 0) {
                md.append('\n');
            }
            String pdf = link(ws, linkBase, ws.paperFile(p));
            md.append("# ").append(escape(p.displayTitle())).append("\n\n");
            StringBuilder byline = new StringBuilder();
            if (!p.authors().isEmpty()) {
                byline.append(escape(String.join(", ", p.authors())));
            }
            if (p.arxivId() != null) {
                byline.append(byline.length() > 0 ? " · " : "").append("[arXiv:").append(p.arxivId())
                        .append("](https://arxiv.org/abs/").append(p.arxivId()).append(')');
            }
            if (p.doi() != null) {
                byline.append(byline.length() > 0 ? " · " : "").append("[doi:").append(p.doi())
                        .append("](https://doi.org/").append(p.doi()).append(')');
            }
            byline.append(byline.length() > 0 ? " · " : "").append("[PDF](").append(pdf).append(')');
            md.append(byline).append("\n");
            if (anns.isEmpty()) {
                md.append("\nNo annotations yet.\n");
            }
            int page = -1;
            for (Annotation a : anns) {
                if (a.page() != page) {
                    page = a.page();
                    md.append("\n## Page ").append(page).append("\n");
                }
                md.append('\n');
                annotation(ws, linkBase, pdf, a, md);
                count++;
            }
        }
        return count;
    }

    private static void annotation(Workspace ws, Path linkBase, String pdf, Annotation a, StringBuilder md) {
        if (!a.exact().isBlank()) {
            // the page's line breaks are layout, not the author's: the quote is reflowed
            md.append("> ").append(escape(a.exact().replaceAll("\\s+", " ").strip())).append("\n\n");
        }
        if (a.type() == AnnotationType.CLIP && a.clip() != null) {
            md.append("![Clip from page ").append(a.page()).append("](")
                    .append(link(ws, linkBase, ws.root().resolve(a.clip()))).append(")\n\n");
        }
        if (a.note() != null && !a.note().isBlank()) {
            md.append(a.note().strip()).append("\n\n");
        }
        StringBuilder meta = new StringBuilder();
        if (!a.tags().isEmpty()) {
            meta.append("Tags: ");
            for (int i = 0; i < a.tags().size(); i++) {
                meta.append(i > 0 ? " " : "").append('#').append(a.tags().get(i).replace(' ', '-'));
            }
            meta.append(" · ");
        }
        meta.append(a.color() == null ? "" : a.color() + " ").append(kind(a.type())).append(" · ")
                .append("[page ").append(a.page()).append("](").append(pdf).append("#page=").append(a.page()).append(')');
        md.append(meta).append('\n');
    }

    private static String kind(AnnotationType t) {
        return switch (t) {
            case HIGHLIGHT -> "highlight";
            case UNDERLINE -> "underline";
            case STRIKEOUT -> "strike-out";
            case SQUIGGLY -> "squiggly underline";
            case NOTE -> "note";
            case FREETEXT -> "text box";
            case INK -> "drawing";
            case CLIP -> "clip";
        };
    }

    /** A link from the Markdown's folder to a file, percent-encoded, with forward slashes. */
    static String link(Workspace ws, Path linkBase, Path target) {
        String path;
        if (linkBase == null) {
            path = target.getFileName().toString();
        } else {
            Path t = target.toAbsolutePath().normalize();
            Path b = linkBase.toAbsolutePath().normalize();
            path = t.getRoot() != null && t.getRoot().equals(b.getRoot()) ? b.relativize(t).toString() : t.toString();
        }
        path = path.replace('\\', '/');
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            return path.replace(" ", "%20");
        }
    }

    /** Escapes the characters Markdown would read as formatting. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_[]<>|".indexOf(c) >= 0 || (c == '#' && i == 0)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
