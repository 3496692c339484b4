package dev.gloss.desktop.reader.open;

import dev.gloss.desktop.core.spi.PaperOpener;
import java.awt.event.ActionEvent;
import java.nio.file.Path;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.event.MenuEvent;
import javax.swing.event.MenuListener;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle;
import org.openide.util.actions.Presenter;

/** File > Open Recent: the PDFs opened last; the list is built each time the menu opens. */
@ActionID(category = "File", id = "dev.gloss.desktop.reader.OpenRecentAction")
@ActionRegistration(displayName = "#CTL_OpenRecentAction", lazy = false)
@ActionReference(path = "Menu/File", position = 30)
@NbBundle.Messages({
    "CTL_OpenRecentAction=Open &Recent",
    "LBL_NoRecent=No recent files",
    "CTL_ClearRecent=Clear List"
})
public final class OpenRecentAction extends AbstractAction implements Presenter.Menu {
    private static final long serialVersionUID = 1L;

    public OpenRecentAction() {
        super(Bundle.CTL_OpenRecentAction().replace("&", ""));
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        // the submenu does the work
    }

    @Override
    public JMenuItem getMenuPresenter() {
        JMenu menu = new JMenu();
        Mnemonics.setLocalizedText(menu, Bundle.CTL_OpenRecentAction());
        menu.addMenuListener(new MenuListener() {
            @Override
            public void menuSelected(MenuEvent e) {
                fill(menu);
            }

            @Override
            public void menuDeselected(MenuEvent e) {
                // built afresh next time
            }

            @Override
            public void menuCanceled(MenuEvent e) {
                // built afresh next time
            }
        });
        return menu;
    }

    private static void fill(JMenu menu) {
        menu.removeAll();
        RecentFiles recent = RecentFiles.standard();
        List<Path> files = recent.list();
        if (files.isEmpty()) {
            JMenuItem none = new JMenuItem(Bundle.LBL_NoRecent());
            none.setEnabled(false);
            menu.add(none);
            return;
        }
        int n = 1;
        for (Path p : files) {
            JMenuItem item = new JMenuItem((n <= 9 ? n + "  " : "") + p.getFileName());
            if (n <= 9) {
                item.setMnemonic('0' + n);
            }
            item.setToolTipText(p.toString());
            item.addActionListener(a -> PaperOpener.openFile(p.toFile()));
            menu.add(item);
            n++;
        }
        menu.addSeparator();
        JMenuItem clear = new JMenuItem(Bundle.CTL_ClearRecent());
        clear.addActionListener(a -> recent.clear());
        menu.add(clear);
    }
}
