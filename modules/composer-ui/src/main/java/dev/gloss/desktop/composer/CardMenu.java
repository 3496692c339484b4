package dev.gloss.desktop.composer;

import dev.gloss.workspace.Post;
import java.awt.Component;
import java.awt.Toolkit;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.KeyStroke;
import javax.swing.event.PopupMenuEvent;
import javax.swing.event.PopupMenuListener;
import javax.swing.text.DefaultEditorKit;
import javax.swing.text.JTextComponent;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle;

/**
 * A post card's menu (the "⋯" button and the text's context menu, Shift+F10), built when it
 * opens; every item has a mnemonic, so the keyboard reaches it with one letter.
 */
@NbBundle.Messages({
    "ACT_SplitAtCursor=&Split at Cursor",
    "ACT_SplitToFit=Split to &Fit",
    "ACT_Merge=&Merge with Next",
    "ACT_MoveUp=Move &Up",
    "ACT_MoveDown=Move &Down",
    "ACT_AddImage=Add &Image…",
    "ACT_AddClip=Add C&lip from the Paper…",
    "ACT_CopyPost=C&opy Post",
    "ACT_ShowSource=Show &Quoted Highlight",
    "ACT_Delete=D&elete Post",
    "ACT_Cut=Cu&t",
    "ACT_Copy=&Copy",
    "ACT_Paste=&Paste"
})
final class CardMenu {
    /** The card a menu is for, as the menu sees it ({@link PostCard}). */
    interface Card {
        /** The post's place in the thread. */
        int index();

        /** The post's text. */
        JTextComponent textArea();

        /** Where menus of the card open (the "⋯" button). */
        Component grip();
    }

    private CardMenu() {
    }

    /** The card's menu, with items enabled for the post as it is when the menu opens. */
    static JPopupMenu create(CardActions actions, Card card) {
        JPopupMenu menu = new JPopupMenu();
        dev.gloss.desktop.core.widgets.PopupMnemonics.install(menu);
        menu.addPopupMenuListener(new PopupMenuListener() {
            @Override
            public void popupMenuWillBecomeVisible(PopupMenuEvent e) {
                fill(actions, menu, card);
            }

            @Override
            public void popupMenuWillBecomeInvisible(PopupMenuEvent e) {
                // nothing to do
            }

            @Override
            public void popupMenuCanceled(PopupMenuEvent e) {
                // nothing to do
            }
        });
        return menu;
    }

    private static void fill(CardActions actions, JPopupMenu menu, Card card) {
        menu.removeAll();
        ThreadEditor editor = actions.editor();
        if (editor == null || card.index() >= editor.size()) {
            return;
        }
        int i = card.index();
        int size = editor.size();
        Post post = editor.post(i);
        int shortcut = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
        item(menu, Bundle.ACT_SplitAtCursor(), KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, shortcut), true,
                () -> actions.splitAtCursor(i, card.textArea().getCaretPosition()));
        item(menu, Bundle.ACT_SplitToFit(), null, !post.text().isBlank(), () -> actions.splitToFit(i));
        item(menu, Bundle.ACT_Merge(), null, i + 1 < size, () -> actions.mergeWithNext(i));
        menu.addSeparator();
        item(menu, Bundle.ACT_MoveUp(), KeyStroke.getKeyStroke(KeyEvent.VK_UP, InputEvent.ALT_DOWN_MASK), i > 0, () -> actions.move(i, -1));
        item(menu, Bundle.ACT_MoveDown(), KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, InputEvent.ALT_DOWN_MASK), i + 1 < size,
                () -> actions.move(i, 1));
        menu.addSeparator();
        boolean room = post.images().size() < ThreadEditor.MAX_IMAGES;
        item(menu, Bundle.ACT_AddImage(), null, room, () -> actions.chooseImages(i));
        item(menu, Bundle.ACT_AddClip(), null, room, () -> actions.chooseClip(i, card.grip()));
        menu.addSeparator();
        JMenuItem cut = item(menu, Bundle.ACT_Cut(), null, card.textArea().getSelectedText() != null, null);
        cut.addActionListener(card.textArea().getActionMap().get(DefaultEditorKit.cutAction));
        JMenuItem copy = item(menu, Bundle.ACT_Copy(), null, card.textArea().getSelectedText() != null, null);
        copy.addActionListener(card.textArea().getActionMap().get(DefaultEditorKit.copyAction));
        JMenuItem paste = item(menu, Bundle.ACT_Paste(), null, true, null);
        paste.addActionListener(card.textArea().getActionMap().get(DefaultEditorKit.pasteAction));
        item(menu, Bundle.ACT_CopyPost(), null, !post.text().isBlank(), () -> actions.copyPost(i));
        if (!post.sources().isEmpty()) {
            item(menu, Bundle.ACT_ShowSource(), null, true, () -> actions.showSource(i));
        }
        menu.addSeparator();
        item(menu, Bundle.ACT_Delete(), null, true, () -> actions.delete(i));
    }

    private static JMenuItem item(JPopupMenu menu, String text, KeyStroke key, boolean enabled, Runnable r) {
        JMenuItem item = new JMenuItem();
        Mnemonics.setLocalizedText(item, text);
        item.setAccelerator(key);
        item.setEnabled(enabled);
        if (r != null) {
            item.addActionListener(e -> r.run());
        }
        menu.add(item);
        return item;
    }
}
