package dev.gloss.desktop.reader.open;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.Preferences;

/**
 * The preferences the application keeps in a user directory, read from their files outside the
 * platform, for {@link FirstLook}, which runs before the application has started. The platform
 * keeps each node as {@code config/Preferences/<node's path>.properties} (a properties file), its
 * children in the folder of the same name beside it. Read-only: a change is refused. A file that
 * cannot be read counts as empty.
 */
final class SavedPreferences extends AbstractPreferences {
    private static final String SUFFIX = ".properties";
    /** The node's file without its suffix: also the folder of its children. */
    private final Path base;
    private final Properties values = new Properties();

    private SavedPreferences(SavedPreferences parent, String name, Path base) {
        super(parent, name);
        this.base = base;
        Path file = base.resolveSibling(base.getFileName() + SUFFIX);
        if (parent != null && Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                values.clear(); // unreadable: as if nothing was kept
            }
        }
    }

    /** The root of the preferences kept in {@code userdir}. */
    static Preferences in(Path userdir) {
        return new SavedPreferences(null, "", userdir.resolve("config").resolve("Preferences"));
    }

    @Override
    protected String getSpi(String key) {
        return values.getProperty(key);
    }

    @Override
    protected String[] keysSpi() {
        return values.stringPropertyNames().toArray(String[]::new);
    }

    @Override
    protected String[] childrenNamesSpi() throws java.util.prefs.BackingStoreException {
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(base)) {
            try (DirectoryStream<Path> children = Files.newDirectoryStream(base)) {
                for (Path c : children) {
                    String n = c.getFileName().toString();
                    String name = n.endsWith(SUFFIX) ? n.substring(0, n.length() - SUFFIX.length()) : n;
                    if (!names.contains(name)) {
                        names.add(name);
                    }
                }
            } catch (IOException e) {
                throw new java.util.prefs.BackingStoreException(e);
            }
        }
        return names.toArray(String[]::new);
    }

    @Override
    protected AbstractPreferences childSpi(String name) {
        return new SavedPreferences(this, name, base.resolve(name));
    }

    @Override
    protected void putSpi(String key, String value) {
        throw new UnsupportedOperationException("read-only: the preferences of the user directory as saved");
    }

    @Override
    protected void removeSpi(String key) {
        throw new UnsupportedOperationException("read-only: the preferences of the user directory as saved");
    }

    @Override
    protected void removeNodeSpi() {
        throw new UnsupportedOperationException("read-only: the preferences of the user directory as saved");
    }

    @Override
    protected void syncSpi() {
    }

    @Override
    protected void flushSpi() {
    }
}
