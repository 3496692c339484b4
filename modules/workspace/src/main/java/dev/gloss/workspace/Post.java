package dev.gloss.workspace;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One post of a thread.
 *
 * @param sources ids of the annotations this post quotes
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Post(String text, List<PostImage> images, List<String> sources) {

    public Post {
        text = text == null ? "" : text;
        images = images == null ? List.of() : List.copyOf(images);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public static Post of(String text) {
        return new Post(text, List.of(), List.of());
    }

    public Post withText(String newText) {
        return new Post(newText, images, sources);
    }

    public Post withImages(List<PostImage> newImages) {
        return new Post(text, newImages, sources);
    }
}
