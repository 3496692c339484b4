package dev.gloss.desktop.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Files handed to the Gloss already running, the fast way: {@code ./gloss FILE.pdf} finds this
 * instance's {@value #OWNER} file in the user directory's {@value #FOLDER} folder, writes the
 * file names into a {@code *.paths} file there (written aside, then renamed in) and waits for
 * it to be taken. The platform's own way (a second JVM that connects to the running one) takes
 * two seconds; this takes a few milliseconds. When no instance takes a request in time, the
 * launcher takes it back and starts the platform's launcher as before.
 * <p>
 * The launcher's side is in {@code ./gloss}; the two agree on the names below.
 */
public final class OpenRequests implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(OpenRequests.class.getName());
    /** The folder under the user directory. */
    public static final String FOLDER = "var/open-requests";
    /** Holds the watching JVM's process id. */
    public static final String OWNER = "owner";
    private static final String SUFFIX = ".paths";

    private final Path folder;
    private final Consumer<List<Path>> open;
    private final WatchService watch;
    private final Thread thread;

    private OpenRequests(Path folder, Consumer<List<Path>> open) throws IOException {
        this.folder = Files.createDirectories(folder);
        this.open = open;
        this.watch = folder.getFileSystem().newWatchService();
        folder.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        this.thread = new Thread(this::loop, "Gloss open requests");
        thread.setDaemon(true);
    }

    /**
     * Starts taking requests in {@code folder} (created if needed), handing each request's files
     * to {@code open} on the watching thread; then says so in the owner file.
     */
    public static OpenRequests start(Path folder, Consumer<List<Path>> open) throws IOException {
        OpenRequests r = new OpenRequests(folder, open);
        r.thread.start();
        r.takeAll(); // any written before the watch began
        Path tmp = folder.resolve(OWNER + ".tmp");
        Files.writeString(tmp, ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, folder.resolve(OWNER), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return r;
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = watch.take();
                key.pollEvents();
                takeAll();
                if (!key.reset()) {
                    LOG.info("The folder of open requests is gone: " + folder);
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            LOG.log(Level.FINE, "Open requests closed", e);
        }
    }

    /** Takes every complete request: reads it, deletes it (the launcher sees it taken), opens its files. */
    synchronized void takeAll() {
        List<Path> requests = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            s.forEach(requests::add);
        } catch (IOException e) {
            LOG.log(Level.INFO, "Cannot list " + folder, e);
            return;
        }
        for (Path request : requests) {
            List<Path> files = new ArrayList<>();
            try {
                for (String line : Files.readAllLines(request, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        files.add(real(Path.of(line)));
                    }
                }
                Files.delete(request);
            } catch (NoSuchFileException e) {
                continue; // the launcher took it back (it waited too long)
            } catch (IOException e) {
                LOG.log(Level.INFO, "Cannot take the open request " + request, e);
                continue;
            }
            LOG.log(Level.INFO, "Open request: {0}", files);
            open.accept(files);
        }
    }

    /**
     * The file itself, as the platform's launcher names it (links and dots resolved): the launcher
     * writes names as given, made absolute, without starting a program to resolve them.
     */
    private static Path real(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException | RuntimeException e) {
            return file.toAbsolutePath().normalize(); // gone meanwhile: opening it says so
        }
    }

    /** Stops taking requests: the owner file goes first, so the launcher no longer waits for this instance. */
    @Override
    public void close() throws IOException {
        Files.deleteIfExists(folder.resolve(OWNER));
        watch.close();
    }
}
