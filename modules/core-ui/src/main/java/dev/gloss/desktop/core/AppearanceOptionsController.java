package dev.gloss.desktop.core;

import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;
import javax.swing.JComponent;
import org.netbeans.spi.options.OptionsPanelController;
import org.openide.util.HelpCtx;
import org.openide.util.Lookup;
import org.openide.util.NbBundle;

/**
 * Registers the Appearance page of Tools ▸ Options. Its id is Gloss's own: the platform's
 * Appearance category (look and feel, document tabs, windows) is hidden in layer.xml, and a
 * second category of the same name made the dialog show the platform's pages for this one.
 */
@OptionsPanelController.TopLevelRegistration(
        id = AppearanceOptionsController.ID,
        categoryName = "#OptionsCategory_Appearance",
        iconBase = "dev/gloss/desktop/core/appearance32.png",
        keywords = "#OptionsKeywords_Appearance",
        keywordsCategory = AppearanceOptionsController.ID,
        position = 950)
@NbBundle.Messages({
    "OptionsCategory_Appearance=Appearance",
    "OptionsKeywords_Appearance=theme dark light look feel"
})
public final class AppearanceOptionsController extends OptionsPanelController {
    /** The category's id, for {@code OptionsDisplayer.getDefault().open(ID)}. */
    public static final String ID = "GlossAppearance";
    private final PropertyChangeSupport pcs = new PropertyChangeSupport(this);
    private AppearancePanel panel;

    @Override
    public void update() {
        panel().load();
    }

    @Override
    public void applyChanges() {
        panel().store();
    }

    @Override
    public void cancel() {
        // nothing is applied before OK
    }

    @Override
    public boolean isValid() {
        return true;
    }

    @Override
    public boolean isChanged() {
        return panel().changed();
    }

    @Override
    public JComponent getComponent(Lookup masterLookup) {
        return panel();
    }

    @Override
    public HelpCtx getHelpCtx() {
        return null;
    }

    @Override
    public void addPropertyChangeListener(PropertyChangeListener l) {
        pcs.addPropertyChangeListener(l);
    }

    @Override
    public void removePropertyChangeListener(PropertyChangeListener l) {
        pcs.removePropertyChangeListener(l);
    }

    private AppearancePanel panel() {
        if (panel == null) {
            panel = new AppearancePanel();
        }
        return panel;
    }
}
