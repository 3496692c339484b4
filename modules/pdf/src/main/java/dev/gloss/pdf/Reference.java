package dev.gloss.pdf;

import dev.gloss.workspace.Rect;
import java.util.List;

/**
 * One entry of a paper's reference list, as printed, with what could be read out of it.
 *
 * @param number   the entry's place in the list, from 1
 * @param label    the printed label ("12", "Smi20") or, for an author–year list, how it is cited
 *                 ("Tang et al., 2008")
 * @param text     the whole entry as one line of text, without its label
 * @param authors  the authors as printed ("Riaz Ahmad", "A. Aho"); empty when not recognized
 * @param title    the title, or null when not recognized
 * @param year     the year as printed, with a disambiguating letter ("2020a"), or null
 * @param arxivId  the arXiv identifier ("2006.14799", "hep-th/9901001"), from the text or a link of the entry, or null
 * @param doi      the DOI ("10.18653/v1/2020.acl-main.447"), from the text or a link, or null
 * @param url      a web address of the entry (its link, else one printed in it), or null
 * @param areas    where it stands: one box per column or page it runs over, in reading order
 */
public record Reference(int number, String label, String text, List<String> authors, String title, String year,
        String arxivId, String doi, String url, List<PageArea> areas) {
    public Reference {
        authors = List.copyOf(authors);
        areas = List.copyOf(areas);
    }

    /** The page the entry starts on. */
    public int page() {
        return areas.get(0).page();
    }

    /** The box of its first part, on {@link #page()}. */
    public Rect area() {
        return areas.get(0).box();
    }

    /** The year's digits as a number, or 0 when it has none. */
    public int yearNumber() {
        if (year == null || year.length() < 4) {
            return 0;
        }
        return Integer.parseInt(year.substring(0, 4));
    }
}
