package dev.gloss.desktop.annotations;

import dev.gloss.desktop.core.AnnotationColors;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.event.KeyEvent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.ButtonGroup;
import javax.swing.DefaultComboBoxModel;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import javax.swing.JToolBar;
import javax.swing.KeyStroke;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import org.openide.util.NbBundle;

/**
 * The controls above the annotation list: this paper or all papers, the sort, the text filter,
 * eight colour toggles and the tag filter. Tells its listener after every change.
 */
@NbBundle.Messages({
    "LBL_ThisPaper=This paper",
    "LBL_AllPapers=All papers",
    "TIP_ThisPaper=The annotations of the paper open in the reader",
    "TIP_AllPapers=The annotations of every paper",
    "LBL_Sort=Sort:",
    "LBL_SortPage=Page",
    "LBL_SortDate=Date",
    "LBL_SortColor=Colour",
    "HINT_Filter=Filter quotes, notes and #tags",
    "LBL_AnyTag=Any tag",
    "TIP_Tag=Only annotations with this tag",
    "# {0} - colour",
    "TIP_Color=Only {0} annotations (toggle; none = every colour)",
    "TIP_Export=Export annotations"
})
final class FilterBar extends JPanel {
    /** Which annotations the view lists. */
    enum Scope { THIS_PAPER, ALL_PAPERS }

    private final JToggleButton thisPaper = new JToggleButton(Bundle.LBL_ThisPaper());
    private final JToggleButton allPapers = new JToggleButton(Bundle.LBL_AllPapers());
    private final JComboBox<Sort> sort = new JComboBox<>(Sort.values());
    private final JTextField text = new JTextField();
    private final List<JToggleButton> colors;
    private final JComboBox<String> tag = new JComboBox<>();
    private final JButton export = new JButton(new ExportIcon());
    private final Runnable onChange;
    private boolean updating;

    FilterBar(Runnable onChange) {
        this.onChange = onChange;
        setLayout(new BoxLayout(this, BoxLayout.Y_AXIS));
        setBorder(BorderFactory.createEmptyBorder(4, 6, 6, 6));

        ButtonGroup scope = new ButtonGroup();
        scope.add(thisPaper);
        scope.add(allPapers);
        thisPaper.setSelected(true);
        thisPaper.setToolTipText(Bundle.TIP_ThisPaper());
        allPapers.setToolTipText(Bundle.TIP_AllPapers());
        thisPaper.addActionListener(e -> changed());
        allPapers.addActionListener(e -> changed());
        JToolBar scopeBar = new JToolBar();
        scopeBar.setFloatable(false);
        scopeBar.setBorder(BorderFactory.createEmptyBorder());
        scopeBar.add(thisPaper);
        scopeBar.add(allPapers);

        sort.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean sel,
                    boolean focus) {
                return super.getListCellRendererComponent(list, label((Sort) value), index, sel, focus);
            }
        });
        sort.addActionListener(e -> changed());
        JLabel sortLabel = new JLabel(Bundle.LBL_Sort());
        sortLabel.setLabelFor(sort);
        export.setToolTipText(Bundle.TIP_Export());
        export.putClientProperty("JButton.buttonType", "toolBarButton");
        // rows that fit the slim left column of the default layout (about 240 px at 1280x800)
        JPanel top = new JPanel(new BorderLayout(6, 0));
        top.add(scopeBar, BorderLayout.WEST);
        top.add(export, BorderLayout.EAST);
        add(stretch(top));
        add(Box.createVerticalStrut(5));

        text.putClientProperty("JTextField.placeholderText", Bundle.HINT_Filter());
        text.putClientProperty("JTextField.showClearButton", Boolean.TRUE);
        text.getAccessibleContext().setAccessibleName(Bundle.HINT_Filter());
        text.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                changed();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                changed();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                changed();
            }
        });
        text.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "gloss.clear");
        text.getActionMap().put("gloss.clear", new javax.swing.AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                text.setText("");
            }
        });
        add(stretch(text));
        add(Box.createVerticalStrut(5));

        JPanel swatches = new JPanel();
        swatches.setLayout(new BoxLayout(swatches, BoxLayout.X_AXIS));
        colors = AnnotationColors.NAMES.stream().map(name -> {
            JToggleButton b = new JToggleButton(new ColorSwatchIcon(name, 14));
            b.setName(name);
            b.setToolTipText(Bundle.TIP_Color(name));
            b.getAccessibleContext().setAccessibleName(name);
            b.putClientProperty("JButton.buttonType", "toolBarButton");
            b.setFocusable(true);
            b.setBorder(BorderFactory.createEmptyBorder(3, 2, 3, 2));
            b.addActionListener(e -> changed());
            swatches.add(b);
            return b;
        }).toList();
        tag.setToolTipText(Bundle.TIP_Tag());
        tag.setPrototypeDisplayValue("fine-tuning");
        tag.addActionListener(e -> changed());
        JPanel bottom = new JPanel(new BorderLayout(6, 0));
        bottom.add(swatches, BorderLayout.WEST);
        add(stretch(bottom));
        add(Box.createVerticalStrut(5));
        JPanel order = new JPanel(new BorderLayout(6, 0));
        JPanel sorting = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        sorting.add(sortLabel);
        sorting.add(sort);
        order.add(sorting, BorderLayout.WEST);
        order.add(tag, BorderLayout.EAST);
        add(stretch(order));
        setTags(List.of());
    }

    private static JComponent stretch(JComponent c) {
        c.setAlignmentX(LEFT_ALIGNMENT);
        return c;
    }

    static String label(Sort s) {
        return s == null ? "" : switch (s) {
            case PAGE -> Bundle.LBL_SortPage();
            case DATE -> Bundle.LBL_SortDate();
            case COLOR -> Bundle.LBL_SortColor();
        };
    }

    private void changed() {
        if (!updating) {
            onChange.run();
        }
    }

    Scope scope() {
        return allPapers.isSelected() ? Scope.ALL_PAPERS : Scope.THIS_PAPER;
    }

    void setScope(Scope s) {
        (s == Scope.ALL_PAPERS ? allPapers : thisPaper).setSelected(true);
        changed();
    }

    Sort sort() {
        return (Sort) sort.getSelectedItem();
    }

    void setSort(Sort s) {
        sort.setSelectedItem(s);
    }

    JTextField textField() {
        return text;
    }

    JButton exportButton() {
        return export;
    }

    List<JToggleButton> colorButtons() {
        return colors;
    }

    JComboBox<String> tagCombo() {
        return tag;
    }

    /** The query these controls describe, for {@code paperId} (null: every paper). */
    Query query(String paperId, Set<String> collapsed) {
        Set<String> on = new LinkedHashSet<>();
        for (JToggleButton b : colors) {
            if (b.isSelected()) {
                on.add(b.getName());
            }
        }
        int t = tag.getSelectedIndex();
        String tagValue = t > 0 ? (String) tag.getSelectedItem() : null;
        return new Query(paperId, on, tagValue, text.getText(), sort(), collapsed);
    }

    /** Offers these tags, keeping the chosen one (even when no annotation carries it any more). */
    void setTags(List<String> tags) {
        String chosen = tag.getSelectedIndex() > 0 ? (String) tag.getSelectedItem() : null;
        if (chosen == null && tag.getItemCount() == tags.size() + 1
                || chosen != null && tags.contains(chosen) && tag.getItemCount() == tags.size() + 1) {
            boolean same = true;
            for (int i = 0; i < tags.size() && same; i++) {
                same = Objects.equals(tags.get(i), tag.getItemAt(i + 1));
            }
            if (same) {
                return;
            }
        }
        updating = true;
        try {
            DefaultComboBoxModel<String> m = new DefaultComboBoxModel<>();
            m.addElement(Bundle.LBL_AnyTag());
            tags.forEach(m::addElement);
            if (chosen != null && !tags.contains(chosen)) {
                m.addElement(chosen);
            }
            tag.setModel(m);
            tag.setSelectedItem(chosen == null ? Bundle.LBL_AnyTag() : chosen);
            tag.setEnabled(m.getSize() > 1);
        } finally {
            updating = false;
        }
    }

    /** Clears the colour, tag and text filters. */
    void clearFilters() {
        updating = true;
        try {
            colors.forEach(b -> b.setSelected(false));
            tag.setSelectedIndex(0);
            text.setText("");
        } finally {
            updating = false;
        }
        changed();
    }
}
