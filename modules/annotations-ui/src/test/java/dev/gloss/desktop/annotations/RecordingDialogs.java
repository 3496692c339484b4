package dev.gloss.desktop.annotations;

import java.awt.Dialog;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.util.lookup.ServiceProvider;

/**
 * The dialogs of this module's tests: messages are kept for the test to read instead of
 * waiting for a click (without the platform, the default displayer opens a modal window).
 */
@ServiceProvider(service = DialogDisplayer.class, position = 1)
public final class RecordingDialogs extends DialogDisplayer {
    private static final List<String> MESSAGES = new CopyOnWriteArrayList<>();

    /** Every message shown so far, oldest first. */
    static List<String> messages() {
        return List.copyOf(MESSAGES);
    }

    static void clear() {
        MESSAGES.clear();
    }

    @Override
    public Object notify(NotifyDescriptor descriptor) {
        MESSAGES.add(String.valueOf(descriptor.getMessage()));
        return NotifyDescriptor.CLOSED_OPTION;
    }

    @Override
    public void notifyLater(NotifyDescriptor descriptor) {
        notify(descriptor);
    }

    @Override
    public Dialog createDialog(DialogDescriptor descriptor) {
        throw new UnsupportedOperationException("no dialog windows in these tests: " + descriptor.getTitle());
    }
}
