package dev.gloss.desktop.reader;

import dev.gloss.desktop.reader.navigate.BackForward;
import dev.gloss.desktop.reader.render.OpenDocument;
import dev.gloss.desktop.reader.render.PageView;
import dev.gloss.desktop.reader.render.ReaderIcons;
import dev.gloss.desktop.reader.render.Zoom;
import java.awt.Dimension;
import java.util.Locale;
import javax.swing.AbstractButton;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import javax.swing.JToolBar;
import javax.swing.SwingConstants;
import org.openide.util.NbBundle;

/**
 * The bar above the pages: Back and Forward, side panel, page number and count, zoom, find.
 */
@NbBundle.Messages({
    "TIP_Sidebar=Show or hide the outline and page thumbnails",
    "TIP_PageNumber=Page number: type a page and press Enter",
    "# {0} - number of pages",
    "LBL_OfPages=of {0}",
    "# {0} - page number",
    "# {1} - number of pages",
    "LBL_OfPagesLabelled=({0} of {1})",
    "TIP_ZoomOut=Zoom out (Ctrl+Minus)",
    "TIP_ZoomIn=Zoom in (Ctrl+Plus)",
    "TIP_Zoom=Zoom",
    "LBL_FitWidth=Fit Width",
    "LBL_FitPage=Fit Page",
    "TIP_Find=Find in this document (Ctrl+F)",
    "TIP_Spread=Two pages side by side",
    "TIP_PageColors=Dark pages (pictures keep their colours); Tools \u25b8 Options \u25b8 Reader chooses dark or sepia",
    "TIP_PageColorsSepia=Sepia pages (pictures keep their colours); Tools \u25b8 Options \u25b8 Reader chooses dark or sepia"
})
final class ReaderToolbar extends JToolBar {
    private final PageView view;
    private final JTextField pageField = new JTextField(4);
    private final JLabel ofPages = new JLabel();
    private final JComboBox<String> zoomBox;
    private final JToggleButton sidebar = new JToggleButton(ReaderIcons.SIDEBAR);
    private final JToggleButton spread = new JToggleButton(ReaderIcons.SPREAD);
    private final JToggleButton pageColors = new JToggleButton(ReaderIcons.PAGE_COLORS);
    private boolean updating;
    private int toolsAt;

    ReaderToolbar(PageView view, BackForward backForward, Runnable toggleSidebar, Runnable openFind) {
        this.view = view;
        setFloatable(false);
        setRollover(true);
        setBorder(BorderFactory.createEmptyBorder(2, 4, 2, 4));

        add(plain(arrow(backForward.backAction())));
        add(plain(arrow(backForward.forwardAction())));
        addSeparator();

        sidebar.setToolTipText(Bundle.TIP_Sidebar());
        sidebar.addActionListener(e -> toggleSidebar.run());
        add(plain(sidebar));
        addSeparator();

        pageField.setHorizontalAlignment(SwingConstants.RIGHT);
        pageField.setToolTipText(Bundle.TIP_PageNumber());
        pageField.setMaximumSize(new Dimension(64, pageField.getPreferredSize().height));
        pageField.addActionListener(e -> {
            int p = view.document().pageForLabel(pageField.getText());
            if (p > 0) {
                view.jump(() -> view.goToPage(p));
                view.requestFocusInWindow();
            }
            update();
        });
        add(pageField);
        add(Box.createHorizontalStrut(6));
        add(ofPages);
        addSeparator();

        add(plain(button(ReaderIcons.ZOOM_OUT, Bundle.TIP_ZoomOut(), () -> view.zoomStep(false, null))));
        String[] items = new String[Zoom.STEPS.length + 2];
        items[0] = Bundle.LBL_FitWidth();
        items[1] = Bundle.LBL_FitPage();
        for (int i = 0; i < Zoom.STEPS.length; i++) {
            items[i + 2] = percentText(Zoom.STEPS[i]);
        }
        zoomBox = new JComboBox<>(items);
        zoomBox.setEditable(true);
        zoomBox.setToolTipText(Bundle.TIP_Zoom());
        zoomBox.setMaximumRowCount(items.length);
        Dimension d = zoomBox.getPreferredSize();
        zoomBox.setPreferredSize(new Dimension(Math.max(d.width, 110), d.height));
        zoomBox.setMaximumSize(zoomBox.getPreferredSize());
        zoomBox.addActionListener(e -> zoomChosen());
        add(zoomBox);
        add(plain(button(ReaderIcons.ZOOM_IN, Bundle.TIP_ZoomIn(), () -> view.zoomStep(true, null))));
        addSeparator();
        toolsAt = getComponentCount();
        add(Box.createHorizontalGlue());
        add(plain(button(ReaderIcons.FIND, Bundle.TIP_Find(), openFind)));

        view.addPropertyChangeListener(PageView.PROP_PAGE, e -> update());
        view.addPropertyChangeListener(PageView.PROP_SCALE, e -> update());
        update();
    }

    private static JButton button(ReaderIcons icon, String tip, Runnable r) {
        JButton b = new JButton(icon);
        b.setToolTipText(tip);
        b.addActionListener(e -> r.run());
        return b;
    }

    /** A Back or Forward button: its icon, and the action's tooltip naming where it goes. */
    private static JButton arrow(javax.swing.Action a) {
        JButton b = new JButton(a);
        b.setHideActionText(true);
        return b;
    }

    private static <T extends AbstractButton> T plain(T b) {
        b.setFocusable(false);
        return b;
    }

    /** Adds controls after the zoom ones (the annotation tools). */
    void addTools(javax.swing.JComponent tools) {
        add(tools, toolsAt++);
    }

    /** Adds the quick toggles of the page look after the zoom controls: two pages side by side, dark pages. */
    void addLookToggles(Runnable toggleSpread, Runnable togglePageColors) {
        spread.setToolTipText(Bundle.TIP_Spread());
        spread.addActionListener(e -> toggleSpread.run());
        pageColors.setToolTipText(Bundle.TIP_PageColors());
        pageColors.addActionListener(e -> togglePageColors.run());
        add(plain(spread), toolsAt++);
        add(plain(pageColors), toolsAt++);
        add(new JToolBar.Separator(), toolsAt++);
    }

    /** Shows the look in force on the toggles (it may have changed in Options or another tab). */
    void showLook(boolean twoPages, dev.gloss.pdf.PageColors colors) {
        spread.setSelected(twoPages);
        pageColors.setSelected(colors != dev.gloss.pdf.PageColors.PRINTED);
        pageColors.setToolTipText(colors == dev.gloss.pdf.PageColors.SEPIA ? Bundle.TIP_PageColorsSepia() : Bundle.TIP_PageColors());
    }

    JToggleButton spreadToggle() {
        return spread;
    }

    JToggleButton pageColorsToggle() {
        return pageColors;
    }

    void setSidebarSelected(boolean shown) {
        sidebar.setSelected(shown);
    }

    static String percentText(double percent) {
        return String.format(Locale.ROOT, "%d %%", Math.round(percent));
    }

    private void zoomChosen() {
        if (updating) {
            return;
        }
        Object sel = zoomBox.getSelectedItem();
        String s = sel == null ? "" : sel.toString();
        Zoom z;
        if (s.equals(Bundle.LBL_FitWidth())) {
            z = Zoom.FIT_WIDTH;
        } else if (s.equals(Bundle.LBL_FitPage())) {
            z = Zoom.FIT_PAGE;
        } else {
            z = Zoom.parse(s);
        }
        if (z != null) {
            view.setZoom(z, null);
            view.requestFocusInWindow();
        }
        update();
    }

    /** Shows the current page and zoom. */
    void update() {
        updating = true;
        try {
            OpenDocument doc = view.document();
            int page = view.currentPage();
            String label = doc.label(page);
            if (!pageField.hasFocus()) {
                pageField.setText(label);
            }
            ofPages.setText(label.equals(String.valueOf(page))
                    ? Bundle.LBL_OfPages(doc.pageCount())
                    : Bundle.LBL_OfPagesLabelled(page, doc.pageCount()));
            Zoom z = view.zoom();
            zoomBox.setSelectedItem(switch (z.mode()) {
                case FIT_WIDTH -> Bundle.LBL_FitWidth();
                case FIT_PAGE -> Bundle.LBL_FitPage();
                case PERCENT -> percentText(view.percent());
            });
        } finally {
            updating = false;
        }
    }
}
