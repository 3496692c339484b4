package dev.gloss.publish;

import dev.gloss.net.HttpTransport;
import dev.gloss.net.Retry;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostImage;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.QueueTarget;
import dev.gloss.workspace.Workspace;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;

/** Shared helpers for the publish tests: workspaces, threads, images, secrets, fast retries. */
public final class Fixtures {
    private Fixtures() {
    }

    /** Waits recorded by {@link #fastRetry}, instead of sleeping. */
    public static final class Waits {
        public final List<Duration> waits = new CopyOnWriteArrayList<>();
    }

    /** Four attempts without real waiting; waits are recorded. */
    public static Retry fastRetry(Waits w) {
        return new Retry(4, Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofMinutes(2), d -> w.waits.add(d));
    }

    /** A transport with short timeouts for loopback servers. */
    public static HttpTransport transport() {
        return new HttpTransport(Duration.ofSeconds(5), Duration.ofSeconds(20), Clock.systemUTC());
    }

    /** Secrets in a temp folder, with a fake environment. */
    public static Secrets secrets(Path dir, Map<String, String> env) {
        return new Secrets(new FileSecretStore(dir), env::get);
    }

    public static Secrets secrets(Path dir) {
        return secrets(dir, new ConcurrentHashMap<>());
    }

    /** A PNG of the given size, written to {@code file}. */
    public static Path png(Path file, int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(30, 90, 160));
        g.fillRect(0, 0, w, h);
        g.setColor(Color.WHITE);
        g.fillOval(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        Files.createDirectories(file.getParent());
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    /** The marker bytes of the Exif segment {@link #jpegWithExif} writes, to look for in uploads. */
    public static final byte[] EXIF_GPS = "Exif\0\0GPS 52.5200N 13.4050E camera X100".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    /** A JPEG of the given size carrying an APP1 Exif segment (a camera and a GPS position), written to {@code file}. */
    public static Path jpegWithExif(Path file, int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(200, 80, 40));
        g.fillRect(0, 0, w, h);
        g.dispose();
        java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
        ImageIO.write(img, "jpeg", plain);
        byte[] b = plain.toByteArray();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(b, 0, 2);
        int len = EXIF_GPS.length + 2;
        out.write(0xFF);
        out.write(0xE1);
        out.write(len >>> 8);
        out.write(len & 0xff);
        out.write(EXIF_GPS, 0, EXIF_GPS.length);
        out.write(b, 2, b.length - 2);
        Files.createDirectories(file.getParent());
        Files.write(file, out.toByteArray());
        return file;
    }

    /** Whether {@code data} contains {@code part}. */
    public static boolean contains(byte[] data, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= data.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The one target of an entry queued for one account. */
    public static QueueTarget only(QueueEntry e) {
        if (e.targets().size() != 1) {
            throw new IllegalArgumentException(e.id() + " has " + e.targets().size() + " targets");
        }
        return e.targets().get(0);
    }

    /** The entry with its one target changed. */
    public static QueueEntry withOnly(QueueEntry e, java.util.function.UnaryOperator<QueueTarget> change) {
        return e.withTarget(change.apply(only(e)), Instant.now());
    }

    /** Saves a thread of the given posts. */
    public static PostThread thread(Workspace ws, String title, List<Post> posts) {
        Instant now = Instant.now();
        return ws.save(Kind.THREADS, new PostThread(Ids.newId(), title, List.of("bluesky", "mastodon"), null, posts, now, now));
    }

    /** A thread of {@code n} plain numbered posts. */
    public static PostThread numbered(Workspace ws, int n) {
        List<Post> posts = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            posts.add(Post.of(i + "/" + n + " A post of a test thread, number " + i + "."));
        }
        return thread(ws, "numbered", posts);
    }

    /** A post with one image and its alt text. */
    public static Post withImage(String text, String file, String alt) {
        return new Post(text, List.of(new PostImage(file, alt)), List.of());
    }

    /** The tracked files only: .gloss/ (locks, index) is git-ignored and never travels. */
    public static void copyAsGitWould(Path from, Path to) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path rel = from.relativize(f);
                if (rel.startsWith(".gloss")) {
                    continue;
                }
                Path target = to.resolve(rel.toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Two queues (two clones of a workspace) publishing what is due at the same moment, on two threads: their first outcomes. */
    public static List<Outcome> publishDueAtOnce(QueueService a, QueueService b) throws Exception {
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<Outcome> fa = two.submit(() -> a.publishDue().get(0));
            java.util.concurrent.Future<Outcome> fb = two.submit(() -> b.publishDue().get(0));
            return List.of(fa.get(2, java.util.concurrent.TimeUnit.MINUTES), fb.get(2, java.util.concurrent.TimeUnit.MINUTES));
        } finally {
            two.shutdownNow();
        }
    }
}
