package dev.gloss.workspace;

import com.fasterxml.jackson.annotation.JsonInclude;

/** W3C Web Annotation TextQuoteSelector: the quoted text with up to 32 characters of context. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TextQuoteSelector(String exact, String prefix, String suffix) {
    /** How many characters of context a selector keeps on each side. */
    public static final int CONTEXT = 32;
}
