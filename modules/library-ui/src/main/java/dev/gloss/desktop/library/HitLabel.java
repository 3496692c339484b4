package dev.gloss.desktop.library;

import dev.gloss.desktop.core.GlossWorkspace;
import dev.gloss.search.SearchHit;
import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.AnnotationType;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Workspace;
import org.openide.util.NbBundle;

/**
 * What a search hit is, in the words the results show before its snippet: "Page 3" for a page,
 * "Highlight · p. 3" (or Note, Clip …) for an annotation, "Thread", "Paper". Page hits and
 * annotation hits on the same page must not look alike.
 */
@NbBundle.Messages({
    "# {0} - page", "LBL_PageHit=Page {0}",
    "# {0} - what the annotation is", "# {1} - page", "LBL_AnnotationOnPage={0} \u00B7 p. {1}",
    "LBL_Annotation=Annotation",
    "LBL_Highlight=Highlight",
    "LBL_Underline=Underline",
    "LBL_StrikeOut=Strike-out",
    "LBL_Squiggly=Squiggly underline",
    "LBL_Note=Note",
    "LBL_TextBox=Text box",
    "LBL_Ink=Drawing",
    "LBL_Clip=Clip",
    "LBL_ThreadHit=Thread",
    "LBL_PaperHit=Paper"
})
final class HitLabel {
    private HitLabel() {
    }

    /** The label of a hit, naming an annotation hit by its type when the workspace is open. */
    static String of(SearchHit h) {
        AnnotationType type = null;
        Workspace ws = GlossWorkspace.future().getNow(null);
        if (ws != null && "annotation".equals(h.kind()) && h.targetId() != null) {
            type = ws.get(Kind.ANNOTATIONS, h.targetId()).map(Annotation::type).orElse(null);
        }
        return of(h, type);
    }

    /** The label of a hit; {@code type} names an annotation hit (null: "Annotation"). */
    static String of(SearchHit h, AnnotationType type) {
        return switch (h.kind()) {
            case "page" -> Bundle.LBL_PageHit(h.page());
            case "annotation" -> h.page() > 0 ? Bundle.LBL_AnnotationOnPage(name(type), h.page()) : name(type);
            case "thread" -> Bundle.LBL_ThreadHit();
            default -> Bundle.LBL_PaperHit();
        };
    }

    private static String name(AnnotationType type) {
        if (type == null) {
            return Bundle.LBL_Annotation();
        }
        return switch (type) {
            case HIGHLIGHT -> Bundle.LBL_Highlight();
            case UNDERLINE -> Bundle.LBL_Underline();
            case STRIKEOUT -> Bundle.LBL_StrikeOut();
            case SQUIGGLY -> Bundle.LBL_Squiggly();
            case NOTE -> Bundle.LBL_Note();
            case FREETEXT -> Bundle.LBL_TextBox();
            case INK -> Bundle.LBL_Ink();
            case CLIP -> Bundle.LBL_Clip();
        };
    }
}
