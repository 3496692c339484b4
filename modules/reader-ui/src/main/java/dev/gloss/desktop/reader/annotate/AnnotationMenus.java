package dev.gloss.desktop.reader.annotate;

import dev.gloss.desktop.core.AnnotationColors;
import dev.gloss.desktop.core.spi.ThreadComposerService;
import dev.gloss.desktop.reader.select.SelectionModel;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.AnnotationType;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.geom.Point2D;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.ActionMap;
import javax.swing.ButtonGroup;
import javax.swing.Icon;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.KeyStroke;

/**
 * The annotation keys of the page view (1-8 colour, H/U/S mark, C clip, Delete) and the
 * annotation items of its context menu, over an {@link AnnotationEditor}.
 */
public final class AnnotationMenus {
    private final AnnotationEditor editor;
    private final SelectionModel selection;
    private final AnnotationModel annotations;

    public AnnotationMenus(AnnotationEditor editor, SelectionModel selection, AnnotationModel annotations) {
        this.editor = editor;
        this.selection = selection;
        this.annotations = annotations;
    }

    public static String colorName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "yellow" -> Bundle.COLOR_yellow();
            case "red" -> Bundle.COLOR_red();
            case "green" -> Bundle.COLOR_green();
            case "blue" -> Bundle.COLOR_blue();
            case "purple" -> Bundle.COLOR_purple();
            case "magenta" -> Bundle.COLOR_magenta();
            case "orange" -> Bundle.COLOR_orange();
            case "gray" -> Bundle.COLOR_gray();
            default -> name;
        };
    }

    /** A round swatch of an annotation colour. */
    public static Icon swatch(String name) {
        return new Icon() {
            @Override
            public void paintIcon(Component c, Graphics g, int x, int y) {
                Graphics2D g2 = (Graphics2D) g.create();
                g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                Color col = AnnotationColors.of(name);
                g2.setColor(col);
                g2.fillOval(x + 1, y + 1, 12, 12);
                g2.setColor(col.darker());
                g2.drawOval(x + 1, y + 1, 12, 12);
                g2.dispose();
            }

            @Override
            public int getIconWidth() {
                return 14;
            }

            @Override
            public int getIconHeight() {
                return 14;
            }
        };
    }


    /** Binds 1-8, H, U, S, C (clip), Esc and Delete on the page view. */
    public void installKeys(JComponent view, ClipTool clipTool) {
        InputMap in = view.getInputMap(JComponent.WHEN_FOCUSED);
        ActionMap am = view.getActionMap();
        for (int i = 0; i < AnnotationColors.NAMES.size(); i++) {
            String name = AnnotationColors.NAMES.get(i);
            String key = "reader-colour-" + name;
            in.put(KeyStroke.getKeyStroke(KeyEvent.VK_1 + i, 0), key);
            in.put(KeyStroke.getKeyStroke(KeyEvent.VK_NUMPAD1 + i, 0), key);
            am.put(key, action(key, () -> editor.setColor(name)));
        }
        in.put(KeyStroke.getKeyStroke(KeyEvent.VK_H, 0), "reader-highlight");
        am.put("reader-highlight", action("reader-highlight", () -> editor.mark(AnnotationType.HIGHLIGHT)));
        in.put(KeyStroke.getKeyStroke(KeyEvent.VK_U, 0), "reader-underline");
        am.put("reader-underline", action("reader-underline", () -> editor.mark(AnnotationType.UNDERLINE)));
        in.put(KeyStroke.getKeyStroke(KeyEvent.VK_S, 0), "reader-strikeout");
        am.put("reader-strikeout", action("reader-strikeout", () -> editor.mark(AnnotationType.STRIKEOUT)));
        in.put(KeyStroke.getKeyStroke(KeyEvent.VK_C, 0), "reader-clip");
        am.put("reader-clip", action("reader-clip", () -> clipTool.setActive(editor.canAnnotate() && !clipTool.active())));
        // Esc turns the clip tool off; without it, drops the selection (a keyboard user's "click elsewhere")
        in.put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "reader-escape");
        am.put("reader-escape", action("reader-escape", () -> {
            if (clipTool.active()) {
                clipTool.setActive(false);
            } else {
                selection.clear();
            }
        }));
        in.put(KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0), "reader-delete-annotation");
        in.put(KeyStroke.getKeyStroke(KeyEvent.VK_BACK_SPACE, 0), "reader-delete-annotation");
        am.put("reader-delete-annotation", action("reader-delete-annotation", () -> {
            Annotation a = annotations.selected();
            if (a != null) {
                editor.delete(a);
            }
        }));
    }

    private static AbstractAction action(String name, Runnable r) {
        return new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                r.run();
            }
        };
    }

    /** Adds the annotation items to the page context menu. */
    public void contribute(JPopupMenu menu, int page, Point2D point) {
        Annotation target = annotations.selected();
        boolean text = !selection.isEmpty();
        if (!text && target == null) {
            if (page > 0 && point != null && editor.canAnnotate()) {
                menu.addSeparator();
                menu.add(item(Bundle.CTL_AddNote(), null, null, () -> editor.addNote(page, point)));
            }
            return;
        }
        menu.addSeparator();
        if (text) {
            if (!editor.canAnnotate()) {
                JMenuItem add = new JMenuItem(Bundle.CTL_AddToLibrary());
                add.setEnabled(editor.addToLibrary() != null);
                add.addActionListener(e -> editor.addToLibrary().run());
                menu.add(add);
            } else {
                menu.add(item(Bundle.CTL_Highlight(), swatch(editor.color()), "H", () -> editor.mark(AnnotationType.HIGHLIGHT)));
                menu.add(item(Bundle.CTL_Underline(), null, "U", () -> editor.mark(AnnotationType.UNDERLINE)));
                menu.add(item(Bundle.CTL_StrikeOut(), null, "S", () -> editor.mark(AnnotationType.STRIKEOUT)));
                menu.add(colourMenu(Bundle.CTL_Colour(), editor.color(), editor::setColor));
            }
        }
        if (target != null) {
            if (text) {
                menu.addSeparator();
            }
            menu.add(item(Bundle.CTL_EditNote(), null, null, () -> editor.editNote(target)));
            menu.add(colourMenu(Bundle.CTL_ChangeColour(), target.color(), c -> editor.recolor(target, c)));
            ThreadComposerService composer = ThreadComposerService.getDefault();
            if (composer != null && !target.exact().isBlank()) {
                menu.add(item(Bundle.CTL_QuoteInThread(), null, null, () -> composer.quote(List.of(target))));
            }
            menu.add(item(Bundle.CTL_DeleteAnnotation(), null, "DELETE", () -> editor.delete(target)));
        }
    }

    private static JMenuItem item(String text, Icon icon, String key, Runnable r) {
        JMenuItem item = new JMenuItem(text, icon);
        if (key != null) {
            item.setAccelerator(KeyStroke.getKeyStroke(key));
        }
        item.addActionListener(e -> r.run());
        return item;
    }

    private static JMenu colourMenu(String title, String current, Consumer<String> choose) {
        JMenu m = new JMenu(title);
        ButtonGroup group = new ButtonGroup();
        for (int i = 0; i < AnnotationColors.NAMES.size(); i++) {
            String name = AnnotationColors.NAMES.get(i);
            JRadioButtonMenuItem item = new JRadioButtonMenuItem(colorName(name), swatch(name), name.equals(current));
            item.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_1 + i, 0));
            item.addActionListener(e -> choose.accept(name));
            group.add(item);
            m.add(item);
        }
        return m;
    }
}
