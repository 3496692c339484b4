package dev.gloss.threads;

import com.twitter.twittertext.TldLists;
import java.net.IDN;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Top-level domains for recognising bare domains and handles, from twitter-text's IANA-derived
 * lists (generic + country code, Unicode forms) plus the punycode form of each IDN TLD. The
 * Bluesky app uses the {@code tlds} package, also derived from IANA's list; matching is
 * case-sensitive on lower-case names, as there.
 */
final class Tlds {

    private static final Logger LOG = Logger.getLogger(Tlds.class.getName());
    private static final Set<String> ALL = load();

    private Tlds() {
    }

    private static Set<String> load() {
        Set<String> s = new HashSet<>(TldLists.GTLDS);
        s.addAll(TldLists.CTLDS);
        for (String tld : Set.copyOf(s)) {
            if (!tld.chars().allMatch(c -> c < 0x80)) {
                try {
                    s.add(IDN.toASCII(tld));
                } catch (IllegalArgumentException e) {
                    LOG.log(Level.FINE, "No punycode form for TLD " + tld, e);
                }
            }
        }
        return Set.copyOf(s);
    }

    /** Whether the text after the last dot of {@code name} is a known TLD (and there is a dot). */
    static boolean endsWithTld(String name) {
        int dot = name.lastIndexOf('.');
        return dot >= 0 && ALL.contains(name.substring(dot + 1));
    }
}
