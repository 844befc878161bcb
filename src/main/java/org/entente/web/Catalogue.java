package org.entente.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.entente.io.Lesson;
import org.entente.io.ScenarioException;
import org.entente.io.ScenarioLoader;

/**
 * The worlds a class can choose: every scenario of a folder and of its {@code lessons/}
 * subfolder, loaded and checked once at start-up. A browser names a world by its catalogue id
 * only (for example {@code lesson-realism-vs-liberalism}); no request ever carries a path.
 * Immutable after loading, so thread-safe.
 */
public final class Catalogue {
    /** Scenarios with more actors than this are for research, not for a projector, and are left out. */
    public static final int MAX_ACTORS = 60;

    /** One world on offer. */
    public record Entry(String id, boolean lesson, String title, String description, String watch, Lesson data) {
        public boolean hasDecisions() { return !data.decisions().isEmpty(); }
    }

    private final Map<String, Entry> entries;

    private Catalogue(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    /**
     * Loads {@code folder/*.yaml} and {@code folder/lessons/*.yaml}. A file that does not load is
     * skipped with one line on {@code err}; so is one too large for a classroom.
     */
    public static Catalogue load(Path folder, PrintWriter err) throws IOException {
        List<Entry> found = new ArrayList<>();
        for (String sub : List.of("lessons", "")) {
            Path dir = sub.isEmpty() ? folder : folder.resolve(sub);
            if (!Files.isDirectory(dir)) continue;
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(p -> Files.isRegularFile(p) && (p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")))
                        .sorted().toList();
            }
            for (Path f : files) {
                String base = f.getFileName().toString().replaceFirst("\\.ya?ml$", "");
                String id = (sub.isEmpty() ? "" : "lesson-") + base.replaceAll("[^A-Za-z0-9-]", "-");
                try {
                    Lesson l = ScenarioLoader.lesson(f, ScenarioLoader.Overrides.NONE);
                    if (l.scenario().actors().size() > MAX_ACTORS) continue;
                    found.add(new Entry(id, !sub.isEmpty(), l.scenario().name(), l.scenario().description().strip(), l.watch(), l));
                } catch (ScenarioException e) {
                    err.println("serve: skipped " + f.getFileName() + ": " + e.problems().get(0));
                }
            }
        }
        found.sort(Comparator.comparing((Entry e) -> !e.hasDecisions()).thenComparing(e -> !e.lesson()));
        Map<String, Entry> map = new LinkedHashMap<>();
        for (Entry e : found) map.putIfAbsent(e.id(), e);
        return new Catalogue(map);
    }

    /** The entry with this id, or null: ids come from the browser and are only ever looked up. */
    public Entry get(String id) { return id == null ? null : entries.get(id); }

    public List<Entry> entries() { return List.copyOf(entries.values()); }

    /** The world to compare with by default: the baseline when there is one. */
    public Entry baseline() {
        Entry b = entries.get("baseline-2025");
        return b != null ? b : entries.values().stream().filter(e -> !e.lesson()).findFirst().orElse(null);
    }
}
