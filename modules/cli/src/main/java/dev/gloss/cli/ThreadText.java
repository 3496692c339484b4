package dev.gloss.cli;

import dev.gloss.threads.PlatformRules;
import dev.gloss.threads.ThreadExport;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import java.util.ArrayList;
import java.util.List;

/** Text helpers of {@code gloss thread}: reading posts separated by {@code ---}, and the {@code show} view. */
final class ThreadText {

    private static final int TITLE_LENGTH = 60;

    private ThreadText() {
    }

    /** Posts separated by lines holding only {@code ---} (blanks around it allowed); empty posts dropped. */
    static List<String> posts(String source) {
        List<String> out = new ArrayList<>();
        StringBuilder post = new StringBuilder();
        for (String line : source.split("\r?\n", -1)) {
            if (line.strip().equals(ThreadExport.SEPARATOR)) {
                add(out, post);
            } else {
                post.append(line).append('\n');
            }
        }
        add(out, post);
        return out;
    }

    private static void add(List<String> out, StringBuilder post) {
        String text = post.toString().strip();
        if (!text.isEmpty()) {
            out.add(text);
        }
        post.setLength(0);
    }

    /** The first line of the first post, shortened at a word to about 60 characters. */
    static String defaultTitle(String firstPost) {
        String line = firstPost.strip().lines().findFirst().orElse("").strip();
        if (line.codePointCount(0, line.length()) <= TITLE_LENGTH) {
            return line;
        }
        int cut = line.offsetByCodePoints(0, TITLE_LENGTH);
        int space = line.lastIndexOf(' ', cut);
        return line.substring(0, space > TITLE_LENGTH / 2 ? space : cut).strip() + "…";
    }

    static String stripTrailingNewlines(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
            end--;
        }
        return s.substring(0, end);
    }

    /** The {@code show} view: a header, then each post under a line with its lengths; OVER marks a post too long. */
    static String show(PostThread t, List<PlatformRules> rules) {
        StringBuilder sb = new StringBuilder();
        sb.append(t.id()).append("  ").append(t.title() == null ? "" : t.title()).append('\n');
        sb.append("platforms: ").append(t.platforms().isEmpty() ? "(none)" : String.join(", ", t.platforms()));
        if (t.paperId() != null) {
            sb.append("   paper: ").append(t.paperId());
        }
        sb.append("   posts: ").append(t.posts().size()).append('\n');
        int over = 0;
        int n = 0;
        for (Post p : t.posts()) {
            n++;
            sb.append('\n').append('[').append(n).append('/').append(t.posts().size()).append(']');
            boolean postOver = false;
            for (PlatformRules r : rules) {
                boolean fits = r.fits(p.text());
                postOver |= !fits;
                sb.append("  ").append(r.platform().id()).append(' ').append(r.count(p.text())).append('/')
                        .append(r.limit()).append(fits ? "" : " OVER");
            }
            if (!p.images().isEmpty()) {
                sb.append("  images: ").append(p.images().size());
                long noAlt = p.images().stream().filter(i -> !i.hasAlt()).count();
                if (noAlt > 0) {
                    sb.append(" (").append(noAlt).append(" without alt text)");
                }
            }
            over += postOver ? 1 : 0;
            sb.append('\n').append(p.text().strip()).append('\n');
        }
        if (over > 0) {
            sb.append('\n').append(over).append(over == 1 ? " post is" : " posts are").append(" over the limit.\n");
        }
        return sb.toString();
    }
}
