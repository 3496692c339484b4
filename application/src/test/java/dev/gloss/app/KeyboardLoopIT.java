package dev.gloss.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.pdf.PageSize;
import dev.gloss.pdf.PdfDocument;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.QueueState;
import dev.gloss.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The weekly loop of issue 9 without the mouse, in the real window under Xvfb: Ctrl+1 and Enter
 * open the paper; Ctrl+F finds a phrase, Esc keeps it selected, Alt+S grows it to the sentence,
 * H highlights it; the annotation view (Ctrl+2) shows it and exports it as Markdown from its
 * context menu (Shift+F10); Ctrl+Shift+N makes a new thread and, back in the view, Ctrl+Shift+T
 * quotes the highlight in it; Ctrl+3,
 * typing and Ctrl+Enter split the post; C, Shift+arrows and Enter clip the figure on page 2;
 * the post menu attaches it and Tab reaches its alt text; Slots… (Alt+L) adds a Monday slot,
 * Ctrl+Shift+Q queues the thread, Ctrl+5 shows the queue, Alt+K its week with the entry selected,
 * and Alt+P publishes it to the loopback Bluesky server. The Note and Tags dialog (Shift+F10, E in
 * the annotation view) takes a note, Tab, tags and Ctrl+Enter on the way.
 *
 * <p>It runs in the dark theme (WeeklyLoopIT in the light one), so each run leaves screenshots of
 * both. Every step after a dialog is a key: Xvfb runs without a window manager, so nothing but
 * Gloss itself gives the keyboard back when a dialog closes (core-ui FocusAfterDialogs).
 */
class KeyboardLoopIT {
    private static final String PHRASE = "In this paper we measure";
    private static final String SENTENCE = "In this paper we measure the same pairs of models at three levels at once.";
    private static final String MORE = "Why it matters: the change lives in a few top layers.";
    private static final String ALT = "Chart of the weight change by layer depth";
    private static final String NOTE = "The measurement setup of the paper";

    @TempDir
    Path temp;
    private LoopFixture f;
    private LoopApp app;

    @BeforeEach
    void start() throws Exception {
        f = LoopFixture.start(temp, "keys");
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (f != null) {
            f.close();
        }
    }

    @Test
    void theWholeLoopFromTheKeyboard() throws Exception {
        Path shots = Path.of(System.getProperty("gloss.screenshots", temp.resolve("shots").toString()));
        XDo x = new XDo(f.xvfb.display(), shots, "keys");
        Workspace ws = f.ws;
        Paper paper = f.paper;
        Path wsDir = f.wsDir;
        AccountRef account = f.account;

        app = LoopApp.launch(temp, f.xvfb, x, wsDir, f.secrets, true);
        String window = app.awaitMainWindow(1);
        x.run("windowmove", window, "0", "0");
        x.run("windowsize", window, "1600", "1000");
        Thread.sleep(1500);

        // 1. Ctrl+1: the library's filter; Enter opens the first match
        x.key("ctrl+1");
        x.type("shallow");
        x.key("Return");
        app.check(XDo.waitFor(120, () -> LoopApp.pageShown(x.screen())), "the reader shows the paper");
        Thread.sleep(2000);

        // 2. find the phrase, keep it selected, grow it to the sentence, highlight
        x.key("ctrl+f");
        x.type(PHRASE);
        Thread.sleep(800);
        x.key("Escape");
        x.key("alt+s");
        x.shot("sentence-selected");
        x.key("h");
        app.check(XDo.waitFor(30, () -> f.highlight(SENTENCE).isPresent()), "the sentence was highlighted");
        x.shot("highlighted");

        // 3. the annotation view shows it; its context menu exports the paper's notes as Markdown
        Path markdown = temp.resolve("notes.md");
        x.key("ctrl+2");
        Thread.sleep(800);
        x.shot("annotation-view");
        x.key("shift+F10");
        Thread.sleep(500);
        x.key("x", "m");
        Thread.sleep(1500);
        x.shot("export-dialog");
        // the file name field may have caught the menu's mnemonic as typed text: replace it all
        x.key("ctrl+a");
        x.type(markdown.toString());
        x.key("Return");
        app.check(XDo.waitFor(30, () -> Files.exists(markdown)
                && Files.readString(markdown, StandardCharsets.UTF_8).replaceAll("\\s+", " ").contains(SENTENCE)),
                "the exported Markdown has the new highlight");

        // 4. after the file chooser, straight on with keys: a new thread (Ctrl+Shift+N); in the
        // annotation view (Ctrl+2) Ctrl+F filters the list, Down selects the one match, its note
        // and tags are written, and Ctrl+Shift+T quotes it in the thread
        Set<String> before = ws.threads().stream().map(PostThread::id).collect(Collectors.toSet());
        x.key("ctrl+shift+n");
        app.check(XDo.waitFor(30, () -> f.newThread(before).isPresent()), "a new thread");
        x.key("ctrl+2");
        Thread.sleep(800);
        x.key("ctrl+f");
        x.type("three levels");
        Thread.sleep(800);
        x.key("Down");
        x.shot("filtered");
        // the highlight's note and tags: Shift+F10, E; Tab goes from the note to the tags, Ctrl+Enter
        // is OK, and the keyboard comes back to the view with the highlight still selected
        x.key("shift+F10");
        Thread.sleep(500);
        x.key("e");
        Thread.sleep(1500);
        x.type(NOTE);
        x.key("Tab");
        x.type("key-claim method");
        x.shot("note-dialog");
        x.key("ctrl+Return");
        app.check(XDo.waitFor(30, () -> f.highlight(SENTENCE).map(a -> NOTE.equals(a.note())
                && a.tags().equals(java.util.List.of("key-claim", "method"))).orElse(false)),
                "the note and its tags were saved (no tab typed into the note)");
        x.key("ctrl+shift+t");
        Annotation highlight = f.highlight(SENTENCE).orElseThrow();
        app.check(XDo.waitFor(30, () -> f.newThread(before).map(t -> t.posts().stream()
                .anyMatch(p -> p.sources().contains(highlight.id()))).orElse(false)), "the new thread quotes the highlight");
        x.shot("quoted");

        // 5. Ctrl+3: the keyboard is in the post; type on, then split before the new paragraph
        x.key("ctrl+3");
        x.key("ctrl+End");
        x.type(" " + MORE);
        app.check(XDo.waitFor(30, () -> f.newThread(before).map(t -> t.posts().get(0).text().endsWith(MORE))
                .orElse(false)), "the typed text was saved");
        x.run("key", "--repeat", String.valueOf(MORE.length()), "--delay", "8", "Left");
        x.key("ctrl+Return");
        app.check(XDo.waitFor(30, () -> f.newThread(before).map(t -> t.posts().size() == 2).orElse(false)),
                "the post was split in two");
        assertTrue(f.newThread(before).orElseThrow().posts().get(1).text().startsWith("Why it matters"));
        x.shot("split");

        // 6. the figure on page 2: Ctrl+4, Right (next page), C places a frame, Shift+arrows size it, Enter
        int clipsBefore = f.clips();
        x.key("ctrl+4", "Right");
        Thread.sleep(800);
        x.key("c");
        Thread.sleep(500);
        for (int i = 0; i < 8; i++) {
            x.key("shift+Right");
        }
        for (int i = 0; i < 5; i++) {
            x.key("shift+Down");
        }
        x.shot("clip-frame");
        x.key("Return");
        app.check(XDo.waitFor(30, () -> f.clips() == clipsBefore + 1), "the clip was saved");
        Annotation clip = f.newestClip();
        assertEquals(2, clip.page(), "the clip is on page 2");
        try (PdfDocument pdf = PdfDocument.open(ws.paperFile(paper))) {
            PageSize size = pdf.pageSize(2);
            assertEquals(size.width() / 3 + 80, clip.area().width(), 1.5, "a third of the page, 8 steps wider");
            assertEquals(size.height() / 3 + 50, clip.area().height(), 1.5, "a third of the page, 5 steps taller");
        }
        assertTrue(Files.isRegularFile(ws.root().resolve(clip.clip())), "the clip's PNG");

        // 7. Ctrl+3 (the second post, edited last), Shift+F10: the post menu attaches the clip;
        // Tab reaches its alt text
        x.key("ctrl+3", "shift+F10");
        Thread.sleep(800);
        x.shot("post-menu");
        x.key("l"); // Add C_lip from the Paper…
        Thread.sleep(1500);
        x.shot("clip-chooser");
        x.key("Down", "Return");
        app.check(XDo.waitFor(30, () -> f.newThread(before).map(t -> t.posts().get(1).images().size() == 1).orElse(false)),
                "the clip is attached to the second post");
        x.key("Tab");
        x.type(ALT);
        app.check(XDo.waitFor(30, () -> f.newThread(before).map(t -> ALT.equals(t.posts().get(1).images().get(0).alt()))
                .orElse(false)), "the alt text was saved");
        assertEquals(MORE, f.newThread(before).orElseThrow().posts().get(1).text(), "the menu's letter was not typed into the post");
        x.shot("alt-text");

        // 8. a Monday slot: Slots… (Alt+L), Add (Alt+A), OK (Ctrl+Enter)
        x.key("alt+l");
        Thread.sleep(1500);
        x.key("alt+a");
        x.key("ctrl+Return");
        app.check(XDo.waitFor(30, () -> !dev.gloss.publish.SlotPlan.load(Workspace.open(wsDir)).slots().isEmpty()),
                "a slot was saved");

        // 9. Ctrl+Shift+Q: the thread just written, the account, the next free slot; Enter queues it
        x.key("ctrl+shift+q");
        Thread.sleep(2500);
        x.shot("add-to-queue");
        x.key("Return");
        app.check(XDo.waitFor(30, () -> !Workspace.open(wsDir).queue().isEmpty()), "the thread was queued");
        QueueEntry entry = Workspace.open(wsDir).queue().get(0);
        assertEquals(f.newThread(before).orElseThrow().id(), entry.threadId());
        assertEquals(java.util.List.of(account.id()), entry.targets().stream().map(dev.gloss.workspace.QueueTarget::accountId).toList(),
                "one entry, for the one account");
        assertEquals(DayOfWeek.MONDAY, entry.at().atZone(ZoneId.systemDefault()).getDayOfWeek());

        // 10. Ctrl+5: the queue list with the entry selected; Alt+K: its week, the entry selected in it;
        // Alt+P publishes it now
        x.key("ctrl+5");
        Thread.sleep(800);
        x.shot("queue");
        x.key("alt+k");
        Thread.sleep(800);
        x.shot("queue-week");
        x.key("alt+p");
        app.check(XDo.waitFor(180, () -> Set.of(QueueState.PUBLISHED, QueueState.FAILED)
                .contains(Workspace.open(wsDir).queue().get(0).state())), "publishing finished");
        QueueEntry done = Workspace.open(wsDir).queue().get(0);
        assertEquals(QueueState.PUBLISHED, done.state(), "published: " + done.targets());
        JsonNode records = f.posts();
        assertEquals(2, records.size(), "two posts on the server: " + records);
        assertTrue(records.get(0).path("value").path("text").asText().contains(SENTENCE), records.toString());
        assertEquals(ALT, records.get(1).path("value").path("embed").path("images").get(0).path("alt").asText(),
                records.toString());
        Thread.sleep(1000);
        x.shot("published");
        assertTrue(app.severe().isEmpty(), "messages.log has SEVERE lines:\n" + String.join("\n", app.severe()));
    }
}
