package dev.gloss.desktop.core.widgets;

import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;
import javax.swing.JComponent;
import org.netbeans.spi.options.OptionsPanelController;
import org.openide.util.HelpCtx;
import org.openide.util.Lookup;

/**
 * A page of Tools ▸ Options whose form loads its values when shown and stores them on OK
 * (nothing is applied before). A module registers a subclass with
 * {@code @OptionsPanelController.TopLevelRegistration}:
 * <pre>{@code
 * public final class ReaderOptions extends OptionsPage<ReaderOptionsPanel> {
 *     protected ReaderOptionsPanel createForm() { return new ReaderOptionsPanel(); }
 * }
 * }</pre>
 */
public abstract class OptionsPage<F extends JComponent & OptionsPage.Form> extends OptionsPanelController {
    /** The page's form. */
    public interface Form {
        /** Shows the values in effect. */
        void load();

        /** Puts the values shown into effect. */
        void store();

        /** Whether the values shown differ from those in effect. */
        boolean changed();
    }

    private final PropertyChangeSupport pcs = new PropertyChangeSupport(this);
    private F form;

    /** Makes the form, once, when the page is first shown. */
    protected abstract F createForm();

    @Override
    public final void update() {
        form().load();
    }

    @Override
    public final void applyChanges() {
        form().store();
    }

    @Override
    public final void cancel() {
        // nothing is applied before OK
    }

    @Override
    public boolean isValid() {
        return true;
    }

    @Override
    public final boolean isChanged() {
        return form().changed();
    }

    @Override
    public final JComponent getComponent(Lookup masterLookup) {
        return form();
    }

    @Override
    public HelpCtx getHelpCtx() {
        return null;
    }

    @Override
    public final void addPropertyChangeListener(PropertyChangeListener l) {
        pcs.addPropertyChangeListener(l);
    }

    @Override
    public final void removePropertyChangeListener(PropertyChangeListener l) {
        pcs.removePropertyChangeListener(l);
    }

    private F form() {
        if (form == null) {
            form = createForm();
        }
        return form;
    }
}
