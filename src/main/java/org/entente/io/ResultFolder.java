package org.entente.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;

/**
 * A results folder written safely. The destination is first checked by {@link Destination#check}
 * (nothing but an earlier result of the same kind is ever replaced). Then a lock is taken on
 * {@code .NAME.lock} beside it ({@link FileChannel#tryLock}; the file says which process holds
 * it), held until the folder is in place: a second writer to the same destination is refused
 * while the first is alive. Everything is written into a hidden temporary folder
 * {@code .NAME.tmp-*} beside the destination, which replaces the destination only once complete.
 * A run that fails, is killed or fills the disk leaves the earlier results untouched (at worst a
 * hidden temporary folder, which the next writer to the same destination removes: it holds the
 * lock, so no live writer owns that folder; folders are matched by their literal name, never by a
 * pattern). Not thread-safe; one instance per writer.
 */
public final class ResultFolder implements AutoCloseable {
    /** Marks a temporary folder as ours, so that clean-up never removes a folder it did not make. */
    static final String PARTIAL = ".entente-partial";
    static final String LOCK_TAG = "entente-lock";
    private static final SecureRandom IDS = new SecureRandom();

    private final Path destination;
    private final Path temporary;
    private final Destination.Kind kind;
    private final List<Path> containers;
    private final List<Path> sources;
    private final Lock lock;
    private boolean committed;

    private ResultFolder(Path destination, Path temporary, Destination.Kind kind, List<Path> containers, List<Path> sources, Lock lock) {
        this.destination = destination;
        this.temporary = temporary;
        this.kind = kind;
        this.containers = containers;
        this.sources = sources;
        this.lock = lock;
    }

    /** A results folder of the given kind at {@code destination}, checked with only the working folder protected. */
    public static ResultFolder create(Path destination, Destination.Kind kind) throws IOException {
        return create(destination, kind, List.of(), List.of());
    }

    /**
     * Checks the destination ({@link Destination#check} with these containers and sources; a
     * {@link ScenarioException} if refused), takes its lock (a {@link ScenarioException} if
     * another writer holds it), removes stale temporary folders of this destination and opens a
     * new one.
     */
    public static ResultFolder create(Path destination, Destination.Kind kind, List<Path> containers, List<Path> sources) throws IOException {
        Destination.check("--out", destination, kind, containers, sources);
        Path dest = destination.toAbsolutePath().normalize();
        Path parent = dest.getParent();
        Files.createDirectories(parent);
        String name = dest.getFileName().toString();
        Lock lock = Lock.take(parent.resolve("." + name + ".lock"), dest);
        try {
            cleanStale(parent, name, dest, kind);
            Path tmp = Files.createTempDirectory(parent, "." + name + ".tmp-");
            try {
                // a temporary folder is private; results are ordinary files others may read
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: keep its defaults
            }
            Files.createFile(tmp.resolve(PARTIAL));
            return new ResultFolder(dest, tmp, kind, List.copyOf(containers), List.copyOf(sources), lock);
        } catch (IOException | RuntimeException e) {
            lock.release();
            throw e;
        }
    }

    /** Where to write the files until {@link #commit()}. */
    public Path path() { return temporary; }

    public Path destination() { return destination; }

    /** Moves the complete folder into place, replacing what was there (checked again first). */
    public void commit() throws IOException {
        Destination.check("--out", destination, kind, containers, sources);
        Files.delete(temporary.resolve(PARTIAL));
        Path parent = destination.getParent();
        Path old = null;
        if (Files.exists(destination, LinkOption.NOFOLLOW_LINKS)) {
            old = parent.resolve("." + destination.getFileName() + ".old-" + Long.toHexString(IDS.nextLong() >>> 1));
            move(destination, old);
        }
        try {
            move(temporary, destination);
        } catch (IOException e) {
            if (old != null) move(old, destination);
            throw e;
        }
        committed = true;
        if (old != null) deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        AtomicFile.move(from, to, false);
    }

    @Override
    public void close() throws IOException {
        try {
            if (!committed) deleteTree(temporary);
        } finally {
            lock.release();
        }
    }

    /**
     * Under the lock no live writer owns a temporary folder of this destination: removes those
     * left by a killed one (only folders we marked), and puts back an earlier result that a
     * kill left moved aside.
     */
    private static void cleanStale(Path parent, String name, Path dest, Destination.Kind kind) throws IOException {
        String tmpPrefix = "." + name + ".tmp-", oldPrefix = "." + name + ".old-";
        List<Path> entries = new java.util.ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(parent)) {
            for (Path p : ds) entries.add(p);
        }
        entries.sort(null);
        for (Path p : entries) {
            String n = p.getFileName().toString();
            if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) continue;
            if (n.startsWith(tmpPrefix) && Files.isRegularFile(p.resolve(PARTIAL), LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(p);
            } else if (n.startsWith(oldPrefix) && kind.recognises(p)) {
                if (!Files.exists(dest, LinkOption.NOFOLLOW_LINKS)) move(p, dest);
                else deleteTree(p);
            }
        }
    }

    /** Deletes a folder and everything in it (nothing if it does not exist); links are removed, never followed. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) throw exc;
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * The lock on one destination: a file beside it, locked while a writer is alive, removed when
     * it is done. POSIX releases a process's lock when any of its descriptors of that file is
     * closed, so the file is read only through descriptors kept open until release, and the
     * locks this process holds are also kept in {@link #HELD} (asked before anything is opened).
     */
    private static final class Lock {
        /** Lock files held by this process (real paths); process-wide by nature, like the OS locks themselves. */
        private static final java.util.Set<Path> HELD = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private final Path file;
        private final Path key;
        private final FileChannel channel;
        private final FileChannel check;
        private final FileLock lock;

        private Lock(Path file, Path key, FileChannel channel, FileChannel check, FileLock lock) {
            this.file = file;
            this.key = key;
            this.channel = channel;
            this.check = check;
            this.lock = lock;
        }

        static Lock take(Path file, Path dest) throws IOException {
            Path key = Destination.real(file);
            if (!HELD.add(key)) throw busy(dest, "another run of this program");
            try {
                Lock l = attempt(file, key, dest);
                if (l != null) return l;
            } catch (IOException | RuntimeException e) {
                HELD.remove(key);
                throw e;
            }
            HELD.remove(key);
            throw new IOException(file + ": could not take the lock");
        }

        private static Lock attempt(Path file, Path key, Path dest) throws IOException {
            for (int attempt = 0; attempt < 8; attempt++) {
                if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                    String head = Destination.head(file);
                    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !(head.isEmpty() || head.startsWith(LOCK_TAG))) {
                        throw new ScenarioException("--out " + dest + ": " + file.getFileName() + " beside it is not an Entente lock file;"
                                + " Entente does not touch it: choose another --out");
                    }
                }
                FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS);
                FileLock l;
                try {
                    l = ch.tryLock();
                } catch (OverlappingFileLockException e) {
                    l = null;
                } catch (IOException e) {
                    ch.close();
                    throw e;
                }
                if (l == null) {
                    ByteBuffer buf = ByteBuffer.allocate(256);
                    ch.read(buf, 0);
                    ch.close();
                    String who = new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII).lines().findFirst().orElse("");
                    throw busy(dest, who.startsWith(LOCK_TAG) ? "another entente (" + who.replaceAll("[^\\x20-\\x7e]", "?") + ")"
                            : "another entente");
                }
                String token = LOCK_TAG + " pid " + ProcessHandle.current().pid() + " host " + host() + " started " + Instant.now()
                        + " id " + Long.toHexString(IDS.nextLong()) + "\n";
                byte[] bytes = token.getBytes(StandardCharsets.US_ASCII);
                ch.truncate(0);
                ch.write(ByteBuffer.wrap(bytes), 0);
                ch.force(false);
                // The previous holder may have removed the file between our open and our lock: then the
                // name no longer leads to the file we locked, and we try again. Read through a second
                // descriptor kept open until release (closing it would drop the lock).
                FileChannel check;
                try {
                    check = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException e) {
                    l.release();
                    ch.close();
                    continue;
                }
                ByteBuffer seen = ByteBuffer.allocate(bytes.length + 1);
                check.read(seen, 0);
                if (seen.position() == bytes.length && java.util.Arrays.equals(java.util.Arrays.copyOf(seen.array(), bytes.length), bytes)) {
                    return new Lock(file, key, ch, check, l);
                }
                l.release();
                ch.close();
                check.close();
            }
            return null;
        }

        private static ScenarioException busy(Path dest, String who) {
            return new ScenarioException("--out " + dest + ": " + who + " is writing there now; wait for it to finish, or choose another --out");
        }

        void release() throws IOException {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a system that cannot remove an open file (Windows) keeps it: unlocked, it is taken by the next writer
            } finally {
                try {
                    lock.release();
                } finally {
                    try {
                        channel.close();
                        check.close();
                    } finally {
                        HELD.remove(key);
                    }
                }
            }
        }

        private static String host() {
            try {
                return java.net.InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                return "unknown";
            }
        }
    }
}
