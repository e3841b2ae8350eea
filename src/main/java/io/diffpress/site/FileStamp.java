package io.diffpress.site;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the file system says of a file without reading it: size, modification time and status change time
 * (ctime) in nanoseconds, and its identity (device and inode). Writing a file in place changes its mtime and
 * ctime, replacing it (as editors and git do) gives another inode, and ctime cannot be set back by anyone,
 * so an equal stamp means an unchanged file, except for a write within the file system's timestamp tick
 * after the stamp was taken: {@link #settled} tells whether that window is closed. Where the file system
 * has no ctime or inode (not POSIX), those parts are -1 and "".
 */
record FileStamp(long size, long modifiedNanos, long changedNanos, String key) {

    private static final boolean UNIX = FileSystems.getDefault().supportedFileAttributeViews().contains("unix");

    /** Writes this recent may still share a timestamp with a later write (coarse clocks, FAT's 2 s). */
    static final long SETTLE_NANOS = TimeUnit.SECONDS.toNanos(2);

    static FileStamp of(Path file) throws IOException {
        if (UNIX) {
            Map<String, Object> a = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,dev,ino");
            return new FileStamp((Long) a.get("size"), nanos((FileTime) a.get("lastModifiedTime")), nanos((FileTime) a.get("ctime")),
                    a.get("dev") + ":" + a.get("ino"));
        }
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, new LinkOption[0]);
        return new FileStamp(a.size(), nanos(a.lastModifiedTime()), -1, a.fileKey() == null ? "" : a.fileKey().toString());
    }

    /**
     * Whether the file's last change is far enough before {@code nowNanos} (epoch nanoseconds, taken before
     * the file was looked at) that any later write gives another stamp. Every write sets the change time to
     * the present, so that is the time that counts where there is one; the modification time can be set back.
     */
    boolean settled(long nowNanos) {
        return nowNanos - (changedNanos >= 0 ? changedNanos : modifiedNanos) > SETTLE_NANOS;
    }

    private static long nanos(FileTime time) {
        return time.to(TimeUnit.NANOSECONDS);
    }
}
