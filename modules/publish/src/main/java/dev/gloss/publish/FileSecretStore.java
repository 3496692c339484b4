package dev.gloss.publish;

import dev.gloss.workspace.FileFailure;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.openide.util.lookup.ServiceProvider;

/**
 * Secrets as files readable only by the user: one file per key (mode 0600) in a folder of mode
 * 0700, by default {@code $XDG_CONFIG_HOME/gloss/secrets} (else {@code ~/.config/gloss/secrets});
 * the system property {@code gloss.secrets} names another folder. Written atomically.
 */
@ServiceProvider(service = SecretStore.class, position = 10000)
public final class FileSecretStore implements SecretStore {
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwx------");

    private final Path fixed;

    /** The default folder (see the class comment), looked up at each use. */
    public FileSecretStore() {
        this.fixed = null;
    }

    public FileSecretStore(Path dir) {
        this.fixed = dir.toAbsolutePath().normalize();
    }

    /** {@code -Dgloss.secrets}, else {@code $XDG_CONFIG_HOME/gloss/secrets}, else {@code ~/.config/gloss/secrets}. */
    public static Path defaultFolder() {
        String prop = System.getProperty("gloss.secrets");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("gloss").resolve("secrets");
    }

    public Path folder() {
        return fixed != null ? fixed : defaultFolder().toAbsolutePath().normalize();
    }

    @Override
    public Optional<char[]> read(String key) {
        Path f = file(key);
        byte[] bytes = null;
        try {
            bytes = Files.readAllBytes(f);
            CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
            char[] out = new char[chars.remaining()];
            chars.get(out);
            Arrays.fill(chars.array(), '\0');
            return Optional.of(out);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new PublishSetupException(PublishSetupException.Reason.SECRET_UNREADABLE, e, f, FileFailure.of(e));
        } finally {
            if (bytes != null) {
                Arrays.fill(bytes, (byte) 0);
            }
        }
    }

    @Override
    public void save(String key, char[] secret) {
        Path f = file(key);
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret));
        Path tmp = null;
        try {
            createPrivateFolder();
            Path dir = f.getParent();
            tmp = posix() ? Files.createTempFile(dir, ".tmp-", "", PosixFilePermissions.asFileAttribute(FILE))
                    : Files.createTempFile(dir, ".tmp-", "", new FileAttribute<?>[0]);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                while (bytes.hasRemaining()) {
                    ch.write(bytes);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new PublishSetupException(PublishSetupException.Reason.SECRET_UNWRITABLE, e, f, FileFailure.of(e));
        } finally {
            Arrays.fill(bytes.array(), (byte) 0);
            deleteQuietly(tmp);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(file(key));
        } catch (IOException e) {
            throw new PublishSetupException(PublishSetupException.Reason.SECRET_UNDELETABLE, e, file(key), FileFailure.of(e));
        }
    }

    @Override
    public String describe() {
        return "files in " + folder();
    }

    private Path file(String key) {
        if (!key.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}")) {
            throw new IllegalArgumentException("not a valid secret key: " + key);
        }
        return folder().resolve(key);
    }

    private void createPrivateFolder() throws IOException {
        Path dir = folder();
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir.getParent());
            if (posix()) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIR));
            } else {
                Files.createDirectories(dir);
            }
        }
        if (posix()) {
            // the umask may have widened it, or someone else created it
            Files.setPosixFilePermissions(dir, DIR);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            java.util.logging.Logger.getLogger(FileSecretStore.class.getName())
                    .log(java.util.logging.Level.WARNING, "cannot remove the temporary file {0}", tmp);
        }
    }
}
