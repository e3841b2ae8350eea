package io.diffpress.publish;

import io.diffpress.DiffpressException;
import io.diffpress.Stage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * One run at a time per portal: {@code generate} and {@code build} hold an OS file lock on
 * {@code .diffpress.lock} in the portal folder. The OS releases it when the process dies,
 * so a killed run never leaves a stale lock.
 * <p>
 * Before it locks, it checks that the files diffpress keeps in the portal are no symbolic links: the caches are pruned of
 * what a build no longer uses, so a cache folder linked elsewhere (a portal cloned or a CI cache restored with such a
 * link) had files outside the portal deleted (an audit), and a linked lock file had one created there.
 */
public final class PortalLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private PortalLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The portal is locked by another run: trying again later may succeed ({@code serve} does). */
    public static final class Busy extends DiffpressException {
        Busy(String message) {
            super(Stage.PUBLISH, Kind.BUILD, message);
        }
    }

    /** The files and folders of the portal that diffpress writes and prunes, relative to the portal folder. */
    static final List<String> OWN = List.of(".diffpress.lock", ".diffpress", ".diffpress/cache", ".diffpress/cache/render",
            ".diffpress/cache/search", ".diffpress/cache/content");

    public static PortalLock acquire(Path portalDir) {
        refuseLinks(portalDir);
        Path file = portalDir.resolve(".diffpress.lock");
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new Busy("another diffpress run is working on this portal (" + file + " is locked); wait for it to finish");
            }
            return new PortalLock(channel, lock);
        } catch (IOException e) {
            throw DiffpressException.build(Stage.PUBLISH, "cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    /** Refuses a portal in which one of {@link #OWN} is a symbolic link, naming it and where it leads. */
    static void refuseLinks(Path portalDir) {
        for (String name : OWN) {
            Path path = portalDir.resolve(name);
            if (Files.isSymbolicLink(path)) {
                String target;
                try {
                    target = String.valueOf(Files.readSymbolicLink(path));
                } catch (IOException | UnsupportedOperationException e) {
                    target = "?";
                }
                throw DiffpressException.input(Stage.PUBLISH, path + " is a symbolic link (to " + target + "): diffpress keeps"
                        + " its lock and caches in real files inside the portal and deletes what a build no longer uses, so it"
                        + " does not follow one; remove the link (the caches are rebuilt) and run again");
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // The OS drops the lock with the channel anyway.
        }
    }
}
