package dev.gloss.desktop.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gloss.desktop.reader.open.DocumentLoader;
import dev.gloss.desktop.reader.render.OpenDocument;
import dev.gloss.desktop.reader.render.PageView;
import dev.gloss.desktop.reader.render.RenderCache;
import dev.gloss.desktop.reader.render.RenderScheduler;
import dev.gloss.desktop.reader.select.PageTexts;
import dev.gloss.desktop.reader.select.SelectionModel;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.pdf.TextRange;
import dev.gloss.workspace.Ids;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The selection moved from the keyboard over a real page: word steps forward and back (past
 * the start, it selects backwards), line steps that Up undoes, the sentence, and a start
 * without a selection.
 */
class KeyboardSelectionTest {
    @TempDir
    Path dir;
    private OpenDocument doc;
    private RenderScheduler scheduler;
    private PageTexts texts;
    private SelectionModel selection;
    private KeyboardSelection keys;

    @BeforeEach
    void open() throws Exception {
        Path pdf = TestPdfs.lines(dir.resolve("keys.pdf"), List.of(
                "Deep models read papers, e.g. long surveys by Smith et al. from 2019.",
                "Fig. 3 shows a gain of 3.14 points. Is it real? Yes! J. Doe agrees",
                "with the result (see Eq. 2). The end of the story is near."));
        doc = new OpenDocument(PdfDocument.open(pdf), null, Ids.sha256(pdf));
        scheduler = new RenderScheduler(doc::render, new RenderCache(16L << 20), 1, k -> { });
        texts = new PageTexts(doc);
        selection = new SelectionModel();
        CountDownLatch loaded = new CountDownLatch(1);
        texts.load(1, loaded::countDown);
        loaded.await(60, TimeUnit.SECONDS);
        SwingUtilities.invokeAndWait(() -> keys = new KeyboardSelection(new PageView(doc, scheduler), texts, selection));
    }

    @AfterEach
    void close() {
        scheduler.close();
        doc.close();
    }

    private String select(String phrase) throws Exception {
        return on(() -> {
            var t = texts.get(1);
            TextRange r = t.find(phrase).get(0);
            selection.set(List.of(new SelectionModel.Segment(1, r, t.slice(r), t.quads(r.start(), r.end()))));
            return selection.text();
        });
    }

    private String press(Runnable r) throws Exception {
        return on(() -> {
            r.run();
            return selection.text();
        });
    }

    private static <T> T on(Supplier<T> s) throws Exception {
        AtomicReference<T> out = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> out.set(s.get()));
        return out.get();
    }

    @Test
    void wordStepsMoveTheEndAndTurnAroundAtTheStart() throws Exception {
        assertEquals("long surveys", select("long surveys"));
        assertEquals("long surveys by", press(() -> keys.extendWord(true)));
        assertEquals("long surveys by Smith", press(() -> keys.extendWord(true)));
        assertEquals("long surveys by", press(() -> keys.extendWord(false)));
        assertEquals("long surveys", press(() -> keys.extendWord(false)));
        assertEquals("long", press(() -> keys.extendWord(false)));
        // past its start the selection grows backwards from there
        assertEquals("e.g. long", press(() -> keys.extendWord(false)));
        assertEquals("papers, e.g. long", press(() -> keys.extendWord(false)));
        assertEquals("e.g. long", press(() -> keys.extendWord(true)));
    }

    @Test
    void upUndoesDownAndTheSentenceTakesTheWholeOne() throws Exception {
        select("Deep models");
        assertEquals("Deep models read papers, e.g. long surveys by Smith et al. from 2019.\nFig. 3 shows",
                press(() -> keys.extendLine(true)));
        assertEquals("Deep models", press(() -> keys.extendLine(false)));
        select("a gain");
        assertEquals("Fig. 3 shows a gain of 3.14 points.", press(keys::selectSentence));
        assertEquals("Fig. 3 shows a gain of 3.14 points. Is", press(() -> keys.extendWord(true)));
    }

    @Test
    void withoutASelectionTheFirstWordIsSelected() throws Exception {
        assertEquals("Deep", press(() -> keys.extendWord(true)));
        assertEquals("Deep models", press(() -> keys.extendWord(true)));
        on(() -> {
            selection.clear();
            return null;
        });
        assertEquals("Deep models read papers, e.g. long surveys by Smith et al. from 2019.", press(keys::selectSentence));
    }
}
