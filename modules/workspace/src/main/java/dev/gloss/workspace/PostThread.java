package dev.gloss.workspace;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A thread of posts (named so as not to clash with {@link java.lang.Thread}).
 *
 * @param platforms target platforms by id: x, bluesky, mastodon, linkedin, threads
 * @param paperId   the paper it is about, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PostThread(
        String id,
        String title,
        List<String> platforms,
        String paperId,
        List<Post> posts,
        Instant created,
        Instant modified) {

    public PostThread {
        platforms = platforms == null ? List.of() : List.copyOf(platforms);
        posts = posts == null ? List.of() : List.copyOf(posts);
    }

    public PostThread withPosts(List<Post> newPosts, Instant when) {
        return new PostThread(id, title, platforms, paperId, newPosts, created, when);
    }

    public PostThread withTitle(String newTitle, Instant when) {
        return new PostThread(id, newTitle, platforms, paperId, posts, created, when);
    }

    public PostThread withPlatforms(List<String> newPlatforms, Instant when) {
        return new PostThread(id, title, newPlatforms, paperId, posts, created, when);
    }
}
