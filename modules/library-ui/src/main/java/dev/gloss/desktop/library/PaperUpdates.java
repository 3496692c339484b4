package dev.gloss.desktop.library;

import dev.gloss.desktop.core.widgets.Icons;
import dev.gloss.desktop.core.spi.PaperOpener;
import dev.gloss.desktop.core.Sentences;
import dev.gloss.library.LibraryException;
import dev.gloss.net.Cancel;
import dev.gloss.sources.ArxivUpdates;
import dev.gloss.sources.Details;
import dev.gloss.sources.Identifier;
import dev.gloss.sources.PaperFromLink;
import dev.gloss.sources.SourceException;
import dev.gloss.sources.SourceMetadata;
import dev.gloss.sources.Sources;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Paper;
import dev.gloss.workspace.Workspace;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.table.AbstractTableModel;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.awt.NotificationDisplayer;
import org.openide.awt.StatusDisplayer;
import org.openide.util.NbBundle;
import org.openide.util.RequestProcessor;

/**
 * A paper's details and version kept in step with its source: "Update Details from arXiv/DOI…"
 * (the changes shown field by field, the accepted ones taken), the check for a newer arXiv
 * version when a paper is opened (at most once a day per paper, told once per session), and
 * "Update to arXiv Version N" (the annotations kept, re-anchored; the orphans listed).
 */
@NbBundle.Messages({
    "ACT_UpdateDetails=Update Details from arXiv/DOI…",
    "# {0} - version", "ACT_UpdateVersion=Update to arXiv Version {0}",
    "PRG_LookingUpDetails=Looking up the paper's details",
    "# {0} - title", "MSG_NamesNothing=The text of \u201C{0}\u201D names no arXiv id or DOI to look up.",
    "# {0} - title", "# {1} - source", "MSG_DetailsMatch=The details of \u201C{0}\u201D already say what {1} says.",
    "# {0} - title", "MSG_DetailsUpdated=Updated the details of \u201C{0}\u201D",
    "# {0} - source", "LBL_DetailsTitle=Update Details from {0}",
    "BTN_TakeChecked=Take the Checked Changes",
    "COL_Take=Take", "COL_Field=Field", "COL_Now=Now", "# {0} - source", "COL_Proposed={0} says",
    "FLD_title=Title", "FLD_authors=Authors", "FLD_year=Year", "FLD_venue=Venue", "FLD_arxivId=arXiv id", "FLD_doi=DOI",
    "FLD_abstract=Abstract",
    "# {0} - latest version", "# {1} - title", "# {2} - version in the library",
    "MSG_NewerVersion=arXiv has version {0} of \u201C{1}\u201D (yours is version {2})",
    "MSG_NewerVersionHow=Click to update it; your annotations are kept.",
    "# {0} - version", "PRG_UpdatingVersion=Updating to arXiv version {0}",
    "# {0} - title", "# {1} - version", "# {2} - annotations kept",
    "MSG_VersionUpdated=\u201C{0}\u201D is now version {1}; {2,choice,0#it had no annotations|1#its annotation is kept|1<its {2,number,integer} annotations are kept}",
    "# {0} - count", "MSG_Orphans={0,choice,1#One annotation was not found in the new version|1<{0,number,integer} annotations were not found in the new version}",
    "MSG_OrphansHow=<html>They are kept on the paper, unplaced:<br>",
    "MSG_AlreadyLatest=This is arXiv's latest version already."
})
final class PaperUpdates {
    private static final Logger LOG = Logger.getLogger(PaperUpdates.class.getName());
    private static final RequestProcessor RP = new RequestProcessor("Gloss paper updates", 1);
    /** A paper is checked for a newer version at most this often. */
    private static final Duration CHECK_EVERY = Duration.ofDays(1);
    /** The papers whose newer version this session has told of already. */
    private static final Set<String> TOLD = ConcurrentHashMap.newKeySet();
    /** When this session last asked about a paper (a tab may show a paper several times). */
    private static final java.util.Map<String, Instant> ASKED = new ConcurrentHashMap<>();

    private PaperUpdates() {
    }

    // ---- Update Details ---------------------------------------------------------------------

    /** Whether the paper's text names an id whose details could be looked up. */
    static boolean canUpdateDetails(Paper p) {
        return Details.namedBy(p).filter(id -> !(id instanceof Identifier.Web)).isPresent();
    }

    /** Looks up the details (in the background), shows the changes, takes the accepted ones. */
    static void updateDetails(Workspace ws, Paper paper) {
        Optional<Identifier> named = Details.namedBy(paper);
        if (named.isEmpty()) {
            StatusDisplayer.getDefault().setStatusText(Bundle.MSG_NamesNothing(paper.displayTitle()));
            return;
        }
        RP.post(() -> {
            Cancel cancel = new Cancel();
            SourceMetadata m;
            try (ProgressHandle progress = ProgressHandle.createHandle(Bundle.PRG_LookingUpDetails(), () -> {
                cancel.cancel();
                return true;
            })) {
                progress.start();
                m = Sources.forWorkspace(ws).details(named.get(), cancel);
            } catch (SourceException e) {
                if (!e.isCancelled()) {
                    SwingUtilities.invokeLater(() -> StatusDisplayer.getDefault().setStatusText(Sentences.of(e)));
                }
                return;
            }
            Paper now = ws.paper(paper.id()).orElse(paper);
            List<Details.Change> changes = Details.diff(now, m);
            SwingUtilities.invokeLater(() -> {
                String source = m.origin().shown();
                if (changes.isEmpty()) {
                    StatusDisplayer.getDefault().setStatusText(Bundle.MSG_DetailsMatch(now.displayTitle(), source));
                    return;
                }
                Set<String> accepted = askWhich(changes, source);
                if (accepted.isEmpty()) {
                    return;
                }
                RP.post(() -> {
                    ws.update(Kind.PAPERS, now.id(), p -> Details.apply(p, m, null, Instant.now(), accepted));
                    SwingUtilities.invokeLater(() -> StatusDisplayer.getDefault().setStatusText(Bundle.MSG_DetailsUpdated(now.displayTitle())));
                });
            });
        });
    }

    /** The changes, each with a check box (all checked); the fields checked when the user takes them, else none. */
    static Set<String> askWhich(List<Details.Change> changes, String source) {
        DiffModel model = new DiffModel(changes, source);
        JTable table = new JTable(model);
        table.setName("gloss.details.diff");
        table.getColumnModel().getColumn(0).setMaxWidth(48);
        table.getColumnModel().getColumn(1).setPreferredWidth(90);
        table.getColumnModel().getColumn(2).setPreferredWidth(300);
        table.getColumnModel().getColumn(3).setPreferredWidth(300);
        table.setFillsViewportHeight(true);
        // a long title or abstract is cut in its cell: the whole text is its tooltip
        table.setDefaultRenderer(String.class, new javax.swing.table.DefaultTableCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focus,
                    int row, int column) {
                java.awt.Component c = super.getTableCellRendererComponent(t, value, selected, focus, row, column);
                String text = value == null ? "" : value.toString();
                setToolTipText(text.isEmpty() ? null : "<html><div style='width:420px'>" + text.replace("&", "&amp;")
                        .replace("<", "&lt;") + "</div></html>");
                return c;
            }
        });
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new java.awt.Dimension(760, Math.min(320, 40 + 24 * changes.size())));
        javax.swing.JButton take = new javax.swing.JButton(Bundle.BTN_TakeChecked());
        DialogDescriptor d = new DialogDescriptor(scroll, Bundle.LBL_DetailsTitle(source), true,
                new Object[]{take, DialogDescriptor.CANCEL_OPTION}, take, DialogDescriptor.DEFAULT_ALIGN, null, null);
        Object answer = DialogDisplayer.getDefault().notify(d);
        return answer == take ? model.checked() : Set.of();
    }

    /** The table of changes: take?, field, now, what the source says. */
    static final class DiffModel extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private final transient List<Details.Change> changes;
        private final boolean[] take;
        private final String source;

        DiffModel(List<Details.Change> changes, String source) {
            this.changes = changes;
            this.take = new boolean[changes.size()];
            java.util.Arrays.fill(take, true);
            this.source = source;
        }

        Set<String> checked() {
            Set<String> out = new LinkedHashSet<>();
            for (int i = 0; i < changes.size(); i++) {
                if (take[i]) {
                    out.add(changes.get(i).field());
                }
            }
            return out;
        }

        @Override
        public int getRowCount() {
            return changes.size();
        }

        @Override
        public int getColumnCount() {
            return 4;
        }

        @Override
        public String getColumnName(int c) {
            return switch (c) {
                case 0 -> Bundle.COL_Take();
                case 1 -> Bundle.COL_Field();
                case 2 -> Bundle.COL_Now();
                default -> Bundle.COL_Proposed(source);
            };
        }

        @Override
        public Class<?> getColumnClass(int c) {
            return c == 0 ? Boolean.class : String.class;
        }

        @Override
        public boolean isCellEditable(int r, int c) {
            return c == 0;
        }

        @Override
        public Object getValueAt(int r, int c) {
            Details.Change ch = changes.get(r);
            return switch (c) {
                case 0 -> take[r];
                case 1 -> fieldName(ch.field());
                case 2 -> ch.now() == null ? "" : ch.now();
                default -> ch.proposed() == null ? "" : ch.proposed();
            };
        }

        @Override
        public void setValueAt(Object v, int r, int c) {
            if (c == 0) {
                take[r] = Boolean.TRUE.equals(v);
                fireTableCellUpdated(r, c);
            }
        }
    }

    static String fieldName(String field) {
        return switch (field) {
            case "title" -> Bundle.FLD_title();
            case "authors" -> Bundle.FLD_authors();
            case "year" -> Bundle.FLD_year();
            case "venue" -> Bundle.FLD_venue();
            case "arxivId" -> Bundle.FLD_arxivId();
            case "doi" -> Bundle.FLD_doi();
            default -> Bundle.FLD_abstract();
        };
    }

    // ---- newer arXiv versions -----------------------------------------------------------------

    /**
     * A paper was opened: when it has an arXiv id and was not checked for a day, arXiv is asked
     * (in the background) for its latest version; a newer one is told once per session, with a
     * click to update.
     */
    static void opened(Workspace ws, Paper paper) {
        if (!ArxivUpdates.applies(paper)) {
            return;
        }
        Instant checked = paper.source() == null ? null : paper.source().checked();
        if (checked != null && checked.isAfter(Instant.now().minus(CHECK_EVERY))) {
            if (paper.source().newerVersion()) {
                tell(ws, paper, ArxivUpdates.versionOf(paper), paper.source().latestVersion());
            }
            return;
        }
        Instant before = ASKED.put(paper.id(), Instant.now());
        if (before != null && before.isAfter(Instant.now().minus(Duration.ofHours(1)))) {
            return;
        }
        RP.post(() -> {
            try {
                ArxivUpdates.Check c = new ArxivUpdates(ws, Sources.forWorkspace(ws)).check(paper, null);
                if (c.newer()) {
                    tell(ws, c.paper(), c.version(), c.latest());
                } else if (c.error() != null) {
                    // offline or refused: the reader works as before; the next open asks again
                    LOG.log(Level.INFO, "no version check for {0}: {1}", new Object[]{paper.id(), c.error().getMessage()});
                }
            } catch (SourceException e) {
                LOG.log(Level.FINE, "version check cancelled", e);
            }
        });
    }

    private static void tell(Workspace ws, Paper paper, Integer version, Integer latest) {
        if (!TOLD.add(paper.id() + "@" + latest)) {
            return;
        }
        SwingUtilities.invokeLater(() -> NotificationDisplayer.getDefault().notify(
                Bundle.MSG_NewerVersion(latest, paper.displayTitle(), version), Icons.info(), Bundle.MSG_NewerVersionHow(),
                e -> updateVersion(ws, paper), NotificationDisplayer.Priority.NORMAL));
    }

    /** Fetches arXiv's latest version as the paper's new PDF, keeping the annotations; opens it. */
    static void updateVersion(Workspace ws, Paper paper) {
        RP.post(() -> {
            Cancel cancel = new Cancel();
            Integer latest = paper.source() == null ? null : paper.source().latestVersion();
            ArxivUpdates.Updated u;
            try (ProgressHandle progress = ProgressHandle.createHandle(Bundle.PRG_UpdatingVersion(latest == null ? "" : latest), () -> {
                cancel.cancel();
                return true;
            })) {
                progress.start(100);
                u = new ArxivUpdates(ws, Sources.forWorkspace(ws)).update(paper, new PaperFromLink.Progress() {
                    @Override
                    public void phase(PaperFromLink.Phase phase) {
                        progress.progress(phase == PaperFromLink.Phase.IMPORTING ? 90 : phase == PaperFromLink.Phase.DOWNLOADING ? 10 : 0);
                    }

                    @Override
                    public void update(long received, long total) {
                        if (total > 0) {
                            progress.progress(10 + (int) (80 * Math.min(1.0, received / (double) total)));
                        }
                    }
                }, cancel);
            } catch (SourceException e) {
                if (!e.isCancelled()) {
                    SwingUtilities.invokeLater(() -> StatusDisplayer.getDefault().setStatusText(Sentences.of(e)));
                }
                return;
            } catch (LibraryException e) {
                SwingUtilities.invokeLater(() -> StatusDisplayer.getDefault().setStatusText(Sentences.of(e)));
                return;
            }
            report(ws, u);
        });
    }

    private static void report(Workspace ws, ArxivUpdates.Updated u) {
        SwingUtilities.invokeLater(() -> {
            if (!u.changed()) {
                StatusDisplayer.getDefault().setStatusText(Bundle.MSG_AlreadyLatest());
                return;
            }
            Integer v = u.paper().source() == null ? null : u.paper().source().version();
            StatusDisplayer.getDefault().setStatusText(Bundle.MSG_VersionUpdated(u.paper().displayTitle(), v == null ? "" : v,
                    u.moved().size() + u.orphans().size()));
            // the old version's tab goes (its file is in the trash); the new one opens in its place
            for (org.openide.windows.TopComponent tc : org.openide.windows.TopComponent.getRegistry().getOpened()) {
                Paper shown = tc.getLookup().lookup(Paper.class);
                if (shown != null && shown.id().equals(u.previous().id())
                        && org.openide.windows.WindowManager.getDefault().isEditorTopComponent(tc)) {
                    tc.close();
                }
            }
            PaperOpener.open(ws, u.paper());
            if (!u.orphans().isEmpty()) {
                String quotes = u.orphans().stream().map(PaperUpdates::shown).collect(Collectors.joining("<br>"));
                NotificationDisplayer.getDefault().notify(Bundle.MSG_Orphans(u.orphans().size()), Icons.warning(),
                        Bundle.MSG_OrphansHow() + quotes, null, NotificationDisplayer.Priority.HIGH);
            }
        });
    }

    private static String shown(Annotation a) {
        String q = a.exact().isBlank() ? String.valueOf(a.note()) : a.exact();
        q = q.length() > 90 ? q.substring(0, 89) + "…" : q;
        return "p. " + a.page() + ": \u201C" + q.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "\u201D";
    }
}
