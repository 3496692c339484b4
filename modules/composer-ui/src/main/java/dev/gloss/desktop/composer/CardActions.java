package dev.gloss.desktop.composer;

import dev.gloss.desktop.core.spi.ReaderNavigator;
import dev.gloss.threads.QuotePosts;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.AnnotationType;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostImage;
import java.awt.Component;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.ImageIcon;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.openide.filesystems.FileChooserBuilder;
import org.openide.util.NbBundle;
import org.openide.util.RequestProcessor;

/**
 * What a user can do to one post card (split, merge, move, delete, images, copy), shared by the
 * card's menu, its keys and its drop handling. Operations go to the open {@link ThreadEditor} of
 * the {@link ComposerModel}; the view, known only as a {@link View}, is told where the caret
 * belongs after the cards are rebuilt and what to say in the status line.
 */
@NbBundle.Messages({
    "TTL_AddImage=Add Image",
    "LBL_Images=PNG or JPEG images",
    "MSG_NoPlatforms=Choose at least one platform to split for.",
    "MSG_Copied=Post copied to the clipboard.",
    "MSG_NoClips=No area clips in this paper yet: mark an area in the reader first.",
    "MSG_NoReader=The highlight cannot be shown: no reader is installed.",
    "MSG_SourceGone=The quoted highlight no longer exists.",
    "MSG_NotAdded=Nothing was added to the published thread.",
    "# {0} - page",
    "# {1} - note",
    "LBL_Clip=p. {0} — {1}",
    "LBL_ClipUnnamed=figure clip",
    "# {0} - date and time",
    "LBL_ClipMade=clipped {0}"
})
final class CardActions {
    private static final RequestProcessor RP = new RequestProcessor("Gloss composer actions", 1);

    /** What the actions ask of the view that shows the cards (the composer's {@link ComposerView}). */
    interface View {
        /**
         * After the next rebuild of the cards, focus card {@code index} with the caret at
         * {@code caret} (-1: where it lands; beyond the end: at the end).
         */
        void focusAfterRebuild(int index, int caret);

        /** Says {@code text} in the status line. */
        void status(String text);

        /** Says {@code text} in the status line as an error. */
        void error(String text);

        /** Saves soon (the typing paused or the focus left a field). */
        void flushSoon();
    }

    private final ComposerModel model;
    private final View view;

    CardActions(ComposerModel model, View view) {
        this.model = model;
        this.view = view;
    }

    ThreadEditor editor() {
        return model.editor();
    }

    Path workspaceRoot() {
        return model.workspace().root();
    }

    // ---- edits from the card's fields ----------------------------------------------------------

    void setText(int index, String text) {
        editor().setText(index, text);
    }

    void setAlt(int index, int image, String alt) {
        editor().setAlt(index, image, alt);
    }

    void typingPaused() {
        if (editor() != null) {
            editor().breakCoalescing();
        }
        view.flushSoon();
    }

    // ---- card operations ----------------------------------------------------------------------

    void splitAtCursor(int index, int caret) {
        view.focusAfterRebuild(index + 1, 0);
        editor().splitAt(index, caret);
    }

    void splitToFit(int index) {
        if (model.rules().isEmpty()) {
            view.status(Bundle.MSG_NoPlatforms());
            return;
        }
        int parts = editor().splitToFit(index, model.rules());
        view.focusAfterRebuild(index + parts - 1, Integer.MAX_VALUE);
    }

    void mergeWithNext(int index) {
        if (index + 1 >= editor().size()) {
            return;
        }
        view.focusAfterRebuild(index, editor().post(index).text().length());
        editor().mergeWithNext(index);
    }

    void move(int index, int delta) {
        int to = index + delta;
        if (to < 0 || to >= editor().size()) {
            return;
        }
        view.focusAfterRebuild(to, -1);
        editor().move(index, to);
    }

    void moveTo(int from, int to) {
        view.focusAfterRebuild(to, -1);
        editor().move(from, to);
    }

    void delete(int index) {
        view.focusAfterRebuild(Math.max(0, index - 1), Integer.MAX_VALUE);
        editor().delete(index);
    }

    void addPost() {
        view.focusAfterRebuild(editor().size(), 0);
        editor().add(Post.of(""));
    }

    void copyPost(int index) {
        Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(editor().post(index).text()), null);
        view.status(Bundle.MSG_Copied());
    }

    void removeImage(int index, int image) {
        editor().removeImage(index, image);
    }

    // ---- images ------------------------------------------------------------------------------

    void chooseImages(int index) {
        File[] files = new FileChooserBuilder(CardActions.class).setTitle(Bundle.TTL_AddImage())
                .setFileFilter(new FileNameExtensionFilter(Bundle.LBL_Images(), "png", "jpg", "jpeg"))
                .setFilesOnly(true).showMultiOpenDialog();
        if (files != null) {
            addImageFiles(index, List.of(files));
        }
    }

    /** Copies image files into the workspace (off the event thread) and attaches them to a post. */
    void addImageFiles(int index, List<File> files) {
        ThreadEditor ed = editor();
        String threadId = ed.thread().id();
        RP.post(() -> {
            List<String> added = new ArrayList<>();
            String error = null;
            for (File f : files) {
                try {
                    added.add(MediaStore.importImage(model.workspace(), threadId, f.toPath()));
                } catch (ComposerException e) {
                    error = e.getMessage();
                }
            }
            String problem = error;
            SwingUtilities.invokeLater(() -> {
                if (editor() != ed) {
                    return; // another thread was opened meanwhile
                }
                try {
                    for (String file : added) {
                        ed.addImage(index, new PostImage(file, ""));
                    }
                } catch (ComposerException e) {
                    view.error(e.getMessage());
                }
                if (problem != null) {
                    view.error(problem);
                }
            });
        });
    }

    /** Offers the area clips of the thread's paper (all papers when it has none). */
    private static final java.time.format.DateTimeFormatter CLIP_TIME =
            java.time.format.DateTimeFormatter.ofPattern("d MMM, HH:mm");

    void chooseClip(int index, Component invoker) {
        String paperId = editor().thread().paperId();
        RP.post(() -> {
            List<Annotation> clips = (paperId == null ? model.workspace().annotations() : model.workspace().annotations(paperId))
                    .stream().filter(a -> a.type() == AnnotationType.CLIP && a.clip() != null).toList();
            // thumbnails first, so the menu opens at its final size
            List<java.awt.image.BufferedImage> thumbs = clips.stream()
                    .map(a -> Thumbnails.get(MediaStore.resolve(workspaceRoot(), a.clip()), 48)).toList();
            SwingUtilities.invokeLater(() -> showClips(index, invoker, clips, thumbs));
        });
    }

    private void showClips(int index, Component invoker, List<Annotation> clips, List<java.awt.image.BufferedImage> thumbs) {
        if (clips.isEmpty()) {
            view.status(Bundle.MSG_NoClips());
            return;
        }
        JPopupMenu menu = new JPopupMenu();
        for (int i = 0; i < clips.size(); i++) {
            Annotation a = clips.get(i);
            // its note, else when it was made: a file path means nothing to the reader of this menu
            String what = a.note() != null && !a.note().isBlank() ? a.note().strip()
                    : a.created() == null ? Bundle.LBL_ClipUnnamed() : Bundle.LBL_ClipMade(CLIP_TIME.format(
                            a.created().atZone(java.time.ZoneId.systemDefault())));
            JMenuItem item = new JMenuItem(Bundle.LBL_Clip(a.page(), what));
            item.setToolTipText(a.clip());
            if (thumbs.get(i) != null) {
                item.setIcon(new ImageIcon(thumbs.get(i)));
            }
            item.addActionListener(e -> {
                try {
                    editor().addImage(index, new PostImage(a.clip(), ""));
                } catch (ComposerException ex) {
                    view.error(ex.getMessage());
                }
            });
            menu.add(item);
        }
        menu.show(invoker, 0, invoker.getHeight());
    }

    void showSource(int index) {
        List<String> sources = editor().post(index).sources();
        if (sources.isEmpty()) {
            return;
        }
        ReaderNavigator nav = ReaderNavigator.getDefault();
        if (nav == null) {
            view.status(Bundle.MSG_NoReader());
            return;
        }
        String id = sources.get(0);
        RP.post(() -> {
            Optional<Annotation> a = model.workspace().annotations().stream().filter(x -> id.equals(x.id())).findFirst();
            Optional<Paper> p = a.flatMap(x -> model.workspace().paper(x.paperId()));
            SwingUtilities.invokeLater(() -> {
                if (a.isPresent() && p.isPresent()) {
                    nav.showAnnotation(p.get(), a.get());
                } else {
                    view.status(Bundle.MSG_SourceGone());
                }
            });
        });
    }

    // ---- drops ------------------------------------------------------------------------------

    void quote(List<Annotation> annotations, int at) {
        intoOpenThread(() -> {
            view.focusAfterRebuild(at < 0 ? editor() == null ? 0 : editor().size() : at, Integer.MAX_VALUE);
            model.quote(annotations, at);
        }, () -> {
            view.focusAfterRebuild(0, Integer.MAX_VALUE);
            model.quoteInNewThread(annotations);
        });
    }

    void insertText(String text, int at) {
        intoOpenThread(() -> {
            view.focusAfterRebuild(at < 0 ? editor() == null ? 0 : editor().size() : at, Integer.MAX_VALUE);
            model.insertText(text, at);
        }, () -> {
            Post p = QuotePosts.fromText(text);
            if (p != null) {
                view.focusAfterRebuild(0, Integer.MAX_VALUE);
                model.newThread(null, List.of(p));
            }
        });
    }

    /**
     * Adds new posts to the open thread ({@code add}), unless some of it is already out: then
     * the user decides first, between a new thread with them ({@code newThread}), adding them
     * anyway, and nothing. Asked after the drop has finished (a dialog inside one holds the drag).
     */
    private void intoOpenThread(Runnable add, Runnable newThread) {
        ThreadEditor open = editor();
        Optional<ThreadOut> out = open == null ? Optional.empty() : ThreadOut.of(model.workspace(), open.thread());
        if (out.isEmpty()) {
            add.run();
            return;
        }
        SwingUtilities.invokeLater(() -> {
            switch (PublishedWarning.ask(ThreadPicker.label(open.thread()), out.get())) {
                case NEW_THREAD -> newThread.run();
                case ADD -> {
                    if (editor() == open) {
                        add.run();
                    }
                }
                case CANCEL -> view.status(Bundle.MSG_NotAdded());
            }
        });
    }

    /** Image files dropped between cards: a new post carrying them. */
    void newPostWithImages(int at, List<File> files) {
        if (editor() == null) {
            model.newThread(null, List.of());
        }
        int index = at < 0 ? editor().size() : at;
        editor().insert(index, List.of(Post.of("")), null);
        addImageFiles(Math.min(index, editor().size() - 1), files);
    }
}
