package dev.gloss.desktop.composer;

import dev.gloss.workspace.AtomicFiles;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.openide.util.NbBundle;

/**
 * Images of threads inside the workspace: a file the user adds is copied to
 * {@code threads/media/<threadId>/}, so the workspace stays self-contained and shareable.
 * Paths are stored workspace-relative with {@code /} separators.
 */
@NbBundle.Messages({
    "# {0} - file name",
    "ERR_NotImage={0} is not a PNG or JPEG image.",
    "# {0} - file name",
    "ERR_NoFile={0} does not exist.",
    "# {0} - file name",
    "# {1} - reason",
    "ERR_CopyImage=Cannot add {0}: {1}"
})
final class MediaStore {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private MediaStore() {
    }

    /**
     * Copies a PNG or JPEG into the thread's media folder and returns its workspace-relative path.
     * The same bytes added twice are stored once.
     *
     * @throws ComposerException when the file is missing, unreadable or not a PNG/JPEG
     */
    static String importImage(Workspace ws, String threadId, Path source) {
        String name = source.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(source);
        } catch (NoSuchFileException e) {
            throw new ComposerException(Bundle.ERR_NoFile(name), e);
        } catch (IOException e) {
            throw new ComposerException(Bundle.ERR_CopyImage(name, e.getMessage()), e);
        }
        String ext = extension(bytes);
        if (ext == null) {
            throw new ComposerException(Bundle.ERR_NotImage(name));
        }
        if (!Ids.isSafe(threadId)) {
            throw new IllegalArgumentException("unsafe thread id " + threadId);
        }
        Path folder = ws.root().resolve("threads").resolve("media").resolve(threadId);
        String base = safeBase(name);
        try {
            for (int n = 1; ; n++) {
                String file = (n == 1 ? base : base + "-" + n) + "." + ext;
                Path target = folder.resolve(file);
                if (!Files.exists(target)) {
                    AtomicFiles.write(target, bytes);
                    return "threads/media/" + threadId + "/" + file;
                }
                if (Arrays.equals(Files.readAllBytes(target), bytes)) {
                    return "threads/media/" + threadId + "/" + file;
                }
            }
        } catch (IOException e) {
            throw new ComposerException(Bundle.ERR_CopyImage(name, e.getMessage()), e);
        }
    }

    /** The file of an image path as stored in a post: workspace-relative, or absolute. */
    static Path resolve(Path workspaceRoot, String file) {
        Path p = Path.of(file);
        return p.isAbsolute() ? p : workspaceRoot.resolve(file);
    }

    /** "png" or "jpg" by the file's first bytes, or null for anything else. */
    static String extension(byte[] head) {
        if (startsWith(head, PNG)) {
            return "png";
        }
        return startsWith(head, JPEG) ? "jpg" : null;
    }

    private static boolean startsWith(byte[] data, byte[] magic) {
        return data.length >= magic.length && Arrays.equals(Arrays.copyOf(data, magic.length), magic);
    }

    /** A file name stem safe on every file system: letters, digits, dash and underscore. */
    private static String safeBase(String name) {
        int dot = name.lastIndexOf('.');
        String stem = (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
        if (stem.isEmpty()) {
            stem = "image";
        }
        return stem.length() > 40 ? stem.substring(0, 40) : stem;
    }
}
