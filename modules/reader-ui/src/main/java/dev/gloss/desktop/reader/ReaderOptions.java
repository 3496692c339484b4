package dev.gloss.desktop.reader;

import dev.gloss.desktop.core.AnnotationColors;
import dev.gloss.desktop.core.widgets.OptionsPage;
import dev.gloss.desktop.reader.annotate.AnnotationEditor;
import dev.gloss.desktop.reader.annotate.AnnotationMenus;
import dev.gloss.desktop.reader.render.PageLook;
import dev.gloss.pdf.PageColors;
import java.awt.Component;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.prefs.Preferences;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import org.netbeans.spi.options.OptionsPanelController;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle;
import org.openide.util.NbPreferences;

/**
 * Tools ▸ Options ▸ Reader: whether each paper opens with its side panel (outline and pages),
 * whether resting the pointer on a citation or a figure reference previews it, the colour new
 * highlights get (also chosen with 1–8 in the reader), and how pages look: their colours (as
 * printed, dark or sepia), two side by side, the borders PDFs draw around links. The same
 * settings the reader keeps when the user changes them there.
 */
@OptionsPanelController.TopLevelRegistration(
        id = "GlossReader",
        categoryName = "#OptionsCategory_Reader",
        iconBase = "dev/gloss/desktop/reader/reader32.png",
        keywords = "#OptionsKeywords_Reader",
        keywordsCategory = "GlossReader",
        position = 960)
@NbBundle.Messages({
    "OptionsCategory_Reader=Reader",
    "OptionsKeywords_Reader=reader outline sidebar pages preview citation highlight colour color dark sepia night spread two pages link borders",
    "LBL_OpenSidebar=&Open each paper with its outline and pages beside it",
    "LBL_Previews=&Preview citations, figures and tables when the pointer rests on them",
    "LBL_HighlightColour=New &highlights:",
    "LBL_PageColors=Pa&ges:",
    "LBL_PageColors_PRINTED=As printed",
    "LBL_PageColors_DARK=Dark (pictures keep their colours)",
    "LBL_PageColors_SEPIA=Sepia (pictures keep their colours)",
    "LBL_Spread=&Two pages side by side",
    "LBL_LinkBorders=Show the &borders PDFs draw around links"
})
public final class ReaderOptions extends OptionsPage<ReaderOptions.Form> {
    /** The preference keys, shared with the reader. */
    static final String SIDEBAR = "sidebar";
    static final String PREVIEWS = dev.gloss.desktop.reader.navigate.Previews.PREFERENCE;
    static final String COLOR = AnnotationEditor.COLOR_PREFERENCE;

    @Override
    protected Form createForm() {
        return new Form(NbPreferences.forModule(ReaderOptions.class));
    }

    /** The page's form. */
    static final class Form extends JPanel implements OptionsPage.Form {
        private final Preferences prefs;
        private final JCheckBox sidebar = new JCheckBox();
        private final JCheckBox previews = new JCheckBox();
        private final JComboBox<String> color = new JComboBox<>(AnnotationColors.NAMES.toArray(String[]::new));
        private final JComboBox<PageColors> pageColors = new JComboBox<>(PageColors.values());
        private final JCheckBox spread = new JCheckBox();
        private final JCheckBox linkBorders = new JCheckBox();

        Form(Preferences prefs) {
            super(new GridBagLayout());
            this.prefs = prefs;
            setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
            Mnemonics.setLocalizedText(sidebar, Bundle.LBL_OpenSidebar());
            Mnemonics.setLocalizedText(previews, Bundle.LBL_Previews());
            JLabel colorLabel = new JLabel();
            Mnemonics.setLocalizedText(colorLabel, Bundle.LBL_HighlightColour());
            colorLabel.setLabelFor(color);
            color.setRenderer(new DefaultListCellRenderer() {
                @Override
                public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean sel, boolean focus) {
                    super.getListCellRendererComponent(list, AnnotationMenus.colorName((String) value), index, sel, focus);
                    setIcon(AnnotationMenus.swatch((String) value));
                    return this;
                }
            });
            JLabel pageColorsLabel = new JLabel();
            Mnemonics.setLocalizedText(pageColorsLabel, Bundle.LBL_PageColors());
            pageColorsLabel.setLabelFor(pageColors);
            pageColors.setRenderer(new DefaultListCellRenderer() {
                @Override
                public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean sel, boolean focus) {
                    return super.getListCellRendererComponent(list, name((PageColors) value), index, sel, focus);
                }
            });
            Mnemonics.setLocalizedText(spread, Bundle.LBL_Spread());
            Mnemonics.setLocalizedText(linkBorders, Bundle.LBL_LinkBorders());
            GridBagConstraints c = new GridBagConstraints();
            c.anchor = GridBagConstraints.WEST;
            c.gridwidth = 2;
            c.insets = new Insets(0, 0, 10, 0);
            add(sidebar, c);
            c.gridy = 1;
            add(previews, c);
            c.gridy = 2;
            c.gridwidth = 1;
            c.insets = new Insets(0, 0, 10, 8);
            add(colorLabel, c);
            c.gridx = 1;
            c.weightx = 1; // the rest of the width is the combo's column's, the combo keeps its size
            add(color, c);
            c.gridy = 3;
            c.gridx = 0;
            c.weightx = 0;
            add(pageColorsLabel, c);
            c.gridx = 1;
            c.weightx = 1;
            add(pageColors, c);
            c.gridy = 4;
            c.gridx = 0;
            c.gridwidth = 2;
            c.insets = new Insets(0, 0, 6, 0);
            add(spread, c);
            c.gridy = 5;
            add(linkBorders, c);
            c.gridy = 6;
            c.weighty = 1;
            add(new JPanel(), c);
        }

        @Override
        public void load() {
            sidebar.setSelected(prefs.getBoolean(SIDEBAR, false));
            previews.setSelected(prefs.getBoolean(PREVIEWS, true));
            color.setSelectedItem(prefs.get(COLOR, AnnotationColors.NAMES.get(0)));
            pageColors.setSelectedItem(PageLook.colors(prefs));
            spread.setSelected(PageLook.spread(prefs));
            linkBorders.setSelected(PageLook.linkBorders(prefs));
        }

        @Override
        public void store() {
            prefs.putBoolean(SIDEBAR, sidebar.isSelected());
            prefs.putBoolean(PREVIEWS, previews.isSelected());
            prefs.put(COLOR, (String) color.getSelectedItem());
            PageLook.setColors(prefs, (PageColors) pageColors.getSelectedItem());
            prefs.putBoolean(PageLook.SPREAD, spread.isSelected());
            prefs.putBoolean(PageLook.LINK_BORDERS, linkBorders.isSelected());
        }

        @Override
        public boolean changed() {
            return sidebar.isSelected() != prefs.getBoolean(SIDEBAR, false)
                    || previews.isSelected() != prefs.getBoolean(PREVIEWS, true)
                    || !color.getSelectedItem().equals(prefs.get(COLOR, AnnotationColors.NAMES.get(0)))
                    || pageColors.getSelectedItem() != PageLook.colors(prefs)
                    || spread.isSelected() != PageLook.spread(prefs)
                    || linkBorders.isSelected() != PageLook.linkBorders(prefs);
        }

        private static String name(PageColors c) {
            return switch (c) {
                case PRINTED -> Bundle.LBL_PageColors_PRINTED();
                case DARK -> Bundle.LBL_PageColors_DARK();
                case SEPIA -> Bundle.LBL_PageColors_SEPIA();
            };
        }

        JComboBox<PageColors> pageColors() {
            return pageColors;
        }

        JCheckBox spread() {
            return spread;
        }

        JCheckBox linkBorders() {
            return linkBorders;
        }

        JCheckBox sidebar() {
            return sidebar;
        }

        JCheckBox previews() {
            return previews;
        }

        JComboBox<String> color() {
            return color;
        }
    }
}
