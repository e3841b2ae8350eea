package io.diffpress.publish;

import io.diffpress.DiffpressException;
import io.diffpress.Stage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One run at a time per portal: {@code generate} and {@code build} hold an OS file lock on
 * {@code .diffpress.lock} in the portal folder. The OS releases it when the process dies,
 * so a killed run never leaves a stale lock.
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

    public static PortalLock acquire(Path portalDir) {
        Path file = portalDir.resolve(".diffpress.lock");
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
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
