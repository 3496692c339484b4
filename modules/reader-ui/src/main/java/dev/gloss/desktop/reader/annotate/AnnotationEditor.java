package dev.gloss.desktop.reader.annotate;

import dev.gloss.desktop.core.AnnotationColors;
import dev.gloss.desktop.core.widgets.NoteAndTagsDialog;
import dev.gloss.desktop.core.Sentences;
import dev.gloss.desktop.reader.render.OpenDocument;
import dev.gloss.desktop.reader.select.PageTexts;
import dev.gloss.desktop.reader.select.SelectionModel;
import dev.gloss.library.anchor.Annotator;
import dev.gloss.library.anchor.Clips;
import dev.gloss.library.LibraryException;
import dev.gloss.pdf.PageText;
import dev.gloss.pdf.PdfException;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.AnnotationType;
import dev.gloss.workspace.Ids;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Rect;
import dev.gloss.workspace.Workspace;
import dev.gloss.workspace.WorkspaceException;
import java.awt.image.BufferedImage;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.util.RequestProcessor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javax.swing.event.ChangeListener;
import javax.swing.undo.CompoundEdit;
import javax.swing.undo.UndoableEdit;
import org.openide.awt.StatusDisplayer;
import org.openide.awt.UndoRedo;
import org.openide.util.ChangeSupport;
import org.openide.util.NbBundle;

/**
 * Making and changing annotations in the reader: highlight, underline or strike out the
 * selected text in the current colour (keys 1-8 choose it, H, U and S mark, Delete removes the
 * selected annotation), sticky notes at a point, area clips (C, then drag), a note and tags on
 * any annotation, recolour, delete, quote in a thread. Every change is saved at once and
 * can be undone with the document's undo/redo.
 */
@NbBundle.Messages({
    "CTL_Highlight=Highlight",
    "CTL_Underline=Underline",
    "CTL_StrikeOut=Strike Out",
    "CTL_Colour=Colour",
    "CTL_ChangeColour=Change Colour",
    "CTL_DeleteAnnotation=Delete Annotation",
    "CTL_QuoteInThread=Quote in Thread",
    "CTL_EditNote=Note and Tags\u2026",
    "CTL_AddNote=Add Note Here\u2026",
    "CTL_ClipArea=Clip an Area",
    "TITLE_EditNote=Note and Tags",
    "TITLE_AddNote=New Note",
    "UNDO_Note=Edit Note",
    "UNDO_AddNote=Add Note",
    "UNDO_Clip=Clip Area",
    "# {0} - reason",
    "MSG_ClipFailed=The clip could not be made: {0}",
    "# {0} - page",
    "MSG_Clipped=Clip of page {0} saved; it can be attached to a post.",
    "UNDO_Highlight=Highlight",
    "UNDO_Underline=Underline",
    "UNDO_StrikeOut=Strike Out",
    "UNDO_Recolour=Change Colour",
    "UNDO_Delete=Delete Annotation",
    "MSG_NotInLibrary=This PDF is not in the library: add it to annotate it.",
    "CTL_AddToLibrary=Add to Library to Annotate",
    "# {0} - colour name",
    "MSG_Colour=Highlight colour: {0}",
    "COLOR_yellow=Yellow",
    "COLOR_red=Red",
    "COLOR_green=Green",
    "COLOR_blue=Blue",
    "COLOR_purple=Purple",
    "COLOR_magenta=Magenta",
    "COLOR_orange=Orange",
    "COLOR_gray=Gray"
})
public final class AnnotationEditor {
    private static final Logger LOG = Logger.getLogger(AnnotationEditor.class.getName());
    /** The preference that keeps the colour of new marks (Options ▸ Reader sets it too). */
    public static final String COLOR_PREFERENCE = "color";
    private static final RequestProcessor CLIPS = new RequestProcessor("Gloss reader: clips", 1);
    private final SelectionModel selection;
    private final PageTexts texts;
    private final AnnotationModel annotations;
    private final UndoRedo.Manager undo;
    private final AnnotationStore store;
    private final ChangeSupport changes = new ChangeSupport(this);
    private final Preferences prefs;
    private String color;
    private Runnable addToLibrary;

    public AnnotationEditor(SelectionModel selection, PageTexts texts, AnnotationModel annotations, UndoRedo.Manager undo,
            AnnotationStore store, Preferences prefs) {
        this.prefs = prefs;
        this.color = prefs.get(COLOR_PREFERENCE, AnnotationColors.NAMES.get(0));
        this.selection = selection;
        this.texts = texts;
        this.annotations = annotations;
        // whether marking is possible changes when the paper is found or added
        annotations.addChangeListener(e -> changes.fireChange());
        this.undo = undo;
        this.store = store;
    }

    /** The colour new marks get. */
    String color() {
        return color;
    }

    /** Chooses the colour of new marks; the selected annotation, if any, takes it too. */
    void setColor(String name) {
        color = name;
        prefs.put(COLOR_PREFERENCE, name);
        Annotation a = annotations.selected();
        if (a != null && !name.equals(a.color())) {
            recolor(a, name);
        }
        StatusDisplayer.getDefault().setStatusText(Bundle.MSG_Colour(AnnotationMenus.colorName(name)));
        changes.fireChange();
    }

    void addChangeListener(ChangeListener l) {
        changes.addChangeListener(l);
    }

    /** What "Add to Library" does (imports the file and attaches the annotation model); null hides it. */
    public void setAddToLibrary(Runnable r) {
        addToLibrary = r;
    }

    Runnable addToLibrary() {
        return addToLibrary;
    }

    /** True when the document is a paper of the workspace (only those can be annotated). */
    public boolean canAnnotate() {
        return annotations.paper() != null;
    }

    /**
     * Marks the selected text (one annotation per page it spans) in the current colour.
     *
     * @return the annotations made, empty when nothing was selected or the PDF is not a paper
     */
    List<Annotation> mark(AnnotationType type) {
        Paper paper = annotations.paper();
        if (selection.isEmpty()) {
            return List.of();
        }
        if (paper == null) {
            StatusDisplayer.getDefault().setStatusText(Bundle.MSG_NotInLibrary());
            return List.of();
        }
        List<Annotation> made = new ArrayList<>();
        CompoundEdit edit = new CompoundEdit() {
            @Override
            public String getPresentationName() {
                return undoName(type);
            }
        };
        for (SelectionModel.Segment s : selection.segments()) {
            PageText t = texts.get(s.page());
            if (t == null) {
                continue;
            }
            try {
                Annotation a = Annotator.markup(paper.id(), t, s.range(), type, color, null, List.of());
                store.save(a);
                edit.addEdit(new AnnotationEdit(undoName(type), null, a, store));
                made.add(a);
            } catch (LibraryException e) {
                StatusDisplayer.getDefault().setStatusText(Sentences.of(e));
            }
        }
        edit.end();
        if (!made.isEmpty()) {
            undo.undoableEditHappened(new javax.swing.event.UndoableEditEvent(this, edit));
            selection.clear();
        }
        return made;
    }

    /** Asks for a note and tags for {@code a} and saves them. */
    void editNote(Annotation a) {
        NoteAndTagsDialog.Input in = NoteAndTagsDialog.ask(Bundle.TITLE_EditNote(), a.exact(), a.note(), a.tags());
        if (in == null) {
            return;
        }
        Annotation changed = a.withNote(in.note(), in.tags(), Instant.now());
        store.save(changed);
        addEdit(new AnnotationEdit(Bundle.UNDO_Note(), a, changed, store));
    }

    /** A sticky note at a page-space point (its top-left corner), after asking for its text. */
    void addNote(int page, java.awt.geom.Point2D at) {
        Paper paper = annotations.paper();
        if (paper == null) {
            return;
        }
        NoteAndTagsDialog.Input in = NoteAndTagsDialog.ask(Bundle.TITLE_AddNote(), null, null, List.of());
        if (in == null) {
            return;
        }
        Instant now = Instant.now();
        double s = 16;
        Annotation note = new Annotation(Ids.newId(), paper.id(), AnnotationType.NOTE, page, color, null, null, List.of(),
                new Rect(at.getX(), at.getY() - s, at.getX() + s, at.getY()), null, in.note(), in.tags(), null, null, now, now);
        store.save(note);
        addEdit(new AnnotationEdit(Bundle.UNDO_AddNote(), null, note, store));
    }

    /** Saves an area of a page as a clip (a PNG in the workspace) in the background. */
    public void clip(int page, Rect area) {
        Paper paper = annotations.paper();
        Workspace ws = annotations.workspace();
        if (paper == null || ws == null) {
            StatusDisplayer.getDefault().setStatusText(Bundle.MSG_NotInLibrary());
            return;
        }
        OpenDocument doc = annotations.document();
        String c = color;
        CLIPS.post(() -> {
            try {
                BufferedImage png = Clips.render(doc.pdf(), page, area, Clips.DEFAULT_DPI);
                Annotation a = Clips.save(ws, paper.id(), page, area, png, c, null, List.of());
                SwingUtilities.invokeLater(() -> {
                    addEdit(new AnnotationEdit(Bundle.UNDO_Clip(), null, a, store));
                    StatusDisplayer.getDefault().setStatusText(Bundle.MSG_Clipped(page));
                });
            } catch (PdfException | LibraryException | WorkspaceException | IllegalStateException e) {
                LOG.log(Level.INFO, "Clip not made", e);
                SwingUtilities.invokeLater(() -> DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message(
                        Bundle.MSG_ClipFailed(Sentences.of(e)), NotifyDescriptor.WARNING_MESSAGE)));
            }
        });
    }

    void recolor(Annotation a, String newColor) {
        Annotation changed = a.withColor(newColor, Instant.now());
        store.save(changed);
        addEdit(new AnnotationEdit(Bundle.UNDO_Recolour(), a, changed, store));
    }

    void delete(Annotation a) {
        if (annotations.selected() != null && annotations.selected().id().equals(a.id())) {
            annotations.select(null);
        }
        store.delete(a);
        addEdit(new AnnotationEdit(Bundle.UNDO_Delete(), a, null, store));
    }

    private void addEdit(UndoableEdit e) {
        undo.undoableEditHappened(new javax.swing.event.UndoableEditEvent(this, e));
    }

    private static String undoName(AnnotationType type) {
        return switch (type) {
            case UNDERLINE -> Bundle.UNDO_Underline();
            case STRIKEOUT -> Bundle.UNDO_StrikeOut();
            default -> Bundle.UNDO_Highlight();
        };
    }

}
