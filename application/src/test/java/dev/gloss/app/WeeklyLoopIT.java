package dev.gloss.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gloss.publish.SlotPlan;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.QueueEntry;
import dev.gloss.workspace.QueueState;
import dev.gloss.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The weekly loop of issue 9 through the real application window under Xvfb, as a new user does
 * it: open the demo paper from the library, select a sentence and highlight it (H), start a new
 * thread (Ctrl+Shift+N) and quote the highlight in it (Ctrl+Shift+T), type past the Bluesky limit and split
 * the post (Ctrl+Enter), attach the figure clip with alt text, add a Monday slot (Slots…), queue
 * the thread for the next free slot (File ▸ Add Thread to Queue…), see it in the queue, then Publish Now to the
 * loopback Bluesky server. Every step after a dialog is a key (no click gives the window the keyboard
 * back). Outcomes are read from the workspace files and from the server.
 *
 * <p>Positions assume the default window layout of a fresh user directory on a 1600×1000
 * screen (the main window is moved to fill it); every wait polls for its condition.
 */
class WeeklyLoopIT {
    private static final String SENTENCE = "In this paper we measure the same pairs of models at three levels at once.";
    private static final String MORE = "Why it matters: if the behaviour of a tuned model lives in a few top layers, "
            + "then auditing, merging and undoing fine-tunes becomes a question about those layers alone, "
            + "and the rest of the network can be shared between many tuned variants.";
    private static final String ALT = "Line chart: relative weight change by layer depth for three model sizes";

    @TempDir
    Path temp;
    private LoopFixture f;
    private LoopApp app;
    private XDo x;

    @BeforeEach
    void start() throws Exception {
        f = LoopFixture.start(temp, "loop");
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
    void highlightQuoteSplitClipQueueAndPublish() throws Exception {
        Path shots = Path.of(System.getProperty("gloss.screenshots", temp.resolve("shots").toString()));
        x = new XDo(f.xvfb.display(), shots, "loop");
        Workspace ws = f.ws;
        Paper paper = f.paper;
        Path wsDir = f.wsDir;
        AccountRef account = f.account;

        app = LoopApp.launch(temp, f.xvfb, x, wsDir, f.secrets);

        // 1. the main window with the library
        String window = app.awaitMainWindow(1);
        x.run("windowmove", window, "0", "0");
        x.run("windowsize", window, "1600", "1000");
        Thread.sleep(1500);
        x.shot("library");

        // 2. open the paper: filter the library, Enter opens the first match
        x.click(190, 110, 1, 1);
        x.type("shallow");
        x.key("Return");
        check(XDo.waitFor(120, () -> LoopApp.pageShown(x.screen())), "the reader shows the paper");
        Thread.sleep(2000); // let the page text load before selecting
        x.shot("reader");

        // 3. select the sentence and highlight it
        int before = ws.annotations(paper.id()).size();
        x.drag(777, 464, 893, 479);
        x.key("h");
        check(XDo.waitFor(30, () -> f.highlight(SENTENCE).isPresent()), "a highlight of the sentence was saved");
        Annotation highlight = f.highlight(SENTENCE).orElseThrow();
        assertEquals(before + 1, ws.annotations(paper.id()).size());
        x.shot("highlight");

        // 4. a new thread (Ctrl+Shift+N), then Ctrl+Shift+T quotes the selected highlight in it
        Set<String> threadsBefore = ws.threads().stream().map(PostThread::id).collect(Collectors.toSet());
        x.key("ctrl+shift+n");
        check(XDo.waitFor(30, () -> f.newThread(threadsBefore).isPresent()), "a new thread");
        x.click(830, 464, 1, 1); // on the new highlight: it is selected
        x.key("ctrl+shift+t");
        check(XDo.waitFor(30, () -> f.newThread(threadsBefore).map(t -> t.posts().stream()
                .anyMatch(p -> p.text().contains(SENTENCE) && p.sources().contains(highlight.id()))).orElse(false)),
                "the new thread quotes the highlight");
        x.shot("quoted");

        // 5. type past the 300-grapheme limit, then split at the cursor (Ctrl+Enter)
        x.key("ctrl+3"); // the keyboard goes to the post
        x.key("ctrl+End");
        x.type(" " + MORE);
        check(XDo.waitFor(30, () -> f.newThread(threadsBefore).map(t -> t.posts().get(0).text().contains("tuned variants."))
                .orElse(false)), "the typed text was saved");
        assertTrue(f.newThread(threadsBefore).orElseThrow().posts().get(0).text().length() > 300, "the post is over the limit");
        x.shot("over-limit");
        x.run("key", "--repeat", String.valueOf(MORE.length()), "--delay", "8", "Left");
        x.key("ctrl+Return");
        check(XDo.waitFor(30, () -> f.newThread(threadsBefore).map(t -> t.posts().size() == 2).orElse(false)),
                "the post was split in two");
        PostThread split = f.newThread(threadsBefore).orElseThrow();
        for (Post p : split.posts()) {
            assertTrue(p.text().strip().length() <= 300, "every post fits Bluesky: " + p.text());
        }
        assertTrue(split.posts().get(1).text().strip().startsWith("Why it matters"), split.posts().get(1).text());
        x.shot("split");

        // 6. the figure: on the paper, Right to page 2, C for the clip tool, a drag around Figure 1
        int clipsBefore = f.clips();
        x.click(340, 300, 1, 1); // the page's left margin: the page view takes the keys
        x.key("Right");
        Thread.sleep(1200);
        x.key("c");
        x.drag(757, 371, 1097, 652);
        check(XDo.waitFor(30, () -> f.clips() == clipsBefore + 1), "the clip of Figure 1 was saved");
        Annotation clip = f.newestClip();
        assertEquals(2, clip.page());
        assertTrue(clip.area().width() > 200 && clip.area().height() > 150, "the clip covers the figure: " + clip.area());
        x.shot("figure-clip");

        // 7. the clip on the first post, with alt text
        String firstPost = f.newThread(threadsBefore).orElseThrow().posts().get(0).text();
        x.click(1400, 345, 1, 1); // the first post's text
        x.key("shift+F10");
        Thread.sleep(800);
        x.shot("card-menu");
        x.key("l"); // Add C_lip from the Paper…
        Thread.sleep(1500);
        x.key("Down", "Return");
        check(XDo.waitFor(30, () -> f.newThread(threadsBefore).map(t -> t.posts().get(0).images().size() == 1).orElse(false)),
                "the clip is attached to the first post");
        x.shot("clip");
        x.key("Tab"); // from the post's text to the alt text of its image
        x.type(ALT);
        check(XDo.waitFor(30, () -> f.newThread(threadsBefore).map(t -> ALT.equals(t.posts().get(0).images().get(0).alt()))
                .orElse(false)), "the alt text was saved");
        assertEquals(clip.clip(), f.newThread(threadsBefore).orElseThrow().posts().get(0).images().get(0).file());
        assertEquals(firstPost, f.newThread(threadsBefore).orElseThrow().posts().get(0).text(), "the menu's letter was not typed into the post");
        x.shot("alt-text");

        // 8. a Monday slot (Slots…: Monday 09:00 is the default; Add, OK)
        x.key("alt+l");
        Thread.sleep(1500);
        x.key("alt+a");
        x.shot("slots");
        x.key("ctrl+Return"); // the dialog's default button (OK), even while Add has the focus
        check(XDo.waitFor(30, () -> SlotPlan.load(Workspace.open(wsDir)).slots().stream().anyMatch(s -> s.day() == DayOfWeek.MONDAY)),
                "a Monday slot was saved");

        // 9. File > Add Thread to Queue… (Ctrl+Shift+Q), straight from the keyboard after the Slots
        // dialog: the thread just written first, the account, next free slot; Queue
        x.key("ctrl+shift+q");
        Thread.sleep(2500);
        x.shot("add-to-queue");
        x.key("Return"); // Queue, the dialog's default button
        check(XDo.waitFor(30, () -> !Workspace.open(wsDir).queue().isEmpty()), "the thread was queued");
        QueueEntry entry = Workspace.open(wsDir).queue().get(0);
        assertEquals(split.id(), entry.threadId());
        assertEquals(List.of(account.id()), entry.targets().stream().map(dev.gloss.workspace.QueueTarget::accountId).toList(),
                "one entry, for the one account");
        assertEquals(QueueState.SCHEDULED, entry.state());
        ZonedDateTime at = entry.at().atZone(ZoneId.systemDefault());
        assertEquals(DayOfWeek.MONDAY, at.getDayOfWeek(), "queued for a Monday: " + at);
        assertEquals(9, at.getHour());
        assertTrue(at.isAfter(ZonedDateTime.now()) && at.isBefore(ZonedDateTime.now().plusDays(8)), "the next Monday: " + at);
        Thread.sleep(1500);
        x.shot("queued");

        // 10. publish it now to the loopback server, from the keyboard after the dialog: Ctrl+5 shows the
        // queue with its entry selected, Publish Now (Alt+P)
        x.key("ctrl+5");
        Thread.sleep(800);
        x.key("alt+p");
        check(XDo.waitFor(180, () -> Set.of(QueueState.PUBLISHED, QueueState.FAILED)
                .contains(Workspace.open(wsDir).queue().get(0).state())), "publishing finished");
        QueueEntry done = Workspace.open(wsDir).queue().get(0);
        assertEquals(QueueState.PUBLISHED, done.state(), "published: " + done.targets());
        JsonNode records = f.posts();
        assertEquals(2, records.size(), "two posts on the server: " + records);
        JsonNode first = records.get(0).path("value");
        JsonNode second = records.get(1).path("value");
        assertTrue(first.path("text").asText().contains(SENTENCE), first.toString());
        assertEquals(ALT, first.path("embed").path("images").get(0).path("alt").asText(), first.toString());
        assertTrue(second.path("text").asText().startsWith("Why it matters"), second.toString());
        assertEquals(records.get(0).path("uri").asText(), second.path("reply").path("root").path("uri").asText());
        Thread.sleep(1500);
        x.shot("published");

        List<String> severe = app.severe();
        assertTrue(severe.isEmpty(), "messages.log has SEVERE lines:\n" + String.join("\n", severe));
    }

    private void check(boolean ok, String what) throws IOException, InterruptedException {
        app.check(ok, what);
    }
}
