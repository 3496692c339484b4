package dev.gloss.desktop.library;

import dev.gloss.desktop.core.widgets.Icons;
import dev.gloss.desktop.core.spi.PaperOpener;
import dev.gloss.desktop.core.Sentences;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import dev.gloss.workspace.WorkspaceException;
import java.awt.event.ActionEvent;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.SwingUtilities;
import org.openide.awt.NotificationDisplayer;
import org.openide.awt.StatusDisplayer;
import org.openide.nodes.AbstractNode;
import org.openide.nodes.Children;
import org.openide.nodes.PropertySupport;
import org.openide.nodes.Sheet;
import org.openide.util.NbBundle;
import org.openide.util.RequestProcessor;
import org.openide.util.lookup.Lookups;

/** One paper in the library; double-click (the preferred action) opens it in the reader. */
@NbBundle.Messages({
    "ACT_Open=Open",
    "ACT_Edit=Edit Details…",
    "ACT_Trash=Move to Trash",
    "COL_Authors=Authors",
    "COL_Year=Year",
    "COL_Arxiv=arXiv",
    "COL_Annotations=Notes",
    "COL_Threads=Threads",
    "COL_Added=Added",
    "# {0} - title",
    "MSG_Trashed=Moved \u201C{0}\u201D to the trash",
    "MSG_TrashUndo=Click to put it back",
    "# {0} - title",
    "MSG_Restored=\u201C{0}\u201D is back in the library"
})
final class PaperNode extends AbstractNode {
    private static final RequestProcessor RP = new RequestProcessor(PaperNode.class);
    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());
    private final LibraryRow row;
    private final Workspace workspace;

    PaperNode(LibraryRow row, Workspace workspace) {
        super(Children.LEAF, Lookups.singleton(row.paper()));
        this.row = row;
        this.workspace = workspace;
        Paper paper = row.paper();
        setName(paper.id());
        setDisplayName(paper.displayTitle());
        setShortDescription(paper.file());
        setIconBaseWithExtension("dev/gloss/desktop/library/paper.png");
    }

    Paper paper() {
        return row.paper();
    }

    /** The paper's first page, once {@link Thumbnails} has it; the paper icon until then. */
    @Override
    public java.awt.Image getIcon(int type) {
        java.awt.Image thumbnail = Thumbnails.shared().get(workspace, paper(), this::fireIconChange);
        return thumbnail != null ? thumbnail : super.getIcon(type);
    }

    @Override
    public java.awt.Image getOpenedIcon(int type) {
        return getIcon(type);
    }

    @Override
    public Action getPreferredAction() {
        return new AbstractAction(Bundle.ACT_Open()) {
            @Override
            public void actionPerformed(ActionEvent e) {
                PaperOpener.open(workspace, paper());
            }
        };
    }

    @Override
    public Action[] getActions(boolean context) {
        java.util.List<Action> out = new java.util.ArrayList<>();
        out.add(getPreferredAction());
        out.add(new AbstractAction(Bundle.ACT_Edit()) {
            @Override
            public void actionPerformed(ActionEvent e) {
                PaperDetailsDialog.edit(workspace, paper());
            }
        });
        Paper p = paper();
        if (PaperUpdates.canUpdateDetails(p)) {
            out.add(new AbstractAction(Bundle.ACT_UpdateDetails()) {
                @Override
                public void actionPerformed(ActionEvent e) {
                    PaperUpdates.updateDetails(workspace, paper());
                }
            });
        }
        if (p.source() != null && p.source().newerVersion()) {
            out.add(new AbstractAction(Bundle.ACT_UpdateVersion(p.source().latestVersion())) {
                @Override
                public void actionPerformed(ActionEvent e) {
                    PaperUpdates.updateVersion(workspace, paper());
                }
            });
        }
        out.add(null);
        // Copy Citation (BibTeX, text): the context-aware actions of the Edit menu, on this node's paper
        out.addAll(org.openide.util.Utilities.actionsForPath("Gloss/PaperActions"));
        out.add(null);
        out.add(new AbstractAction(Bundle.ACT_Trash()) {
            @Override
            public void actionPerformed(ActionEvent e) {
                trash();
            }
        });
        return out.toArray(Action[]::new);
    }

    @Override
    public boolean canDestroy() {
        return true;
    }

    @Override
    public void destroy() {
        trash();
    }

    /** Moves the paper (with its annotations and clips) to the trash; the notification undoes it. */
    private void trash() {
        Paper paper = paper();
        RP.post(() -> {
            try {
                Path trashed = workspace.trash().movePaper(paper.id());
                SwingUtilities.invokeLater(() -> NotificationDisplayer.getDefault().notify(
                        Bundle.MSG_Trashed(paper.displayTitle()), Icons.info(), Bundle.MSG_TrashUndo(),
                        e -> RP.post(() -> restore(trashed, paper)), NotificationDisplayer.Priority.NORMAL));
            } catch (WorkspaceException ex) {
                SwingUtilities.invokeLater(() -> StatusDisplayer.getDefault().setStatusText(Sentences.of(ex)));
            }
        });
    }

    private void restore(Path trashed, Paper paper) {
        try {
            workspace.trash().restore(trashed);
            SwingUtilities.invokeLater(() -> StatusDisplayer.getDefault().setStatusText(Bundle.MSG_Restored(paper.displayTitle())));
        } catch (WorkspaceException ex) {
            SwingUtilities.invokeLater(() -> StatusDisplayer.getDefault().setStatusText(Sentences.of(ex)));
        }
    }

    @Override
    protected Sheet createSheet() {
        Paper paper = paper();
        Sheet sheet = Sheet.createDefault();
        Sheet.Set set = Sheet.createPropertiesSet();
        set.put(new ReadOnly<>("authors", String.class, Bundle.COL_Authors(), String.join(", ", paper.authors())));
        set.put(new ReadOnly<>("year", String.class, Bundle.COL_Year(), paper.year() == null ? "" : paper.year().toString()));
        set.put(new ReadOnly<>("arxiv", String.class, Bundle.COL_Arxiv(), paper.arxivId() == null ? "" : paper.arxivId()));
        set.put(new ReadOnly<>("annotations", Integer.class, Bundle.COL_Annotations(), row.annotations()));
        set.put(new ReadOnly<>("threads", Integer.class, Bundle.COL_Threads(), row.threads()));
        set.put(new ReadOnly<>("added", AddedDate.class, Bundle.COL_Added(), new AddedDate(paper.added())));
        sheet.put(set);
        return sheet;
    }

    /** When a paper was added: sorts by time, shows as a local date. */
    record AddedDate(java.time.Instant at) implements Comparable<AddedDate> {
        @Override
        public int compareTo(AddedDate o) {
            return java.util.Comparator.nullsFirst(java.util.Comparator.<java.time.Instant>naturalOrder()).compare(at, o.at);
        }

        @Override
        public String toString() {
            return at == null ? "" : ADDED.format(at);
        }
    }

    /** A read-only column value. */
    private static final class ReadOnly<T> extends PropertySupport.ReadOnly<T> {
        private final T value;

        ReadOnly(String name, Class<T> type, String displayName, T value) {
            super(name, type, displayName, null);
            this.value = value;
            setValue("suppressCustomEditor", Boolean.TRUE); // read-only text: no "..." button in cells
        }

        @Override
        public java.beans.PropertyEditor getPropertyEditor() {
            return new java.beans.PropertyEditorSupport() {
                @Override
                public String getAsText() {
                    Object v = getValue();
                    return v == null ? "" : v.toString();
                }
            };
        }

        @Override
        public T getValue() {
            return value;
        }
    }
}
