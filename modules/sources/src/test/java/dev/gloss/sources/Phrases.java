package dev.gloss.sources;

import dev.gloss.workspace.Phrasebook;
import dev.gloss.workspace.Reasoned;

/** The sentence a user reads for a reason (the modules' own words, as the CLI and the desktop phrase them). */
final class Phrases {
    private Phrases() {
    }

    static String of(Reasoned r) {
        return Phrasebook.MODULES.phrase(r);
    }
}
