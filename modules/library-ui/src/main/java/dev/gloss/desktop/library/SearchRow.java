package dev.gloss.desktop.library;

import dev.gloss.desktop.core.GlossWorkspace;
import dev.gloss.desktop.core.spi.PaperOpener;
import dev.gloss.desktop.core.spi.ReaderNavigator;
import dev.gloss.desktop.core.spi.ThreadComposerService;
import dev.gloss.search.SearchHit;
import dev.gloss.workspace.Kind;
import dev.gloss.workspace.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openide.awt.StatusDisplayer;

/** A line of the results: a paper heading, or one hit under it. */
record SearchRow(String heading, SearchHit hit) {
    boolean isHeading() {
        return hit == null;
    }

    /** Groups hits by paper (threads without a paper under their own title), keeping rank order. */
    static List<SearchRow> group(List<SearchHit> hits) {
        Map<String, List<SearchHit>> byGroup = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (SearchHit h : hits) {
            String key = h.paperId() != null ? h.paperId() : "thread:" + h.targetId();
            byGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(h);
            titles.putIfAbsent(key, h.title());
        }
        List<SearchRow> out = new ArrayList<>();
        byGroup.forEach((key, group) -> {
            out.add(new SearchRow(Objects.requireNonNullElse(titles.get(key), key), null));
            group.forEach(h -> out.add(new SearchRow(null, h)));
        });
        return out;
    }

    /** Shows the hit: a page or annotation in the reader, a thread in the composer, a paper opened. */
    void open(String query) {
        if (hit == null) {
            return;
        }
        Workspace ws = GlossWorkspace.future().getNow(null);
        if (ws == null) {
            return;
        }
        ReaderNavigator reader = ReaderNavigator.getDefault();
        var paper = hit.paperId() == null ? null : ws.paper(hit.paperId()).orElse(null);
        switch (hit.kind()) {
            case "thread" -> {
                ThreadComposerService composer = ThreadComposerService.getDefault();
                if (composer != null) {
                    composer.open(hit.targetId());
                }
            }
            case "annotation" -> {
                var annotation = ws.get(Kind.ANNOTATIONS, hit.targetId()).orElse(null);
                if (paper != null && annotation != null && reader != null) {
                    reader.showAnnotation(paper, annotation);
                } else if (paper != null) {
                    PaperOpener.open(ws, paper);
                }
            }
            case "page" -> {
                if (paper != null && reader != null) {
                    reader.showMatch(paper, hit.page(), String.join(" ", hit.matchedText()));
                } else if (paper != null) {
                    PaperOpener.open(ws, paper);
                }
            }
            default -> {
                if (paper != null) {
                    PaperOpener.open(ws, paper);
                } else {
                    StatusDisplayer.getDefault().setStatusText(hit.title());
                }
            }
        }
    }
}
