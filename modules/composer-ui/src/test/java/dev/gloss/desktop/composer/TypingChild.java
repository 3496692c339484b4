package dev.gloss.desktop.composer;

import dev.gloss.workspace.PostThread;
import dev.gloss.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** The process {@link AutosaveKillTest} kills: types a post key by key, then idles forever. */
public final class TypingChild {
    static final String TEXT = "Typed in a draft, one key at a time, and never lost.";

    private TypingChild() {
    }

    public static void main(String[] args) throws Exception {
        Workspace ws = Workspace.open(Path.of(args[0]));
        ScheduledExecutorService exec = Executors.newSingleThreadScheduledExecutor();
        ComposerModel model = new ComposerModel(ws, exec);
        model.addSaveListener(r -> {
            if (r.saved() != null) {
                System.out.println("saved " + r.saved().posts().get(0).text().length());
            }
        });
        model.setDefaultPlatforms(List.of("bluesky"));
        PostThread t = model.newThread(null, List.of());
        System.out.println("thread " + t.id());
        for (int i = 1; i <= TEXT.length(); i++) {
            model.editor().setText(0, TEXT.substring(0, i));
            Thread.sleep(5);
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
