package dev.gloss.desktop.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.desktop.core.GlossWorkspace;
import dev.gloss.desktop.reader.render.OpenDocument;
import dev.gloss.library.PaperImporter;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.PdfLink;
import dev.gloss.sources.PaperPdfs;
import dev.gloss.sources.ScholarlyServer;
import dev.gloss.sources.SourceSettings;
import dev.gloss.testing.Corpus;
import dev.gloss.testing.GuiTest;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Rect;
import dev.gloss.workspace.Workspace;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openide.awt.StatusDisplayer;

/**
 * The citation card's Add to Library, in a real window with the library's real {@code PaperLinks}
 * and the local arXiv and PDF hosts ({@link ScholarlyServer}): an entry with a PDF's address is
 * added from it and handed to the platform to open (the reader opening it is AddFromLinkIT's); an
 * entry whose arXiv id the library has says Open instead, found without a request, and opens that paper; an entry with only a publisher's page has neither.
 */
@GuiTest
class CitationCardLibraryGuiTest {
    private static final long PATIENCE_MS = 60_000;
    /** Bird et al., 2008 in the ACL paper: its entry's address is the LREC proceedings' PDF. */
    private static final String BIRD_PDF = "http://www.lrec-conf.org/proceedings/lrec2008/pdf/445_paper.pdf";
    @TempDir
    Path dir;
    private ScholarlyServer hosts;
    private Workspace ws;
    private JFrame frame;
    private ReaderPanel panel;
    /** What the status line said: the reader itself is not installed in a plain test, so opening a paper says so there, naming its file. */
    private final List<String> status = new CopyOnWriteArrayList<>();
    private final javax.swing.event.ChangeListener statusLine = e -> status.add(StatusDisplayer.getDefault().getStatusText());

    @BeforeEach
    void start() throws Exception {
        hosts = ScholarlyServer.start();
        GlossWorkspace.future().complete(Workspace.open(dir.resolve("ws")));
        ws = GlossWorkspace.future().get(10, TimeUnit.SECONDS);
        ws.saveSettings(hosts.settings(Duration.ZERO, "reader@example.org")
                .withMirror("http://www.lrec-conf.org/", hosts.base().resolve("lrec/").toString()).into(ws.settings()));
        StatusDisplayer.getDefault().addChangeListener(statusLine);
        Path paper = dir.resolve("2020.acl-main.447.pdf");
        Files.copy(Corpus.file("research/2020.acl-main.447.pdf"), paper);
        OpenDocument doc = new OpenDocument(PdfDocument.open(paper), null, Ids.sha256(paper));
        SwingUtilities.invokeAndWait(() -> {
            frame = new JFrame("Gloss citation card test");
            frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            panel = new ReaderPanel(doc);
            frame.add(panel);
            frame.setBounds(20, 20, 900, 760);
            frame.setAlwaysOnTop(true);
            frame.setVisible(true);
            frame.toFront();
        });
        assertNotNull(panel.citations().await(), "the paper's references read");
    }

    @AfterEach
    void stop() throws Exception {
        StatusDisplayer.getDefault().removeChangeListener(statusLine);
        SwingUtilities.invokeAndWait(() -> {
            if (panel != null) {
                panel.previews().close();
                panel.close();
            }
            if (frame != null) {
                frame.dispose();
            }
        });
        hosts.close();
    }

    @Test
    void anEntryWithAPdfAddressIsAddedFromItAndOneTheLibraryHasIsOpened() throws Exception {
        hosts.file("/lrec/proceedings/lrec2008/pdf/445_paper.pdf", "application/pdf", PaperPdfs.paper(
                "The ACL Anthology Reference Corpus", List.of("The ACL Anthology Reference Corpus: A Reference Dataset",
                        "for Bibliographic Research in Computational Linguistics", "Steven Bird, Robert Dale, Bonnie Dorr"), null));
        int papersBefore = ws.papers().size();

        // Ahmad and Afzal 2018: a publisher's page only (no arXiv id, DOI or PDF address), so nothing to add from
        hover("cite.Ahmad");
        assertNull(onEdt(() -> button("Add to Library")), "no Add to Library without an id");
        assertNull(onEdt(() -> button("Open")));

        hover("cite.bird-etal-2008");
        AbstractButton add = onEdt(() -> button("Add to Library"));
        assertNotNull(add, "the entry's PDF address can be added");
        assertEquals("Add " + BIRD_PDF + " to the library and open it", onEdt(add::getToolTipText));
        screenshot("citation-card-add");
        click(add);
        waitFor("the preview closed", () -> onEdt(() -> panel.previews().window() == null));
        waitFor("the paper in the library", () -> ws.papers().size() == papersBefore + 1);
        Paper bird = ws.papers().stream().filter(p -> "The ACL Anthology Reference Corpus".equals(p.title())).findFirst().orElseThrow();
        assertEquals(1, hosts.requests("/lrec/proceedings/lrec2008/pdf/445_paper.pdf").size(), "the PDF fetched once");
        waitFor("the added paper asked to open", () -> askedToOpen(ws.paperFile(bird)));

        // Wu et al. 2016 (arXiv:1609.08144): the library has it already, so the card opens it, asking no one
        Path wuPdf = dir.resolve("wu.pdf");
        Files.write(wuPdf, PaperPdfs.paper(null, List.of("Google's Neural Machine Translation System",
                "Yonghui Wu, Mike Schuster, Zhifeng Chen", "arXiv:1609.08144v2 [cs.CL]", "Abstract"), null));
        Paper wu = PaperImporter.importFile(ws, wuPdf, null).paper();
        assertEquals("1609.08144v2", wu.arxivId());
        int requests = hosts.requests().size();
        hover("cite.Wu");
        assertNull(onEdt(() -> button("Add to Library")));
        AbstractButton open = onEdt(() -> button("Open"));
        assertNotNull(open, "the card says Open for a paper the library has");
        assertEquals("Open \u201c" + wu.title() + "\u201d from the library", onEdt(open::getToolTipText), "the library's title");
        screenshot("citation-card-open");
        click(open);
        waitFor("the library's copy asked to open", () -> askedToOpen(ws.paperFile(wu)));
        assertEquals(requests, hosts.requests().size(), "found without the network");
        assertEquals(papersBefore + 2, ws.papers().size(), "nothing added");
    }

    /** Whether the paper's file was given to the platform to open (the reader module is not installed here: the status line says so). */
    private boolean askedToOpen(Path file) {
        return status.contains("No reader is installed that can open " + file.getFileName());
    }

    /** Rests the pointer on the first citation link whose destination starts so, until its preview shows. */
    private void hover(String destination) throws Exception {
        SwingUtilities.invokeAndWait(() -> panel.previews().close());
        int page = 0;
        PdfLink link = null;
        for (int p = 1; p <= panel.document().pageCount() && link == null; p++) {
            link = panel.document().links(p).stream()
                    .filter(l -> l.destination() != null && l.destination().startsWith(destination)).findFirst().orElse(null);
            page = p;
        }
        assertNotNull(link, destination);
        Rect r = link.area();
        int onPage = page;
        SwingUtilities.invokeAndWait(() -> panel.view().reveal(onPage, new Rectangle2D.Double(r.left(), r.bottom(), r.width(), r.height())));
        Robot robot = new Robot();
        robot.waitForIdle();
        Point at = onEdt(() -> {
            Rectangle v = panel.view().toView(onPage, new Rectangle2D.Double(r.left(), r.bottom(), r.width(), r.height()));
            Point p = new Point(v.x + v.width / 2, v.y + v.height / 2);
            SwingUtilities.convertPointToScreen(p, panel.view());
            return p;
        });
        robot.mouseMove(at.x - 3, at.y);
        robot.mouseMove(at.x, at.y);
        waitFor("the preview of " + destination, () -> onEdt(() -> panel.previews().window() != null
                && panel.previews().window().isShowing() && panel.previews().window().citation().target() != null));
    }

    private AbstractButton button(String text) {
        return panel.previews().window() == null ? null : find(panel.previews().window().getContentPane(), text);
    }

    private static AbstractButton find(java.awt.Container c, String text) {
        for (java.awt.Component k : c.getComponents()) {
            if (k instanceof AbstractButton b && text.equals(b.getText())) {
                return b;
            }
            if (k instanceof java.awt.Container inner) {
                AbstractButton b = find(inner, text);
                if (b != null) {
                    return b;
                }
            }
        }
        return null;
    }

    private static void click(AbstractButton b) throws Exception {
        Point p = onEdt(() -> {
            Point q = new Point(b.getWidth() / 2, b.getHeight() / 2);
            SwingUtilities.convertPointToScreen(q, b);
            return q;
        });
        Robot robot = new Robot();
        robot.setAutoDelay(30);
        robot.mouseMove(p.x, p.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
    }

    private static <T> T onEdt(Callable<T> c) throws Exception {
        return Edt.call(c);
    }

    private static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        long end = System.currentTimeMillis() + PATIENCE_MS;
        while (!Boolean.TRUE.equals(condition.call())) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("gave up waiting: " + what);
            }
            Thread.sleep(50);
        }
    }

    private void screenshot(String name) throws Exception {
        new Robot().waitForIdle();
        Rectangle bounds = onEdt(() -> {
            Rectangle f = new Rectangle(frame.getLocationOnScreen(), frame.getSize());
            var w = panel.previews().window();
            return w == null ? f : f.union(new Rectangle(w.getLocationOnScreen(), w.getSize()));
        });
        BufferedImage img = new Robot().createScreenCapture(bounds);
        Path out = Path.of(System.getProperty("gloss.screenshots", "target/screenshots"));
        Files.createDirectories(out);
        ImageIO.write(img, "png", new File(out.toFile(), name + ".png"));
    }
}
