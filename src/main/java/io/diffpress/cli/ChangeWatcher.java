package io.diffpress.cli;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Wakes {@code serve} when a file under the watched folders, or the one watched file, may have changed, by the file
 * system's own notifications: no walk of ten thousand reports twice a second while nothing happens. Folders made
 * later are watched as they appear. Where notifications are not to be had (or overflow), {@link #await} says "maybe"
 * on every call and serve compares stamps as before, so a change is never missed, only noticed later.
 */
final class ChangeWatcher implements AutoCloseable {

    /** Further events this soon after one are taken as part of the same change (an editor's save, a generate run). */
    private static final long SETTLE_MILLIS = 100;

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    /** The folders watched as part of a tree (the watched file's folder is only watched for that file). */
    private final Set<Path> treeFolders = new HashSet<>();
    private final Path file;
    /** The folders to watch, also those not made yet (watched from when they appear beside the file). */
    private final Set<Path> roots = new HashSet<>();
    /** A change {@link #changed} saw, for the next {@link #await}. */
    private boolean pending;

    /** Watches {@code file} (by name, in its folder) and everything below {@code dirs} that exist. */
    ChangeWatcher(Path file, List<Path> dirs) {
        this.file = file.toAbsolutePath().normalize();
        WatchService made;
        try {
            made = FileSystems.getDefault().newWatchService();
            register(made, this.file.getParent());
            for (Path dir : dirs) {
                // a content folder that is a link is watched where it leads (a walk does not enter a link)
                Path root = Files.isSymbolicLink(dir) ? dir.toRealPath() : dir.toAbsolutePath().normalize();
                roots.add(root);
                if (Files.isDirectory(root)) {
                    registerTree(made, root);
                }
            }
        } catch (IOException | UnsupportedOperationException e) {
            made = null; // polling it is
        }
        service = made;
    }

    /** Whether changes are noticed by notification (else every call to {@link #await} says "maybe"). */
    boolean notified() {
        return service != null;
    }

    /**
     * Waits up to {@code millis} for a change. True when something under the watched folders, or the watched file,
     * may have changed; false when nothing did.
     */
    synchronized boolean await(long millis) throws InterruptedException {
        if (service == null) {
            Thread.sleep(millis);
            return true;
        }
        // a change changed() saw is this one; the events that follow it within SETTLE_MILLIS are part of it
        boolean changed = pending;
        pending = false;
        try {
            WatchKey key = service.poll(changed ? SETTLE_MILLIS : millis, TimeUnit.MILLISECONDS);
            while (key != null) {
                changed |= handle(key);
                key = service.poll(changed ? SETTLE_MILLIS : 0, TimeUnit.MILLISECONDS);
            }
            return changed;
        } catch (ClosedWatchServiceException e) {
            return true;
        }
    }

    /**
     * Whether a change has been notified since the last {@link #await}, without waiting: work that is only worth
     * doing while nothing changes asks it (from any thread). The change is kept for {@code await}. False where
     * there are no notifications.
     */
    synchronized boolean changed() {
        if (service == null || pending) {
            return pending;
        }
        try {
            for (WatchKey key = service.poll(); key != null; key = service.poll()) {
                pending |= handle(key);
            }
        } catch (ClosedWatchServiceException e) {
            pending = true;
        }
        return pending;
    }

    private boolean handle(WatchKey key) {
        Path folder = folders.get(key);
        boolean changed = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                changed = true; // events were lost: look
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (folder.equals(file.getParent()) && !treeFolders.contains(folder)) {
                // The portal folder holds the output too: only the file counts there, and a watched folder made late.
                changed |= path.equals(file) || (roots.contains(path) && watchIfNewFolder(event, path));
                continue;
            }
            changed = true;
            watchIfNewFolder(event, path);
        }
        if (!key.reset()) {
            folders.remove(key); // the folder is gone
        }
        return changed;
    }

    /** Watches the folder an event made, with all below it (made before it was watched). */
    private boolean watchIfNewFolder(WatchEvent<?> event, Path path) {
        if (event.kind() != StandardWatchEventKinds.ENTRY_CREATE || !Files.isDirectory(path)) {
            return false;
        }
        try {
            registerTree(service, path);
        } catch (IOException e) {
            // Its files are still found by serve's stamps when anything else changes.
        }
        return true;
    }

    private void registerTree(WatchService to, Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                register(to, dir);
                treeFolders.add(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void register(WatchService to, Path dir) throws IOException {
        WatchKey key = dir.register(to, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
        folders.put(key, dir);
    }

    @Override
    public void close() {
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                // closing a watch service only frees its handles
            }
        }
    }
}
