package org.entente.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A results folder written safely: everything goes into a hidden temporary folder beside the
 * destination, which replaces the destination only once complete. A run that fails or is
 * killed leaves earlier results untouched (at worst a hidden temporary folder, cleaned up by
 * the next run into the same place).
 */
public final class ResultFolder implements AutoCloseable {
    private final Path destination;
    private final Path temporary;
    private boolean committed;

    private ResultFolder(Path destination, Path temporary) {
        this.destination = destination;
        this.temporary = temporary;
    }

    public static ResultFolder create(Path destination) throws IOException {
        Path dest = destination.toAbsolutePath().normalize();
        Path parent = dest.getParent();
        Files.createDirectories(parent);
        cleanStale(parent, dest.getFileName().toString());
        Path tmp = Files.createTempDirectory(parent, "." + dest.getFileName() + ".tmp-");
        try {
            // a temporary folder is private; results are ordinary files others may read
            Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: keep its defaults
        }
        return new ResultFolder(dest, tmp);
    }

    /** Where to write the files until {@link #commit()}. */
    public Path path() { return temporary; }

    public Path destination() { return destination; }

    /** Moves the complete folder into place, replacing what was there. */
    public void commit() throws IOException {
        Path parent = destination.getParent();
        Path old = null;
        if (Files.exists(destination)) {
            old = parent.resolve("." + destination.getFileName() + ".old-" + Long.toHexString(System.nanoTime()));
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
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    @Override
    public void close() throws IOException {
        if (!committed) deleteTree(temporary);
    }

    private static void cleanStale(Path parent, String name) throws IOException {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(parent, "." + name + ".{tmp,old}-*")) {
            for (Path p : ds) deleteTree(p);
        }
    }

    /** Deletes a folder and everything in it (nothing if it does not exist). */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
