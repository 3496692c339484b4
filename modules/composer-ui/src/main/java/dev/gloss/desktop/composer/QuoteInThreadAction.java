package dev.gloss.desktop.composer;

import dev.gloss.workspace.Annotation;
import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.util.List;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle;

/**
 * Edit ▸ Quote in Thread (Ctrl+Shift+T): the annotations selected in the reader or in the
 * annotation view become quote posts of the thread open in the composer. Enabled while some are
 * selected, so the reader's context menu is not the only way there.
 */
@ActionID(category = "Edit", id = "dev.gloss.desktop.composer.QuoteInThreadAction")
@ActionRegistration(displayName = "#CTL_QuoteInThreadAction", iconBase = "dev/gloss/desktop/composer/composer.png")
@ActionReferences({
    @ActionReference(path = "Menu/Edit", position = 1550),
    @ActionReference(path = "Shortcuts", name = "DS-T")
})
@NbBundle.Messages("CTL_QuoteInThreadAction=&Quote in Thread")
public final class QuoteInThreadAction implements ActionListener {
    private final List<Annotation> selected;

    public QuoteInThreadAction(List<Annotation> selected) {
        this.selected = selected;
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        List<Annotation> quotable = selected.stream().filter(a -> a.exact() != null && !a.exact().isBlank()).toList();
        if (!quotable.isEmpty()) {
            new ComposerService().quote(quotable);
        }
    }
}
