package dev.gloss.desktop.reader.annotate;

import dev.gloss.desktop.core.AnnotationColors;
import dev.gloss.desktop.reader.render.ReaderIcons;
import dev.gloss.desktop.reader.select.SelectionModel;
import dev.gloss.workspace.AnnotationType;
import java.awt.FlowLayout;
import java.awt.event.KeyEvent;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.KeyStroke;
import org.openide.util.NbBundle;

/** The toolbar's annotation controls: the highlight colour (1-8) and Highlight (H). */
@NbBundle.Messages({
    "TIP_HighlightColour=Highlight colour (keys 1\u20138)",
    "TIP_HighlightSelection=Highlight the selected text (H); U underlines, S strikes out; Shift+arrows extend the selection, Alt+S to the sentence",
    "TIP_NotInLibrary=Add this PDF to the library to annotate it",
    "TIP_Clip=Clip an area (C): drag a rectangle over a figure or a table, or move the frame with the arrow keys and press Enter"
})
public final class AnnotationTools extends JPanel {
    private final AnnotationEditor editor;
    private final JButton colour = new JButton();
    private final JButton highlight = new JButton(ReaderIcons.HIGHLIGHT);
    private final javax.swing.JToggleButton clip = new javax.swing.JToggleButton(ReaderIcons.CLIP);

    public AnnotationTools(AnnotationEditor editor, SelectionModel selection, ClipTool clipTool) {
        super(new FlowLayout(FlowLayout.LEFT, 0, 0));
        this.editor = editor;
        setOpaque(false);
        colour.setFocusable(false);
        colour.setToolTipText(Bundle.TIP_HighlightColour());
        colour.addActionListener(e -> chooseColour());
        highlight.setFocusable(false);
        highlight.addActionListener(e -> editor.mark(AnnotationType.HIGHLIGHT));
        clip.setFocusable(false);
        clip.setToolTipText(Bundle.TIP_Clip());
        clip.addActionListener(e -> clipTool.setActive(clip.isSelected() && editor.canAnnotate()));
        clipTool.addChangeListener(e -> clip.setSelected(clipTool.active()));
        add(highlight);
        add(colour);
        add(clip);
        editor.addChangeListener(e -> update(selection));
        selection.addChangeListener(e -> update(selection));
        update(selection);
    }

    private void chooseColour() {
        JPopupMenu menu = new JPopupMenu();
        ButtonGroup group = new ButtonGroup();
        for (int i = 0; i < AnnotationColors.NAMES.size(); i++) {
            String name = AnnotationColors.NAMES.get(i);
            JRadioButtonMenuItem item = new JRadioButtonMenuItem(AnnotationMenus.colorName(name),
                    AnnotationMenus.swatch(name), name.equals(editor.color()));
            item.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_1 + i, 0));
            item.addActionListener(e -> editor.setColor(name));
            group.add(item);
            menu.add(item);
        }
        menu.show(colour, 0, colour.getHeight());
    }

    /** Refreshes the swatch and whether marking is possible now. */
    void update(SelectionModel selection) {
        colour.setIcon(AnnotationMenus.swatch(editor.color()));
        highlight.setEnabled(editor.canAnnotate() && !selection.isEmpty());
        clip.setEnabled(editor.canAnnotate());
        highlight.setToolTipText(editor.canAnnotate() ? Bundle.TIP_HighlightSelection() : Bundle.TIP_NotInLibrary());
    }
}
