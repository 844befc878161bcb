package org.entente.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one check every command that writes makes before it writes, so that no command replaces,
 * or writes into, anything it did not make. A destination is refused (a {@link ScenarioException}
 * with one line: exit code 2) when
 * <ul>
 *   <li>it is a symbolic link;</li>
 *   <li>it exists and is not an Entente result of the same {@link Kind} (recognised by its
 *       content: a manifest, a header, a footer; never by its name) nor an empty folder;</li>
 *   <li>it is, or contains, the working folder or a protected folder (the scenario's folder, a
 *       folder being read: the shards of a merge, the folder a rerun checks); a destination
 *       inside a folder being read is refused too.</li>
 * </ul>
 * Paths are compared after resolving symbolic links of the part that exists, so a link cannot
 * hide that two paths are the same. Stateless; thread-safe.
 */
public final class Destination {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** At most this many bytes of a file are read to recognise it. */
    private static final int SNIFF = 8192;

    private Destination() { }

    /** What a command writes, and how an earlier one is recognised. */
    public enum Kind {
        RUN(true, "a results folder (manifest.json written by run)", d -> jsonField(d.resolve("manifest.json"), "engine", "entente")
                && !jsonHas(d.resolve("manifest.json"), "kind")),
        SWEEP(true, "a sweep folder (sweep.json)", d -> jsonField(d.resolve("sweep.json"), "kind", "sweep")),
        CALIBRATION(true, "a calibration folder (parameters.yaml written by calibrate)",
                d -> head(d.resolve("parameters.yaml")).startsWith("# Fitted by: entente calibrate")),
        SENSITIVITY(true, "a sensitivity folder (ranges.csv written by sensitivity)",
                d -> head(d.resolve("ranges.csv")).startsWith("parameter,min,max,basis\n")),
        PNG_FOLDER(true, "a folder of PNG charts", Destination::onlyPngs),
        COMPARISON_CSV(false, "a comparison table written by compare",
                f -> head(f).startsWith("metric,actor,month,n_a,") || head(f).startsWith("metric,from,to,month,n_a,")),
        HINDCAST_CSV(false, "a hindcast.csv written by hindcast", f -> head(f).startsWith("target,subject,partner,period,unit,observed,")
                || head(f).startsWith("metric,kind,subject,partner,period,base_period,unit,confidence,weight,observed,")),
        HINDCAST_ALL(true, "a hindcast --all folder (scoreboard.csv)", d -> head(d.resolve("scoreboard.csv")).startsWith("episode,targets,level_mape,")),
        REPORT_HTML(false, "a report written by report", f -> tail(f).contains("Made by <code>entente report</code>")),
        PNG(false, "a PNG chart", f -> head(f).startsWith("\u0089PNG"));

        private final boolean folder;
        private final String what;
        private final Predicate<Path> recognise;

        Kind(boolean folder, String what, Predicate<Path> recognise) {
            this.folder = folder;
            this.what = what;
            this.recognise = recognise;
        }

        /** Whether the result is a folder (else a single file). */
        public boolean folder() { return folder; }

        /** In words, for messages. */
        public String what() { return what; }

        /** Whether {@code p} (which exists, and is not a link) holds a result of this kind. */
        public boolean recognises(Path p) {
            try {
                return recognise.test(p);
            } catch (RuntimeException e) {
                return false;
            }
        }
    }

    /**
     * Refuses {@code destination} unless writing a result of {@code kind} there replaces at most
     * an earlier result of that kind. {@code containers} must neither be nor lie inside the
     * destination; {@code sources} must not overlap it in any way. The working folder is always a
     * container. {@code what} names the option in messages ("--out").
     */
    public static void check(String what, Path destination, Kind kind, List<Path> containers, List<Path> sources) {
        String label = what + " " + destination;
        Path dest;
        try {
            dest = real(destination);
        } catch (InvalidPathException e) {
            throw new ScenarioException(what + ": not a usable path: " + e.getReason());
        }
        if (dest.getParent() == null) throw new ScenarioException(label + ": is the root of the file system; choose a folder inside it");
        List<Path> keep = new ArrayList<>();
        keep.add(Path.of("").toAbsolutePath());
        keep.addAll(containers);
        for (Path c : keep) {
            Path rc = real(c);
            if (rc.startsWith(dest)) {
                throw new ScenarioException(label + ": is or contains " + (c == keep.get(0) ? "the working folder" : "the folder " + c)
                        + "; Entente never writes over it: choose a new folder");
            }
        }
        for (Path s : sources) {
            Path rs = real(s);
            if (rs.startsWith(dest) || dest.startsWith(rs)) {
                throw new ScenarioException(label + ": overlaps " + s + ", which is being read; choose a folder outside it");
            }
        }
        Path abs = destination.toAbsolutePath().normalize();
        for (Path up = abs.getParent(); up != null; up = up.getParent()) {
            if (Files.exists(up) && !Files.isDirectory(up)) {
                throw new ScenarioException(label + ": " + up + " is a file, not a folder; choose another " + what);
            }
        }
        if (Files.isSymbolicLink(abs)) {
            throw new ScenarioException(label + ": is a symbolic link; Entente does not write through links: choose another " + what);
        }
        if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) return;
        boolean isDir = Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS);
        if (kind.folder()) {
            if (!isDir) throw new ScenarioException(label + ": exists and is not a folder; Entente does not replace it: choose another " + what);
            if (empty(abs) || kind.recognises(abs)) return;
            throw new ScenarioException(label + ": the folder exists and is not " + kind.what() + "; Entente replaces only its own"
                    + " results: choose a new or empty folder");
        }
        if (!Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS)) {
            throw new ScenarioException(label + ": exists and is not a file; choose the name of a new file");
        }
        if (!kind.recognises(abs)) {
            throw new ScenarioException(label + ": the file exists and is not " + kind.what() + "; Entente replaces only its own"
                    + " results: choose a new file name");
        }
    }

    /** {@link #check} with only the working folder protected. */
    public static void check(String what, Path destination, Kind kind) {
        check(what, destination, kind, List.of(), List.of());
    }

    /**
     * The absolute, normalised path with every symbolic link resolved in the part that exists
     * (the rest appended as given), so that two names for one place compare equal.
     */
    public static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        List<Path> rest = new ArrayList<>();
        while (existing != null) {
            try {
                Path r = existing.toRealPath();
                for (int i = rest.size() - 1; i >= 0; i--) r = r.resolve(rest.get(i));
                return r.normalize();
            } catch (IOException e) {
                if (existing.getFileName() == null) break;
                rest.add(existing.getFileName());
                existing = existing.getParent();
            }
        }
        return abs;
    }

    /** Whether {@code inner} lies inside {@code folder} (or is it), links resolved. */
    public static boolean inside(Path inner, Path folder) {
        return real(inner).startsWith(real(folder));
    }

    private static boolean empty(Path dir) {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            return !ds.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean onlyPngs(Path dir) {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || !Kind.PNG.recognises(p)) return false;
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The first bytes of a plain file (not a link), as ISO-8859-1 text; "" when there is none. */
    static String head(Path f) {
        if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) return "";
        try (InputStream in = Files.newInputStream(f, LinkOption.NOFOLLOW_LINKS)) {
            return new String(in.readNBytes(SNIFF), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }

    private static String tail(Path f) {
        if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) return "";
        try (var ch = Files.newByteChannel(f, LinkOption.NOFOLLOW_LINKS)) {
            long size = ch.size();
            ch.position(Math.max(0, size - SNIFF));
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate((int) Math.min(SNIFF, size));
            while (buf.hasRemaining() && ch.read(buf) > 0) { }
            return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static JsonNode json(Path f) {
        if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) return null;
        try {
            if (Files.size(f) > (64L << 20)) return null;
            return JSON.readTree(Files.readAllBytes(f));
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean jsonField(Path f, String key, String value) {
        JsonNode n = json(f);
        return n != null && n.isObject() && value.equals(n.path(key).asText(null));
    }

    private static boolean jsonHas(Path f, String key) {
        JsonNode n = json(f);
        return n != null && n.has(key);
    }
}
