package dev.gloss.sources;

import dev.gloss.workspace.Reasoned;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * Phrases a reason with the {@code Reasons.properties} of the module that owns it (its enum's
 * package), causes first, as the CLI and the desktop do: the tests read the sentences a user reads.
 */
final class Phrases {
    private Phrases() {
    }

    static String of(Reasoned r) {
        Class<?> type = r.reason().getDeclaringClass();
        ResourceBundle b = ResourceBundle.getBundle(type.getPackageName() + ".Reasons");
        MessageFormat f = new MessageFormat(b.getString(Reasoned.key(r.reason())));
        Format[] formats = f.getFormatsByArgumentIndex();
        Object[] values = r.args().toArray();
        for (int i = 0; i < values.length; i++) {
            boolean plain = i >= formats.length || formats[i] == null;
            values[i] = values[i] instanceof Reasoned cause ? of(cause) : plain && values[i] instanceof Number n ? n.toString() : values[i];
        }
        return f.format(values);
    }
}
