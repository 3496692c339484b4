package dev.gloss.desktop.queue;

import dev.gloss.threads.Platform;
import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.PostThread;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;

/**
 * Where a thread goes, as Add to Queue asks it: one row per platform that has an account, a
 * check box to send the thread there and the account to send it from (a list when there are
 * several on that platform). The platforms the thread was written for are checked to start with.
 * Queued once, the thread goes to every platform checked, at one time.
 */
final class PlatformChoice {
    /** One platform: whether it is chosen, and from which of its accounts. */
    record Row(Platform platform, List<AccountRef> accounts) {
    }

    private final List<Row> rows;
    private final List<JCheckBox> boxes = new ArrayList<>();
    private final List<JComboBox<AccountRef>> lists = new ArrayList<>();
    private final JPanel panel = new JPanel(new GridBagLayout());

    PlatformChoice(List<AccountRef> accounts) {
        this.rows = rows(accounts);
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            JCheckBox box = new JCheckBox(r.platform().displayName());
            box.setName("target." + r.platform().id());
            JComboBox<AccountRef> list = new JComboBox<>(r.accounts().toArray(AccountRef[]::new));
            list.setName("target." + r.platform().id() + ".account");
            list.setRenderer(new DefaultListCellRenderer() {
                @Override
                public java.awt.Component getListCellRendererComponent(JList<?> l, Object v, int index, boolean s, boolean f) {
                    return super.getListCellRendererComponent(l, v == null ? "" : ((AccountRef) v).handle(), index, s, f);
                }
            });
            list.getAccessibleContext().setAccessibleName(r.platform().displayName());
            boxes.add(box);
            lists.add(list);
            GridBagConstraints c = new GridBagConstraints();
            c.gridy = i;
            c.anchor = GridBagConstraints.LINE_START;
            c.insets = new Insets(0, 0, 4, 10);
            panel.add(box, c);
            c.gridx = 1;
            c.weightx = 1;
            c.fill = GridBagConstraints.HORIZONTAL;
            c.insets = new Insets(0, 0, 4, 0);
            // one account: its handle; several: the list to pick from
            JComponent field = r.accounts().size() == 1 ? new JLabel(r.accounts().get(0).handle()) : list;
            field.setEnabled(false);
            box.addItemListener(e -> field.setEnabled(box.isSelected()));
            panel.add(field, c);
        }
    }

    /** The platforms that have an account, in the platforms' order, each with its accounts by handle. */
    static List<Row> rows(List<AccountRef> accounts) {
        Map<Platform, List<AccountRef>> by = new TreeMap<>();
        for (AccountRef a : accounts) {
            Platform p;
            try {
                p = Platform.fromId(a.kind());
            } catch (IllegalArgumentException e) {
                continue; // an account of a kind this Gloss cannot publish to
            }
            by.computeIfAbsent(p, k -> new ArrayList<>()).add(a);
        }
        List<Row> out = new ArrayList<>();
        by.forEach((p, list) -> {
            list.sort(Comparator.comparing(AccountRef::handle, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)));
            out.add(new Row(p, List.copyOf(list)));
        });
        return out;
    }

    /** Checks the platforms {@code thread} was written for (all it has accounts on; the first platform when none). */
    void preselect(PostThread thread) {
        boolean any = false;
        for (int i = 0; i < rows.size(); i++) {
            boolean wanted = thread != null && thread.platforms().contains(rows.get(i).platform().id());
            boxes.get(i).setSelected(wanted);
            any |= wanted;
        }
        if (!any && !boxes.isEmpty()) {
            boxes.get(0).setSelected(true);
        }
    }

    /** The accounts chosen, one per platform checked, in the platforms' order. */
    List<AccountRef> chosen() {
        List<AccountRef> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (boxes.get(i).isSelected()) {
                out.add((AccountRef) lists.get(i).getSelectedItem());
            }
        }
        return out;
    }

    /** Calls {@code r} after any change of platforms or accounts. */
    void onChange(Runnable r) {
        boxes.forEach(b -> b.addActionListener(e -> r.run()));
        lists.forEach(l -> l.addActionListener(e -> r.run()));
    }

    /** The first check box, for the form's label to point at. */
    JComponent first() {
        return boxes.isEmpty() ? panel : boxes.get(0);
    }

    JPanel panel() {
        return panel;
    }
}
