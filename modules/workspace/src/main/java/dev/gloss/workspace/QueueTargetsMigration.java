package dev.gloss.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.util.lookup.ServiceProvider;

/**
 * Schema 1 → 2: a queue entry held one account; now it holds one target per platform. Each
 * {@code queue/<id>.json} of the old form is rewritten as an entry with one target: the same id,
 * thread, time, state, posts (with their keys and remote ids), attempts and failure, its platform
 * taken from the account's file, and the entry id as its key base, so a half-published entry
 * resumes under the keys an older Gloss derived and saved, without a duplicate.
 * <p>
 * A file that cannot be read is left as it is (the workspace reports it when it loads); an entry
 * being published right now (its publish lock is held) is left in the old form, which
 * {@link QueueEntry} still reads; so is one that arrives later through a merge.
 */
@ServiceProvider(service = WorkspaceMigration.class)
public final class QueueTargetsMigration implements WorkspaceMigration {
    private static final Logger LOG = Logger.getLogger(QueueTargetsMigration.class.getName());

    @Override
    public int from() {
        return 1;
    }

    @Override
    public void migrate(Path root, ObjectNode glossJson) throws IOException {
        ObjectLocks locks = new ObjectLocks(root.resolve(".gloss").resolve("locks"));
        java.util.List<Path> files;
        try {
            files = Kind.QUEUE.files(root);
        } catch (java.io.UncheckedIOException e) {
            LOG.log(Level.WARNING, "the queue folder could not be listed; its entries keep their old form", e);
            return;
        }
        for (Path file : files) {
            try {
                rewrite(root, file, locks);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "{0} was not upgraded ({1}); it is left as it was", new Object[] {root.relativize(file), e});
            }
        }
    }

    private static void rewrite(Path root, Path file, ObjectLocks locks) throws IOException {
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - ".json".length());
        if (!Ids.isSafe(id)) {
            return;
        }
        Optional<ObjectLock> publishing = locks.tryLock(QueueEntry.publishLock(id));
        if (publishing.isEmpty()) {
            LOG.log(Level.INFO, "queue entry {0} is being published; it keeps its old form", id);
            return;
        }
        try (ObjectLock p = publishing.get(); ObjectLock l = locks.lock(Workspace.lockName(Kind.QUEUE, id))) {
            JsonNode tree = JsonTree.parse(Files.readAllBytes(file));
            if (!tree.has("accountId") || tree.has("targets")) {
                return; // upgraded already (a run that stopped half-way), or not an entry
            }
            QueueEntry old = Kind.QUEUE.reader().readValue(tree);
            if (!id.equals(old.id())) {
                return; // not the file of this entry: the workspace reports it when it loads
            }
            QueueEntry upgraded = old.withTargets(t -> t.withPlatform(kindOf(root, t.accountId())), old.updated());
            AtomicFiles.write(file, Json.pretty(upgraded));
        }
    }

    /** The kind of an account (its platform), or null when its file is missing or unreadable. */
    private static String kindOf(Path root, String accountId) {
        if (!Ids.isSafe(accountId)) {
            return null;
        }
        try {
            JsonNode a = JsonTree.parse(Files.readAllBytes(root.resolve("accounts").resolve(accountId + ".json")));
            return a.path("kind").isTextual() ? a.path("kind").asText() : null;
        } catch (IOException e) {
            LOG.log(Level.FINE, "no kind for account " + accountId, e);
            return null;
        }
    }
}
