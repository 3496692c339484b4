package dev.gloss.desktop.annotations;

import dev.gloss.workspace.Annotation;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.openide.util.NbBundle;

/** The tooltip of an annotation row: the whole quote and note, which the row cuts short. */
@NbBundle.Messages({
    "# {0} - page",
    "# {1} - date",
    "TIP_Meta=Page {0} \u00B7 {1}",
    "TIP_Orphaned=The reader could not find this text in the paper any more; the annotation is kept.",
    "TIP_Collapse=Click to hide its annotations",
    "TIP_Expand=Click to show its annotations"
})
final class Tooltips {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    private Tooltips() {
    }

    static String of(Row.AnnotationRow row) {
        Annotation a = row.annotation();
        StringBuilder sb = new StringBuilder("<html><div style='width:320px'>");
        String quote = Text.oneLine(a.exact());
        if (!quote.isEmpty()) {
            sb.append("\u201C").append(escape(quote)).append("\u201D");
        } else {
            sb.append("<i>").append(escape(RowRenderer.typeLabel(a))).append("</i>");
        }
        if (a.note() != null && !a.note().isBlank()) {
            sb.append("<br><br>").append(escape(a.note()).replace("\n", "<br>"));
        }
        if (!a.tags().isEmpty()) {
            sb.append("<br><br>");
            for (String t : a.tags()) {
                sb.append('#').append(escape(t)).append(' ');
            }
        }
        sb.append("<br><br><span style='color:gray'>")
                .append(escape(Bundle.TIP_Meta(a.page(), WHEN.format(AnnotationListModel.date(a)))))
                .append("</span>");
        if (row.orphaned()) {
            sb.append("<br><b>").append(escape(Bundle.TIP_Orphaned())).append("</b>");
        }
        return sb.append("</div></html>").toString();
    }

    static String of(Row.PaperRow row) {
        StringBuilder sb = new StringBuilder("<html><div style='width:320px'><b>").append(escape(row.title())).append("</b>");
        if (row.paper() != null) {
            if (!row.paper().authors().isEmpty()) {
                sb.append("<br>").append(escape(String.join(", ", row.paper().authors())));
            }
            if (row.paper().file() != null) {
                sb.append("<br><span style='color:gray'>").append(escape(row.paper().file())).append("</span>");
            }
        }
        sb.append("<br><br>").append(row.collapsed() ? Bundle.TIP_Expand() : Bundle.TIP_Collapse());
        return sb.append("</div></html>").toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
