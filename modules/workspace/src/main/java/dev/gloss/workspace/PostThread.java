package dev.gloss.workspace;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A thread of posts (named so as not to clash with {@link java.lang.Thread}).
 *
 * @param platforms target platforms by id: x, bluesky, mastodon, linkedin, threads
 * @param paperId   the paper it is about, or null
 * @param language  the BCP-47 language of its text when the user chose one (else it is detected)
 * @param contentWarning a content warning to publish it under (Mastodon {@code spoiler_text}), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PostThread(
        String id,
        String title,
        List<String> platforms,
        String paperId,
        List<Post> posts,
        Instant created,
        Instant modified,
        String language,
        String contentWarning) {

    public PostThread(String id, String title, List<String> platforms, String paperId, List<Post> posts,
            Instant created, Instant modified) {
        this(id, title, platforms, paperId, posts, created, modified, null, null);
    }

    public PostThread {
        platforms = platforms == null ? List.of() : List.copyOf(platforms);
        posts = posts == null ? List.of() : List.copyOf(posts);
    }

    public PostThread withPosts(List<Post> newPosts, Instant when) {
        return new PostThread(id, title, platforms, paperId, newPosts, created, when, language, contentWarning);
    }

    public PostThread withTitle(String newTitle, Instant when) {
        return new PostThread(id, newTitle, platforms, paperId, posts, created, when, language, contentWarning);
    }

    public PostThread withPlatforms(List<String> newPlatforms, Instant when) {
        return new PostThread(id, title, newPlatforms, paperId, posts, created, when, language, contentWarning);
    }

    /** The same thread with a language (null: detect it) and a content warning (null or blank: none). */
    public PostThread withPublishing(String newLanguage, String newContentWarning, Instant when) {
        String cw = newContentWarning == null || newContentWarning.isBlank() ? null : newContentWarning.strip();
        String lang = newLanguage == null || newLanguage.isBlank() ? null : newLanguage.strip();
        return new PostThread(id, title, platforms, paperId, posts, created, when, lang, cw);
    }
}
