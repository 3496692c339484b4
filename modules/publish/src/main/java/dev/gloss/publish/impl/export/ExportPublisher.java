package dev.gloss.publish.impl.export;

import dev.gloss.publish.impl.ImageFile;
import dev.gloss.publish.PublishException;
import dev.gloss.publish.PublishJob;
import dev.gloss.publish.Publisher;
import dev.gloss.threads.Platform;
import dev.gloss.threads.PlatformRules;
import dev.gloss.threads.ThreadChecks;
import dev.gloss.threads.ThreadExport;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.AtomicFiles;
import dev.gloss.workspace.FileFailure;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostImage;
import dev.gloss.workspace.PostThread;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.openide.util.lookup.ServiceProvider;

/**
 * "Publishes" to platforms Gloss cannot post to (X, LinkedIn, Threads) by writing the thread
 * as ready-to-paste files: {@code exports/<entryId>/<platform>/01.txt, 02.txt, ...}, the images beside
 * them ({@code 01-1.png}), the whole thread in {@code thread.txt} (posts between {@code ---}
 * lines, as {@code gloss thread new --file} reads it), and a {@code CHECKLIST.md}
 * to tick off while posting by hand. The target is then published, each post's remote id being
 * its file.
 */
@ServiceProvider(service = Publisher.class)
public final class ExportPublisher implements Publisher {
    private static final Set<String> KINDS = Set.of(Platform.X.id(), Platform.LINKEDIN.id(), Platform.THREADS.id());

    @Override
    public boolean supports(String accountKind) {
        return KINDS.contains(accountKind);
    }

    /** Only the accounts whose threads are exported: one signed in is published natively. */
    @Override
    public boolean supports(dev.gloss.workspace.AccountRef account) {
        return account.isExport();
    }

    /** The export folder of an entry's target on a platform, relative to the workspace. */
    public static Path folder(String entryId, String platform) {
        return Path.of("exports", entryId, platform);
    }

    @Override
    public void publish(PublishJob job) throws PublishException {
        job.requireFits();
        Path rel = folder(job.entry().id(), job.account().kind());
        Path dir = job.workspace().root().resolve(rel);
        PlatformRules rules = ThreadChecks.rules(job.account());
        List<Post> posts = job.thread().posts();
        StringBuilder list = new StringBuilder();
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < posts.size(); i++) {
                Post p = posts.get(i);
                String name = String.format(Locale.ROOT, "%02d", i + 1);
                write(dir.resolve(name + ".txt"), p.text());
                list.append("- [ ] Post ").append(i + 1).append(": paste `").append(name).append(".txt` (")
                        .append(rules.count(p.text())).append(" of ").append(rules.limit()).append(" characters)")
                        .append(i == 0 ? "" : " as a reply to post " + i).append('\n');
                int n = 1;
                for (PostImage img : p.images()) {
                    ImageFile f = ImageFile.read(job.workspace().root(), img);
                    String imgName = name + "-" + n++ + extension(f.mimeType());
                    AtomicFiles.write(dir.resolve(imgName), f.bytes());
                    list.append("  - [ ] attach `").append(imgName).append("` with alt text: ")
                            .append(f.alt().isBlank() ? "(none given: write one)" : f.alt().replace('\n', ' ')).append('\n');
                }
            }
            write(dir.resolve("thread.txt"), ThreadExport.text(job.thread()));
            write(dir.resolve("CHECKLIST.md"), checklist(job, rules, list));
            for (int i = 0; i < posts.size(); i++) {
                if (job.post(i).map(x -> x.exists()).orElse(false)) {
                    continue;
                }
                Path file = dir.resolve(String.format(Locale.ROOT, "%02d.txt", i + 1));
                job.saveRemote(i, null, rel.resolve(file.getFileName()).toString().replace('\\', '/'), null, file.toUri().toString());
            }
        } catch (IOException e) {
            throw new PublishException(e, PublishException.Reason.EXPORT_UNWRITABLE, dir, FileFailure.of(e));
        }
    }

    private static String checklist(PublishJob job, PlatformRules rules, StringBuilder list) {
        String platform = rules.platform().displayName();
        String title = job.thread().title() == null || job.thread().title().isBlank() ? job.thread().id() : job.thread().title();
        ZoneId zone = job.entry().zone() != null ? ZoneId.of(job.entry().zone()) : job.clock().getZone();
        String when = job.at() == null ? "now"
                : DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm z", Locale.ENGLISH).format(job.at().atZone(zone));
        String handle = job.account().handle() == null ? "" : " as " + job.account().handle();
        return "# " + title + " — post to " + platform + "\n\n"
                + "Scheduled for " + when + handle + ". Gloss cannot post to " + platform
                + " itself: paste each file in order, each post after the first as a reply to the one before.\n\n"
                + list
                + "\nThe whole thread is in `thread.txt`.\n";
    }

    private static void write(Path file, String text) throws IOException {
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String extension(String mime) {
        return switch (mime) {
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "image/gif" -> ".gif";
            default -> ".webp";
        };
    }
}
