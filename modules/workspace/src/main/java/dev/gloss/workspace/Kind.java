package dev.gloss.workspace;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * A collection of objects in the workspace and where their files live.
 *
 * @param <T> the object type
 */
public final class Kind<T> {
    public static final Kind<Paper> PAPERS = new Kind<>("paper", Paper.class, Paper::id,
            p -> Path.of("papers", p.id(), "paper.json"), id -> Path.of("papers", id, "paper.json"), Layout.PAPER_FOLDERS);
    public static final Kind<Annotation> ANNOTATIONS = new Kind<>("annotation", Annotation.class, Annotation::id,
            a -> Path.of("papers", a.paperId(), "annotations", a.id() + ".json"), id -> null, Layout.ANNOTATION_FOLDERS);
    public static final Kind<PostThread> THREADS = new Kind<>("thread", PostThread.class, PostThread::id,
            t -> Path.of("threads", t.id() + ".json"), id -> Path.of("threads", id + ".json"), Layout.flat("threads"));
    public static final Kind<QueueEntry> QUEUE = new Kind<>("queue entry", QueueEntry.class, QueueEntry::id,
            q -> Path.of("queue", q.id() + ".json"), id -> Path.of("queue", id + ".json"), Layout.flat("queue"));
    public static final Kind<AccountRef> ACCOUNTS = new Kind<>("account", AccountRef.class, AccountRef::id,
            a -> Path.of("accounts", a.id() + ".json"), id -> Path.of("accounts", id + ".json"), Layout.flat("accounts"));

    public static final List<Kind<?>> ALL = List.of(PAPERS, ANNOTATIONS, THREADS, QUEUE, ACCOUNTS);

    private final String name;
    private final Class<T> type;
    private final Function<T, String> id;
    private final Function<T, Path> relativePath;
    /** The file of an id alone; null for an annotation (its paper's folder is part of its path). */
    private final Function<String, Path> relativePathOfId;
    private final Layout layout;
    /** Made on first use: the object mapper costs ~100 ms to make in a new JVM, and a valid cache needs none. */
    private volatile ObjectReader reader;

    private Kind(String name, Class<T> type, Function<T, String> id, Function<T, Path> relativePath,
            Function<String, Path> relativePathOfId, Layout layout) {
        this.name = name;
        this.type = type;
        this.id = id;
        this.relativePath = relativePath;
        this.relativePathOfId = relativePathOfId;
        this.layout = layout;
    }

    /** A short name for messages: "paper", "annotation", "thread", "queue entry", "account". */
    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    public String idOf(T value) {
        return id.apply(value);
    }

    /** Reads one object file of this kind: exactly one JSON object, nothing after it. */
    ObjectReader reader() {
        ObjectReader r = reader;
        if (r == null) {
            r = Json.MAPPER.readerFor(type).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
            reader = r;
        }
        return r;
    }

    Path pathOf(T value) {
        return relativePath.apply(value);
    }

    /** Where the object with this id lives, when the id alone says it (null for an annotation). */
    Path pathOfId(String objectId) {
        return relativePathOfId.apply(objectId);
    }

    /** Every object file of this kind under {@code root}, skipping temp files. */
    List<Path> files(Path root) {
        try {
            return layout.files(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }

    /** How the files of a kind are laid out on disk. */
    interface Layout {
        List<Path> files(Path root) throws IOException;

        Layout PAPER_FOLDERS = root -> {
            List<Path> out = new ArrayList<>();
            for (Path dir : subfolders(root.resolve("papers"))) {
                Path json = dir.resolve("paper.json");
                if (Files.isRegularFile(json)) {
                    out.add(json);
                }
            }
            return out;
        };

        Layout ANNOTATION_FOLDERS = root -> {
            List<Path> out = new ArrayList<>();
            for (Path dir : subfolders(root.resolve("papers"))) {
                out.addAll(jsonFiles(dir.resolve("annotations")));
            }
            return out;
        };

        static Layout flat(String folder) {
            return root -> jsonFiles(root.resolve(folder));
        }

        /** The entries of {@code dir} not starting with a dot, sorted; none when it is not a folder. */
        private static List<Path> entries(Path dir, String suffix) throws IOException {
            // names only (no Path, no stat per entry: a workspace has 10,000 of them); null says
            // "not a folder" or "unreadable", and only the second is an error to report
            String[] names = dir.toFile().list();
            if (names == null) {
                if (Files.isDirectory(dir)) {
                    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
                        s.iterator().hasNext(); // throws the reason, such as AccessDeniedException
                    }
                }
                return List.of();
            }
            Arrays.sort(names);
            List<Path> out = new ArrayList<>(names.length);
            for (String n : names) {
                if (!n.startsWith(".") && n.endsWith(suffix)) {
                    out.add(dir.resolve(n));
                }
            }
            return out;
        }

        /** Paper folders (anything that is not a folder yields no files further down). */
        private static List<Path> subfolders(Path dir) throws IOException {
            return entries(dir, "");
        }

        private static List<Path> jsonFiles(Path dir) throws IOException {
            return entries(dir, ".json");
        }
    }
}
