package dev.gloss.desktop.annotations;

import dev.gloss.workspace.Annotation;
import dev.gloss.workspace.Paper;
import java.util.List;

/**
 * The annotation view's filtering, grouping and sorting as one call, for the benchmark
 * ({@code ./bench}) and for tests. It does what the view does when it opens: load the
 * annotations into an {@link AnnotationListModel} and ask it for the rows of a {@link Query}.
 * <pre>{@code
 * List<Row> rows = AnnotationFilter.apply(ws.annotations(), ws.papers(),
 *         Query.ALL.withText("attention").withColors(Set.of("yellow")));
 * }</pre>
 * Filtering as the user types re-uses a loaded model: {@link AnnotationListModel#rows(Query)}.
 */
public final class AnnotationFilter {
    private AnnotationFilter() {
    }

    /** The rows of the view for {@code query} over these annotations and papers. */
    public static List<Row> apply(List<Annotation> annotations, List<Paper> papers, Query query) {
        AnnotationListModel model = new AnnotationListModel();
        model.setPapers(papers);
        model.setAnnotations(annotations);
        return model.rows(query).rows();
    }
}
