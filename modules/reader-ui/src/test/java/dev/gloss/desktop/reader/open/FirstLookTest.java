package dev.gloss.desktop.reader.open;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.desktop.reader.TestPdfs;
import dev.gloss.desktop.reader.render.EarlyView;
import dev.gloss.desktop.reader.render.OpenDocument;
import dev.gloss.desktop.reader.render.ReadingPosition;
import dev.gloss.desktop.reader.render.Zoom;
import dev.gloss.pdf.PageColors;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.raster.PageRasters;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Workspace;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.prefs.Preferences;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's first look ({@link FirstLook}) draws, outside the application, the view a new tab
 * will show first, from the preferences and workspace the application keeps on disk, and keeps it
 * as the file's splash picture at the place the reader's view had on the screen.
 */
class FirstLookTest {
    private static final Rectangle SCREEN = new Rectangle(0, 0, 1280, 900);
    /** Where the platform keeps the reader module's preferences in a user directory. */
    private static final String READER = "dev/gloss/gloss/reader/ui";

    @TempDir
    Path dir;
    /** A paper of ten pages, and its SHA-256. */
    private Path pdf;
    private String sha;

    @BeforeEach
    void tenPages() throws IOException {
        pdf = TestPdfs.write(dir.resolve("ten.pdf"), 10, 3, "the end");
        sha = Ids.sha256(pdf);
    }

    /** An archive the JVM could not use (no "sharing" in its java.vm.info) is made again next time. */
    @Test
    void theMarkOfAnArchiveThatCouldNotBeUsedIsRemoved() throws IOException {
        Path mark = Files.writeString(dir.resolve("cds-first-look.aot.drawn"), "");
        FirstLook.checkArchive(mark.toString(), "mixed mode, sharing");
        assertTrue(Files.exists(mark), "used: kept");
        FirstLook.checkArchive(null, "mixed mode");
        assertTrue(Files.exists(mark), "none named");
        FirstLook.checkArchive(mark.toString(), "mixed mode");
        assertTrue(Files.notExists(mark), "not used: made again by the next first look");
    }

    @Test
    void theReadersNodeIsNamedAsThePlatformNamesTheModules() throws IOException {
        assertEquals(READER, FirstLook.readerNode());
    }

    @Test
    void theViewIsKeptAtItsPlaceAsTheTabWillShowIt() throws Exception {
        Rectangle view = new Rectangle(300, 150, 640, 480);
        Path userdir = userdir(view, null, "pageColors=dark");
        Path ws = Files.createDirectories(dir.resolve("ws"));

        Path kept = FirstLook.keep(pdf, sha, ws, reader(userdir), SCREEN);

        assertEquals(PageRasters.in(Workspace.derivedFolder(ws)).splash(sha), kept);
        BufferedImage picture = ImageIO.read(kept.toFile());
        // the smallest picture the splash screen, which centres it, shows at the view's place
        // (300 px left out on either side, the view's distance from the nearer side; 150 above and below)
        assertEquals(1280 - 2 * 300, picture.getWidth());
        assertEquals(900 - 2 * 150, picture.getHeight());
        BufferedImage splash = asShown(picture);
        assertEquals(0, splash.getRGB(view.x - 1, view.y) >>> 24, "transparent around the view");
        assertEquals(0, splash.getRGB(view.x + view.width, view.y + view.height - 1) >>> 24);
        BufferedImage expected = view(pdf, sha, view.getSize(), PageColors.DARK, null);
        assertSamePixels(expected, splash.getSubimage(view.x, view.y, view.width, view.height));
    }

    /** The colour around the pages comes from the application's look, remembered with the view. */
    @Test
    void theViewIsDrawnInTheApplicationsLook() throws Exception {
        Rectangle view = new Rectangle(100, 100, 600, 500);
        Path userdir = userdir(view, null, "viewLookPanel=303030");
        Object before = javax.swing.UIManager.get("Panel.background");
        try {
            Path kept = FirstLook.keep(pdf, sha, Files.createDirectories(dir.resolve("ws")), reader(userdir), SCREEN);
            int around = asShown(ImageIO.read(kept.toFile())).getRGB(view.x + 2, view.y + view.height - 2) & 0xFFFFFF;
            int shade = (int) (0x30 * 0.90f); // PageView.backdrop: a shade darker than the look's panels
            assertEquals(shade << 16 | shade << 8 | shade, around, Integer.toHexString(around));
        } finally {
            javax.swing.UIManager.put("Panel.background", before);
        }
    }

    @Test
    void theRememberedPositionIsDrawn() throws Exception {
        Rectangle view = new Rectangle(100, 100, 600, 500);
        Path userdir = userdir(view, sha + "=4;120.0;125;1796671156323", null);

        Path kept = FirstLook.keep(pdf, sha, Files.createDirectories(dir.resolve("ws")), reader(userdir), SCREEN);

        BufferedImage expected = view(pdf, sha, view.getSize(), PageColors.PRINTED,
                new ReadingPosition(4, 120, Zoom.percent(125)));
        assertSamePixels(expected, asShown(ImageIO.read(kept.toFile())).getSubimage(view.x, view.y, view.width, view.height));
    }

    @Test
    void aPaperOfTheWorkspaceIsPlacedAsAPapersView() throws Exception {
        Rectangle file = new Rectangle(300, 200, 600, 400);
        Rectangle paper = new Rectangle(250, 120, 700, 600);
        Path userdir = userdir(file, null, "viewOnScreen.paper=250,120,700,600");
        Path ws = Files.createDirectories(dir.resolve("ws"));
        Files.createDirectories(ws.resolve("papers").resolve(Ids.paperId(sha)));
        Files.writeString(ws.resolve("papers").resolve(Ids.paperId(sha)).resolve("paper.json"), "{}");

        Path kept = FirstLook.keep(pdf, sha, ws, reader(userdir), SCREEN);

        BufferedImage splash = asShown(ImageIO.read(kept.toFile()));
        assertTrue((splash.getRGB(paper.x + 2, paper.y + 2) >>> 24) != 0, "the paper's place");
        assertEquals(0, splash.getRGB(paper.x - 1, paper.y + 2) >>> 24);
    }

    /** The screen as the JVM's splash screen shows {@code picture}: centred, on a transparent one. */
    private static BufferedImage asShown(BufferedImage picture) {
        assertEquals(0, (SCREEN.width - picture.getWidth()) % 2, "centred to the pixel");
        assertEquals(0, (SCREEN.height - picture.getHeight()) % 2);
        BufferedImage screen = new BufferedImage(SCREEN.width, SCREEN.height, BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = screen.createGraphics();
        g.drawImage(picture, (SCREEN.width - picture.getWidth()) / 2, (SCREEN.height - picture.getHeight()) / 2, null);
        g.dispose();
        return screen;
    }

    @Test
    void nothingIsDrawnWithoutAViewKeptBeforeOrOffTheScreen() throws Exception {
        Path ws = Files.createDirectories(dir.resolve("ws"));
        assertNull(FirstLook.keep(pdf, sha, ws, reader(userdir(null, null, null)), SCREEN));
        assertNull(FirstLook.keep(pdf, sha, ws, reader(userdir(new Rectangle(1000, 100, 600, 400), null, null)), SCREEN));
        assertTrue(Files.notExists(PageRasters.in(Workspace.derivedFolder(ws)).splash(sha)));
    }

    @Test
    void aPictureKeptMeanwhileIsNotWrittenOver() throws Exception {
        Path ws = Files.createDirectories(dir.resolve("ws"));
        PageRasters rasters = PageRasters.in(Workspace.derivedFolder(ws));
        rasters.putSplash(sha, new BufferedImage(SCREEN.width, SCREEN.height, BufferedImage.TYPE_INT_ARGB));
        byte[] before = Files.readAllBytes(rasters.splash(sha));

        assertNull(FirstLook.keep(pdf, sha, ws, reader(userdir(new Rectangle(10, 10, 500, 400), null, null)), SCREEN));
        assertArrayEquals(before, Files.readAllBytes(rasters.splash(sha)));
    }

    @Test
    void anEncryptedOrBrokenFileIsLeftToTheApplication() throws Exception {
        Path ws = Files.createDirectories(dir.resolve("ws"));
        Preferences reader = reader(userdir(new Rectangle(10, 10, 500, 400), null, null));
        Path plain = TestPdfs.write(dir.resolve("plain.pdf"), 2, 1, "secret");
        Path encrypted = dir.resolve("encrypted.pdf");
        try (PDDocument doc = Loader.loadPDF(plain.toFile())) {
            doc.protect(new StandardProtectionPolicy("owner", "", new AccessPermission()));
            doc.save(encrypted.toFile());
        }
        assertNull(FirstLook.keep(encrypted, Ids.sha256(encrypted), ws, reader, SCREEN), "its pages are never kept on disk");
        Path broken = Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.7\nnot a PDF at all");
        assertThrows(Exception.class, () -> FirstLook.keep(broken, Ids.sha256(broken), ws, reader, SCREEN));
        assertTrue(Files.notExists(Workspace.derivedFolder(ws).resolve("pages")), "nothing written");
    }

    @Test
    void thePreferencesAreReadAsSavedAndNeverWritten() throws Exception {
        Path userdir = userdir(new Rectangle(1, 2, 3, 4), "abc=1;2.0;fit-width;5", null);
        Preferences reader = reader(userdir);
        assertEquals("1,2,3,4", reader.get("viewOnScreen.file", null));
        assertEquals("1;2.0;fit-width;5", reader.node("positions").get("abc", null));
        assertNull(reader.get("absent", null));
        assertThrows(UnsupportedOperationException.class, () -> reader.put("viewOnScreen.file", "0,0,1,1"));
        assertNull(SavedPreferences.in(dir.resolve("nowhere")).node(READER).get("viewOnScreen.file", null));
    }

    /** A user directory whose reader kept a view at {@code view} (none when null), a position, and more. */
    private Path userdir(Rectangle view, String position, String more) throws IOException {
        Path userdir = Files.createDirectories(dir.resolve("user-" + System.nanoTime()));
        Path node = userdir.resolve("config/Preferences/" + READER);
        Files.createDirectories(node);
        Properties p = new Properties();
        if (view != null) {
            p.setProperty("viewOnScreen.file", view.x + "," + view.y + "," + view.width + "," + view.height);
        }
        if (more != null) {
            String[] kv = more.split("=", 2);
            p.setProperty(kv[0], kv[1]);
        }
        try (OutputStream out = Files.newOutputStream(node.resolveSibling("ui.properties"))) {
            p.store(out, null);
        }
        if (position != null) {
            Properties positions = new Properties();
            String[] kv = position.split("=", 2);
            positions.setProperty(kv[0], kv[1]);
            try (OutputStream out = Files.newOutputStream(node.resolve("positions.properties"))) {
                positions.store(out, null);
            }
        }
        return userdir;
    }

    private static Preferences reader(Path userdir) {
        return SavedPreferences.in(userdir).node(READER);
    }

    /** The view as the application draws it before a tab exists. */
    private static BufferedImage view(Path pdf, String sha, Dimension size, PageColors colors, ReadingPosition at)
            throws Exception {
        try (OpenDocument doc = new OpenDocument(PdfDocument.open(pdf), null, sha)) {
            doc.setLook(colors, false);
            BufferedImage img = EarlyView.draw(doc, size, false, at);
            assertNotNull(img);
            return img;
        }
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                if ((expected.getRGB(x, y) & 0xFFFFFF) != (actual.getRGB(x, y) & 0xFFFFFF)) {
                    throw new AssertionError("pixel " + x + "," + y + " differs: " + Integer.toHexString(expected.getRGB(x, y))
                            + " against " + Integer.toHexString(actual.getRGB(x, y)));
                }
            }
        }
    }
}
