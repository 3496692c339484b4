package dev.gloss.threads;

import dev.gloss.workspace.AccountRef;
import dev.gloss.workspace.Post;
import dev.gloss.workspace.PostThread;
import java.util.ArrayList;
import java.util.List;

/**
 * A thread as an account that wants numbering publishes it: {@code " n/N"} ({@link Splitter#suffix})
 * at the end of each post, counted in its length. A thread of one post is not numbered, as the
 * {@link Splitter} does not number one. The saved thread never holds the numbers: the preview,
 * the checks and the publishers number it for the account they are for.
 */
public final class Numbering {
    private Numbering() {
    }

    /** {@code thread} as {@code account} publishes it: numbered when the account wants it, else as it is. */
    public static PostThread forAccount(PostThread thread, AccountRef account) {
        return account != null && account.numbered() ? numbered(thread) : thread;
    }

    /** Whether the first account on {@code p} among {@code accounts} (the one previews show) wants numbering. */
    public static boolean wanted(Platform p, List<AccountRef> accounts) {
        return accounts.stream().filter(a -> p.id().equals(a.kind())).findFirst().map(AccountRef::numbered).orElse(false);
    }

    /** {@code thread} with each post numbered. */
    public static PostThread numbered(PostThread thread) {
        List<String> texts = numbered(thread.posts().stream().map(Post::text).toList());
        List<Post> posts = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            Post p = thread.posts().get(i);
            posts.add(new Post(texts.get(i), p.images(), p.sources()));
        }
        return thread.withPosts(posts, thread.modified());
    }

    /** The texts with {@code " n/N"} appended, the trailing spaces of each dropped first; one text stays as it is. */
    public static List<String> numbered(List<String> texts) {
        if (texts.size() <= 1) {
            return List.copyOf(texts);
        }
        List<String> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            out.add(texts.get(i).stripTrailing() + Splitter.suffix(i + 1, texts.size()));
        }
        return List.copyOf(out);
    }
}
