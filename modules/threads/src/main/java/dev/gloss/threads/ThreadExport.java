package dev.gloss.threads;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gloss.workspace.Json;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostImage;
import dev.gloss.workspace.PostThread;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Exports of a thread for manual posting, review or scripts.
 * <ul>
 * <li>{@link #text}: the posts' texts separated by a line {@code ---}; {@code gloss thread new
 *     --file} reads it back (a post that itself holds a line {@code ---} would come back as two).</li>
 * <li>{@link #markdown}: a title, then each post as a quote with its number, images (alt text) and
 *     its length on every target platform, over-limit ones marked.</li>
 * <li>{@link #json}: the thread's fields, each post with {@code counts} per target platform
 *     ({@code length}, {@code limit}, {@code valid}).</li>
 * </ul>
 */
public final class ThreadExport {

    /** The line between posts in the text form. */
    public static final String SEPARATOR = "---";
    private static final Logger LOG = Logger.getLogger(ThreadExport.class.getName());

    private ThreadExport() {
    }

    /** Posts separated by a line {@code ---}, ending with a newline; empty for a thread without posts. */
    public static String text(PostThread t) {
        if (t.posts().isEmpty()) {
            return "";
        }
        return t.posts().stream().map(p -> p.text().strip())
                .collect(Collectors.joining("\n" + SEPARATOR + "\n", "", "\n"));
    }

    /** A Markdown document for review. */
    public static String markdown(PostThread t) {
        List<PlatformRules> rules = rules(t);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(t.title() == null || t.title().isBlank() ? "Thread " + t.id() : t.title().strip())
                .append("\n\n");
        if (!rules.isEmpty()) {
            md.append("Platforms: ").append(rules.stream().map(r -> r.platform().displayName())
                    .collect(Collectors.joining(", "))).append("  \n");
        }
        if (t.paperId() != null) {
            md.append("Paper: `").append(t.paperId()).append("`  \n");
        }
        md.append("Posts: ").append(t.posts().size()).append("\n");
        int n = 0;
        for (Post p : t.posts()) {
            n++;
            md.append("\n## ").append(n).append("/").append(t.posts().size()).append("\n\n");
            for (String line : p.text().strip().split("\n", -1)) {
                md.append(line.isEmpty() ? ">" : "> " + line).append("\n");
            }
            for (PostImage img : p.images()) {
                md.append("\n![").append(img.hasAlt() ? img.alt().replace("]", "\\]") : "")
                        .append("](").append(img.file()).append(")")
                        .append(img.hasAlt() ? "" : " **(no alt text)**").append("\n");
            }
            if (!rules.isEmpty()) {
                md.append("\n");
                List<String> counts = new ArrayList<>();
                for (PlatformRules r : rules) {
                    int len = r.count(p.text());
                    counts.add(r.platform().displayName() + " " + len + "/" + r.limit()
                            + (r.fits(p.text()) ? "" : " **over**"));
                }
                md.append("_").append(String.join(" · ", counts)).append("_\n");
            }
        }
        return md.toString();
    }

    /** The thread as one pretty JSON document, ending with a newline. */
    public static String json(PostThread t) {
        List<PlatformRules> rules = rules(t);
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("id", t.id());
        root.put("title", t.title());
        ArrayNode platforms = root.putArray("platforms");
        t.platforms().forEach(platforms::add);
        root.put("paperId", t.paperId());
        root.put("created", t.created() == null ? null : t.created().toString());
        root.put("modified", t.modified() == null ? null : t.modified().toString());
        ArrayNode posts = root.putArray("posts");
        for (Post p : t.posts()) {
            ObjectNode post = posts.addObject();
            post.put("text", p.text());
            ArrayNode images = post.putArray("images");
            for (PostImage img : p.images()) {
                images.addObject().put("file", img.file()).put("alt", img.alt());
            }
            ArrayNode sources = post.putArray("sources");
            p.sources().forEach(sources::add);
            ObjectNode counts = post.putObject("counts");
            for (PlatformRules r : rules) {
                counts.putObject(r.platform().id()).put("length", r.count(p.text())).put("limit", r.limit())
                        .put("valid", r.fits(p.text()));
            }
        }
        return new String(Json.pretty(root), StandardCharsets.UTF_8);
    }

    /** The rules of the thread's known target platforms, default limits; unknown ids are skipped. */
    public static List<PlatformRules> rules(PostThread t) {
        List<PlatformRules> out = new ArrayList<>();
        for (String id : t.platforms()) {
            try {
                PlatformRules r = PlatformRules.of(Platform.fromId(id));
                if (!out.contains(r)) {
                    out.add(r);
                }
            } catch (ThreadsException e) {
                LOG.warning("Thread " + t.id() + ": " + e.getMessage());
            }
        }
        return out;
    }
}
