package dev.gloss.desktop.library;

import dev.gloss.desktop.core.PaperOpener;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import java.awt.event.ActionEvent;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javax.swing.AbstractAction;
import javax.swing.Action;
import org.openide.nodes.AbstractNode;
import org.openide.nodes.Children;
import org.openide.nodes.PropertySupport;
import org.openide.nodes.Sheet;
import org.openide.util.NbBundle;
import org.openide.util.lookup.Lookups;

/** One paper in the library; double-click (the preferred action) opens it in the reader. */
@NbBundle.Messages({
    "ACT_Open=Open",
    "COL_Authors=Authors",
    "COL_Added=Added",
    "COL_Pages=Pages"
})
final class PaperNode extends AbstractNode {
    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());
    private final Paper paper;
    private final Workspace workspace;

    PaperNode(Paper paper, Workspace workspace) {
        super(Children.LEAF, Lookups.singleton(paper));
        this.paper = paper;
        this.workspace = workspace;
        setName(paper.id());
        setDisplayName(paper.displayTitle());
        setShortDescription(paper.file());
        setIconBaseWithExtension("dev/gloss/desktop/library/paper.png");
    }

    @Override
    public Action getPreferredAction() {
        return new AbstractAction(Bundle.ACT_Open()) {
            @Override
            public void actionPerformed(ActionEvent e) {
                PaperOpener.open(workspace, paper);
            }
        };
    }

    @Override
    public Action[] getActions(boolean context) {
        return new Action[]{getPreferredAction()};
    }

    @Override
    protected Sheet createSheet() {
        Sheet sheet = Sheet.createDefault();
        Sheet.Set set = Sheet.createPropertiesSet();
        set.put(new ReadOnly<>("authors", String.class, Bundle.COL_Authors(), String.join(", ", paper.authors())));
        set.put(new ReadOnly<>("added", String.class, Bundle.COL_Added(),
                paper.added() == null ? "" : ADDED.format(paper.added())));
        set.put(new ReadOnly<>("pages", Integer.class, Bundle.COL_Pages(), paper.pages()));
        sheet.put(set);
        return sheet;
    }

    /** A read-only column value. */
    private static final class ReadOnly<T> extends PropertySupport.ReadOnly<T> {
        private final T value;

        ReadOnly(String name, Class<T> type, String displayName, T value) {
            super(name, type, displayName, null);
            this.value = value;
        }

        @Override
        public T getValue() {
            return value;
        }
    }
}
