package dev.gloss.desktop.reader.open;

import dev.gloss.desktop.reader.render.OpenDocument;
import dev.gloss.desktop.reader.render.PdfBoxLogging;
import dev.gloss.desktop.reader.render.RasterKeeper;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.raster.PageRasters;
import dev.gloss.workspace.Workspace;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.SplashScreen;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.prefs.Preferences;

/**
 * The first page of a file opened from the command line, drawn in a JVM of its own while the
 * application's JVM boots, which takes a few seconds on two cores. {@code ./gloss FILE.pdf} starts it
 * beside the application for a file whose last view was not kept, with Gloss's splash picture
 * ({@code -splash:}), and the application without one. It draws the view the reader's tab will
 * show first, as {@link EarlyPage} draws it inside the application (the same code, so the same
 * pixels), keeps it as the file's splash picture ({@link PageRasters#splash}, a picture centred on
 * the screen with the view at its place) and shows that on its splash screen. The application's
 * main window takes it as its first picture when it maps over it, and ends this JVM once it has
 * painted (SplashCover in core-ui).
 * <p>
 * It reads the reader's preferences from the user directory's files, and the workspace only to
 * know whether the file is one of its papers (whose tab has no banner above the view). It writes
 * nothing but that picture, and not over one kept meanwhile. It exits once ended, or when the
 * process that started it (the application's launcher) has, or after {@value #AT_MOST_S} s. It
 * says on its standard output, as soon as it knows, {@code shown} or {@code none}: the launcher
 * starts the application then, the page first. It exits with 0 when the picture was shown, 1 when
 * nothing could be drawn early (no view kept before to place it by, a password, a broken file:
 * the application draws the page, or says why it cannot), 2 on a usage error.
 * <pre>
 * java -splash:PICTURE -cp ... dev.gloss.desktop.reader.open.FirstLook FILE SHA-256 WORKSPACE USERDIR
 * </pre>
 */
public final class FirstLook {
    static final int AT_MOST_S = 30;
    /** The system property naming the mark of an archive of classes that drew a page ({@link #markArchive}). */
    static final String DRAWN = "gloss.firstLook.drawn";
    /** The system property naming the mark of the archive of classes this JVM was started with ({@link #checkArchive}). */
    static final String ARCHIVED = "gloss.firstLook.archived";

    private FirstLook() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 4) {
            System.err.println("usage: FirstLook FILE SHA-256 WORKSPACE USERDIR");
            System.exit(2);
        }
        // the application ends this one; if it never does, its launcher's end or the time does
        java.util.concurrent.CountDownLatch end = new java.util.concurrent.CountDownLatch(1);
        ProcessHandle.current().parent().ifPresent(p -> p.onExit().thenRun(end::countDown));
        checkArchive(System.getProperty(ARCHIVED), System.getProperty("java.vm.info", ""));
        boolean shown = false;
        try {
            SplashScreen splash = SplashScreen.getSplashScreen();
            Preferences reader = SavedPreferences.in(Path.of(args[3])).node(readerNode());
            Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                    .getDefaultConfiguration().getBounds();
            Path picture = keep(Path.of(args[0]), args[1], Path.of(args[2]), reader, screen);
            if (picture != null && splash != null && splash.isVisible()) {
                splash.setImageURL(picture.toUri().toURL());
                shown = true;
                markArchive();
            }
        } catch (Exception | VirtualMachineError | LinkageError e) {
            // nothing drawn: the application reads the file again, and says why if it cannot;
            // the splash stays until the application ends this JVM
        }
        // the launcher starts the application once told (a line on standard output)
        System.out.println(shown ? "shown" : "none");
        System.out.flush();
        end.await(AT_MOST_S, java.util.concurrent.TimeUnit.SECONDS);
        System.exit(shown ? 0 : 1);
    }

    /**
     * A JVM started with an archive of classes it could not use (one cut short as it was written,
     * its writer ended; the JVM then runs without, and says no "sharing" in {@code vmInfo}) has
     * the archive's {@code mark} removed: the next first look makes it again.
     */
    static void checkArchive(String mark, String vmInfo) {
        if (mark != null && !vmInfo.contains("sharing")) {
            try {
                Files.deleteIfExists(Path.of(mark));
            } catch (IOException | RuntimeException e) {
                // kept: this start and the next run without the archive's classes, as before
            }
        }
    }

    /**
     * The launcher archives the classes of a first look that drew a page, for the next ones
     * ({@code -XX:ArchiveClassesAtExit}); it is told so by a mark beside the archive, named here.
     */
    private static void markArchive() {
        String mark = System.getProperty(DRAWN);
        if (mark != null) {
            try {
                Files.writeString(Path.of(mark), "");
            } catch (IOException | RuntimeException e) {
                // unmarked: the next first look archives again
            }
        }
    }

    /**
     * Draws the first view of {@code file} (whose SHA-256 is {@code sha256}) as a tab of the
     * workspace in {@code workspace} will show it, the reader's preferences being {@code reader},
     * and keeps it at its place on {@code screen} as the file's splash picture; that picture's
     * path, or null when nothing was drawn.
     */
    static Path keep(Path file, String sha256, Path workspace, Preferences reader, Rectangle screen) throws Exception {
        PdfBoxLogging.install();
        boolean paper = Workspace.hasPaperOf(workspace, sha256);
        Rectangle at = RasterKeeper.rememberedOnScreen(reader, paper);
        if (at == null || !screen.contains(at)) {
            return null;
        }
        PageRasters rasters = PageRasters.in(Workspace.derivedFolder(workspace));
        Path splash = rasters.splash(sha256);
        PdfDocument pdf = PdfDocument.open(file, null);
        try (OpenDocument doc = new OpenDocument(pdf, null, sha256)) {
            if (pdf.encrypted()) {
                return null; // the pages of an encrypted file are never kept on disk
            }
            EarlyPage.lookAsTheTab(doc, reader, paper);
            java.awt.Color panel = RasterKeeper.rememberedLookPanel(reader);
            if (panel != null) { // the colour around the pages comes from the application's look
                javax.swing.UIManager.put("Panel.background", new javax.swing.plaf.ColorUIResource(panel));
            }
            BufferedImage picture = EarlyPage.firstView(doc, reader, at.getSize(), () -> { });
            // one kept by the application meanwhile is the truth (its view may have moved on since)
            if (picture == null || Files.exists(splash)) {
                return null;
            }
            rasters.putSplash(sha256, RasterKeeper.onScreen(screen, at.getLocation(), picture));
            return splash;
        }
    }

    /**
     * The node of the reader's preferences, named as the platform names a module's node: its code
     * name base ({@code OpenIDE-Module} in this module's manifest), dots made slashes.
     */
    static String readerNode() throws IOException {
        Path code;
        try {
            code = Path.of(FirstLook.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        Manifest manifest;
        if (Files.isDirectory(code)) {
            try (InputStream in = Files.newInputStream(code.resolve("META-INF/MANIFEST.MF"))) {
                manifest = new Manifest(in);
            }
        } else {
            try (JarFile jar = new JarFile(code.toFile())) {
                manifest = jar.getManifest();
            }
        }
        String module = manifest == null ? null : manifest.getMainAttributes().getValue("OpenIDE-Module");
        if (module == null) {
            throw new IOException("no OpenIDE-Module in the manifest of " + code);
        }
        return module.replaceFirst("/.*", "").replace('.', '/');
    }
}
