package dev.gloss.desktop.composer;

/**
 * What changed in a {@link ThreadEditor}, so a view can update only what it must.
 *
 * @param type  what changed
 * @param index the post, for {@link Type#POST}; -1 otherwise
 */
record ThreadChange(Type type, int index) {
    enum Type {
        /** Another thread was loaded, or posts were added, removed or reordered. */
        STRUCTURE,
        /** One post's text, images or alt texts changed; the posts are the same. */
        POST,
        /** The title or the platforms changed. */
        META
    }

    static ThreadChange structure() {
        return new ThreadChange(Type.STRUCTURE, -1);
    }

    static ThreadChange post(int index) {
        return new ThreadChange(Type.POST, index);
    }

    static ThreadChange meta() {
        return new ThreadChange(Type.META, -1);
    }
}
