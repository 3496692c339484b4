package dev.gloss.workspace;

/** An image attached to a post: a workspace-relative path (or absolute file) and its alt text. */
public record PostImage(String file, String alt) {
    public boolean hasAlt() {
        return alt != null && !alt.isBlank();
    }
}
