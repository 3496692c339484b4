package dev.gloss.desktop.library;

import dev.gloss.desktop.core.widgets.WindowMinimum;
import dev.gloss.desktop.core.Sentences;
import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingConstants;
import javax.swing.SwingWorker;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.util.NbBundle;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/** Search results of the whole library, grouped by paper, with the matched words in bold. */
@TopComponent.Description(preferredID = SearchResultsTopComponent.ID, iconBase = "dev/gloss/desktop/library/paper.png",
        persistenceType = TopComponent.PERSISTENCE_NEVER)
@TopComponent.Registration(mode = "output", openAtStartup = false, position = 20)
@ActionID(category = "Window", id = "dev.gloss.desktop.library.SearchResultsTopComponent")
@ActionReference(path = "Menu/Window", position = 20)
@TopComponent.OpenActionRegistration(displayName = "#CTL_SearchAction", preferredID = SearchResultsTopComponent.ID)
@NbBundle.Messages({
    "CTL_SearchAction=Search Results",
    "CTL_SearchResults=Search",
    "HINT_Query=Search papers, pages, notes and threads — \"phrases\", author:, tag:, color:, type:",
    "LBL_Searching=Searching…",
    "LBL_NoQuery=Type words to search the whole library",
    "# {0} - query",
    "LBL_NoHits=Nothing in the library matches \u201C{0}\u201D"
})
public final class SearchResultsTopComponent extends TopComponent {
    static final String ID = "SearchResultsTopComponent";
    private static final int LIMIT = 200;
    private final JTextField query = new JTextField();
    private final DefaultListModel<SearchRow> rows = new DefaultListModel<>();
    private final JList<SearchRow> list = new JList<>(rows);
    private final JLabel message = new JLabel(Bundle.LBL_NoQuery(), SwingConstants.CENTER);
    private final CardLayout cards = new CardLayout();
    private final JPanel body = new JPanel(cards);
    private SwingWorker<List<SearchRow>, Void> running;

    public SearchResultsTopComponent() {
        setName(Bundle.CTL_SearchResults());
        setLayout(new BorderLayout());
        WindowMinimum.apply(this);
        query.putClientProperty("JTextField.placeholderText", Bundle.HINT_Query());
        query.putClientProperty("JTextField.showClearButton", Boolean.TRUE);
        query.addActionListener(e -> search(query.getText()));
        JPanel top = new JPanel(new BorderLayout());
        top.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        top.add(query, BorderLayout.CENTER);
        add(top, BorderLayout.NORTH);
        list.setCellRenderer(new SearchRowRenderer());
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() >= 1 && javax.swing.SwingUtilities.isLeftMouseButton(e)) {
                    openSelected();
                }
            }
        });
        list.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "open");
        list.getActionMap().put("open", new javax.swing.AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                openSelected();
            }
        });
        message.setEnabled(false);
        JScrollPane scroll = new JScrollPane(list);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        body.add(scroll, "list");
        body.add(message, "message");
        cards.show(body, "message");
        add(body, BorderLayout.CENTER);
    }

    /** Opens the results window and searches for {@code text}. */
    public static void show(String text) {
        TopComponent tc = WindowManager.getDefault().findTopComponent(ID);
        if (tc instanceof SearchResultsTopComponent results) {
            results.open();
            results.requestActive();
            results.query.setText(text);
            results.search(text);
        }
    }

    private void search(String text) {
        if (running != null) {
            running.cancel(true);
        }
        if (text == null || text.isBlank()) {
            rows.clear();
            showMessage(Bundle.LBL_NoQuery());
            return;
        }
        showMessage(Bundle.LBL_Searching());
        running = new SwingWorker<>() {
            @Override
            protected List<SearchRow> doInBackground() {
                return SearchRow.group(LibrarySearch.search(text, LIMIT));
            }

            @Override
            protected void done() {
                if (isCancelled()) {
                    return;
                }
                try {
                    List<SearchRow> found = get();
                    rows.clear();
                    found.forEach(rows::addElement);
                    if (found.isEmpty()) {
                        showMessage(Bundle.LBL_NoHits(text));
                    } else {
                        cards.show(body, "list");
                        list.setSelectedIndex(1);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (java.util.concurrent.ExecutionException e) {
                    showMessage(Sentences.of(e.getCause()));
                }
            }
        };
        running.execute();
    }

    private void showMessage(String text) {
        message.setText(text);
        cards.show(body, "message");
    }

    private void openSelected() {
        SearchRow row = list.getSelectedValue();
        if (row != null) {
            row.open(query.getText());
        }
    }

    @Override
    protected void componentActivated() {
        query.requestFocusInWindow();
    }
}
