package dev.gloss.desktop.composer;

import dev.gloss.threads.Platform;
import dev.gloss.threads.PlatformRules;
import dev.gloss.workspace.AccountRef;
import java.util.List;
import java.util.Objects;

/**
 * The rules a thread is held to: each chosen platform with its default limit, or the smallest
 * limit among the workspace's accounts on that platform that announce one (a Mastodon instance's
 * {@code max_characters}, an X account allowed longer posts).
 */
final class ThreadRules {
    private ThreadRules() {
    }

    static List<PlatformRules> of(List<Platform> platforms, List<AccountRef> accounts) {
        return platforms.stream().map(p -> of(p, accounts)).toList();
    }

    static PlatformRules of(Platform p, List<AccountRef> accounts) {
        PlatformRules rules = PlatformRules.of(p);
        return accounts.stream()
                .filter(a -> p.id().equals(a.kind()))
                .map(AccountRef::maxCharacters)
                .filter(Objects::nonNull)
                .filter(n -> n > 0)
                .min(Integer::compare)
                .map(rules::withLimit)
                .orElse(rules);
    }

    /** The handle of the first account on {@code p}, or null when there is none. */
    static String handle(Platform p, List<AccountRef> accounts) {
        return accounts.stream().filter(a -> p.id().equals(a.kind())).map(AccountRef::handle)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }
}
