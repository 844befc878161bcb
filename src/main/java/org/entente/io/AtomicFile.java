package org.entente.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.List;

/**
 * The one way Entente writes a single result file (a comparison table, a report, a chart, a
 * hindcast table): into a new temporary file in the same folder, moved over the destination in
 * one atomic step (or, where the file system cannot move atomically, in one ordinary move). A
 * reader never sees half a file; a failure or a kill leaves the earlier file as it was (at
 * worst a hidden {@code .NAME.*.tmp} file beside it). The destination is checked first by
 * {@link Destination#check}. {@link ResultFolder} is the same for a folder. Thread-safe.
 */
public final class AtomicFile {
    private static final SecureRandom IDS = new SecureRandom();

    private AtomicFile() { }

    /** Writes the bytes a writer produces. */
    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Checks {@code file} as a destination of {@code kind} (named {@code what} in messages),
     * then writes it atomically. The file's folder is created when missing.
     */
    public static Path write(String what, Path file, Destination.Kind kind, List<Path> sources, Content content) throws IOException {
        Destination.check(what, file, kind, List.of(), sources);
        Path abs = file.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        // Not Files.createTempFile: its owner-only permissions would stay on the result.
        Path tmp = dir.resolve("." + abs.getFileName() + "." + Long.toHexString(IDS.nextLong()) + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.write(out);
            }
            Destination.check(what, file, kind, List.of(), sources);
            move(tmp, abs);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return abs;
    }

    /** Moves a file or folder over {@code to}, atomically where the file system can. */
    static void move(Path from, Path to) throws IOException {
        move(from, to, true);
    }

    /**
     * The one atomic move: {@code from} to {@code to} in one atomic step, or in one ordinary move
     * where the file system cannot move atomically. With {@code replace} false an existing
     * {@code to} is an error, not replaced (a result folder is never moved over another).
     */
    static void move(Path from, Path to, boolean replace) throws IOException {
        StandardCopyOption[] plain = replace ? new StandardCopyOption[] {StandardCopyOption.REPLACE_EXISTING} : new StandardCopyOption[0];
        StandardCopyOption[] atomic = replace
                ? new StandardCopyOption[] {StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE}
                : new StandardCopyOption[] {StandardCopyOption.ATOMIC_MOVE};
        try {
            Files.move(from, to, atomic);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, plain);
        }
    }
}
