package dev.gloss.desktop.library;

import dev.gloss.desktop.core.GlossWorkspace;
import dev.gloss.desktop.core.widgets.Icons;
import dev.gloss.desktop.core.spi.PaperOpener;
import dev.gloss.desktop.core.Sentences;
import dev.gloss.library.LibraryException;
import dev.gloss.net.Cancel;
import dev.gloss.sources.Identifier;
import dev.gloss.sources.Identifiers;
import dev.gloss.sources.PaperFromLink;
import dev.gloss.sources.SourceException;
import dev.gloss.sources.Sources;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.awt.NotificationDisplayer;
import org.openide.awt.StatusDisplayer;
import org.openide.util.NbBundle;
import org.openide.util.RequestProcessor;

/**
 * Adds the papers a paste, a drop or the Add Paper from Link dialog names, in the background:
 * one cancellable progress bar (the phase, then the download's bytes), each paper opened in the
 * reader once it is in the library (at once when it was there already), and one notification
 * with a sentence for each link that could not be added. Nothing slow runs on the event thread.
 */
@NbBundle.Messages({
    "PRG_AddLinks=Adding papers from links",
    "# {0} - what", "PRG_LookingUp=Looking up {0}",
    "# {0} - what", "PRG_Downloading=Downloading {0}",
    "# {0} - what", "# {1} - kilobytes so far", "PRG_DownloadingBytes=Downloading {0}: {1} KB",
    "# {0} - what", "# {1} - kilobytes so far", "# {2} - kilobytes in all", "PRG_DownloadingOf=Downloading {0}: {1} of {2} KB",
    "# {0} - what", "PRG_Importing=Adding {0} to the library",
    "# {0} - added", "# {1} - already there",
    "MSG_AddedLinks={0,choice,0#No new papers|1#Added one paper|1<Added {0,number,integer} papers}{1,choice,0#|1#; one was already in the library|1<; {1,number,integer} were already in the library}",
    "# {0} - count",
    "MSG_AddFailed={0,choice,1#One link could not be added|1<{0,number,integer} links could not be added}",
    "MSG_AddCancelled=Adding papers from links was cancelled; nothing more was added",
    "# {0} - what was pasted", "# {1} - why", "MSG_AboutLink={0}: {1}"
})
final class LinkAdding {
    private static final Logger LOG = Logger.getLogger(LinkAdding.class.getName());
    private static final RequestProcessor RP = new RequestProcessor("Gloss add from link", 1);
    /** At most this many papers of one paste are opened in the reader (the others are in the library). */
    private static final int OPEN_AT_MOST = 5;

    private LinkAdding() {
    }

    /** The outcome of one paste: the papers in the library now, and a sentence per link that failed. */
    record Outcome(List<PaperFromLink.Added> added, List<String> failures, boolean cancelled) {
    }

    /**
     * Adds what {@code text} names (one link or id per line), unless it names nothing: then says
     * why in the status line. Returns at once; the work runs in the background.
     */
    static void start(String text) {
        List<Identifiers.Parsed> parsed = Identifiers.parseAll(text);
        if (parsed.stream().noneMatch(Identifiers.Parsed::ok)) {
            String why = parsed.isEmpty() ? Bundle.MSG_AddedLinks(0, 0) : Sentences.of(parsed.get(0).error());
            StatusDisplayer.getDefault().setStatusText(why);
            return;
        }
        RP.post(() -> {
            Workspace ws = GlossWorkspace.get();
            Cancel cancel = new Cancel();
            Outcome outcome;
            try (ProgressHandle progress = ProgressHandle.createHandle(Bundle.PRG_AddLinks(), () -> {
                cancel.cancel();
                return true;
            })) {
                progress.start(Math.max(1, parsed.size()) * 100);
                outcome = run(new PaperFromLink(ws, Sources.forWorkspace(ws)), parsed, progress::progress, cancel);
            }
            report(ws, outcome);
        });
    }

    /** How the work goes, for the progress bar (a sentence, and units of 100 per link). */
    interface Steps {
        void at(String message, int units);
    }

    /**
     * Adds each parsed link in turn; stops before the next when cancelled. {@code parsed} may hold
     * texts that name nothing: they are failures with their sentence. (Package-private for tests.)
     */
    static Outcome run(PaperFromLink adder, List<Identifiers.Parsed> parsed, Steps steps, Cancel cancel) {
        List<PaperFromLink.Added> added = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < parsed.size() && !cancel.isCancelled(); i++) {
            Identifiers.Parsed p = parsed.get(i);
            if (!p.ok()) {
                failures.add(Sentences.of(p.error()));
                continue;
            }
            Identifier id = p.identifier();
            int base = i * 100;
            try {
                added.add(adder.add(id, progressOf(id, base, steps), cancel));
            } catch (SourceException e) {
                if (!e.isCancelled()) {
                    failures.add(about(p.text(), id, e));
                }
            } catch (LibraryException e) {
                failures.add(about(p.text(), id, e));
            } catch (RuntimeException e) {
                // a bug must not lose the other links; it is logged with its stack
                LOG.log(Level.WARNING, "Unexpected failure adding " + p.text(), e);
                failures.add(Bundle.MSG_AboutLink(p.text(), String.valueOf(e.getMessage())));
            }
        }
        return new Outcome(added, failures, cancel.isCancelled());
    }

    private static String about(String text, Identifier id, Exception e) {
        String sentence = Sentences.of(e);
        boolean named = e instanceof dev.gloss.workspace.Reasoned r && (r.mentions(text) || r.mentions(id.bare()));
        return named ? sentence : Bundle.MSG_AboutLink(text, sentence);
    }

    private static PaperFromLink.Progress progressOf(Identifier id, int base, Steps steps) {
        String what = id.shown();
        return new PaperFromLink.Progress() {
            @Override
            public void phase(PaperFromLink.Phase phase) {
                switch (phase) {
                    case LOOKING_UP -> steps.at(Bundle.PRG_LookingUp(what), base);
                    case DOWNLOADING -> steps.at(Bundle.PRG_Downloading(what), base + 10);
                    case IMPORTING -> steps.at(Bundle.PRG_Importing(what), base + 90);
                    default -> throw new IllegalStateException(phase.name());
                }
            }

            @Override
            public void update(long received, long total) {
                long kb = received / 1024;
                if (total > 0) {
                    steps.at(Bundle.PRG_DownloadingOf(what, kb, total / 1024), base + 10 + (int) (80 * Math.min(1.0, received / (double) total)));
                } else {
                    steps.at(Bundle.PRG_DownloadingBytes(what, kb), base + 10);
                }
            }
        };
    }

    private static void report(Workspace ws, Outcome o) {
        long fresh = o.added().stream().filter(a -> !a.alreadyPresent()).count();
        long there = o.added().size() - fresh;
        List<Paper> open = o.added().stream().map(PaperFromLink.Added::paper).distinct().limit(OPEN_AT_MOST).toList();
        SwingUtilities.invokeLater(() -> {
            StatusDisplayer.getDefault().setStatusText(o.cancelled() ? Bundle.MSG_AddCancelled() : Bundle.MSG_AddedLinks(fresh, there));
            for (Paper p : open) {
                PaperOpener.open(ws, p);
            }
            if (!o.failures().isEmpty()) {
                StringBuilder details = new StringBuilder("<html>");
                for (String f : o.failures()) {
                    details.append(f.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")).append("<br>");
                }
                NotificationDisplayer.getDefault().notify(Bundle.MSG_AddFailed(o.failures().size()), Icons.warning(),
                        details.toString(), null, NotificationDisplayer.Priority.HIGH);
            }
        });
    }
}
