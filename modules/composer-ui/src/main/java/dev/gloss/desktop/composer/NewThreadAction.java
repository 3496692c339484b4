package dev.gloss.desktop.composer;

import dev.gloss.workspace.Paper;
import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle;
import org.openide.util.Utilities;

/** File ▸ New Thread (Ctrl+Shift+N): a new thread in the composer, on the paper being read if any. */
@ActionID(category = "File", id = "dev.gloss.desktop.composer.NewThreadAction")
@ActionRegistration(displayName = "#CTL_NewThread", iconBase = "dev/gloss/desktop/composer/composer.png")
@ActionReferences({
    @ActionReference(path = "Menu/File", position = 70),
    @ActionReference(path = "Toolbars/File", position = 60),
    @ActionReference(path = "Shortcuts", name = "DS-N")
})
@NbBundle.Messages("CTL_NewThread=New Thread")
public final class NewThreadAction implements ActionListener {
    @Override
    public void actionPerformed(ActionEvent e) {
        Paper paper = Utilities.actionsGlobalContext().lookup(Paper.class);
        ComposerTopComponent.showComposer().newThread(paper == null ? null : paper.id());
    }
}
