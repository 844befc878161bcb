package org.entente.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one destination check, the lock on a destination and the one atomic file write. */
class DestinationTest {
    static final String MANIFEST = "{\"engine\":\"entente\",\"engine_version\":\"x\",\"runs\":1}";

    @Test
    void refusesTheWorkingFolderAndEveryFolderAboveIt() {
        Path cwd = Path.of("").toAbsolutePath();
        for (Path p : List.of(cwd, cwd.getParent(), Path.of("."), Path.of(".."), cwd.resolve("x/../."))) {
            assertThatThrownBy(() -> Destination.check("--out", p, Destination.Kind.RUN)).isInstanceOf(ScenarioException.class)
                    .hasMessageContaining("the working folder");
        }
        assertThatThrownBy(() -> Destination.check("--out", cwd.getRoot(), Destination.Kind.RUN)).isInstanceOf(ScenarioException.class);
    }

    @Test
    void refusesContainersAndOverlapsWithSourcesThroughLinks(@TempDir Path dir) throws Exception {
        Path scen = Files.createDirectories(dir.resolve("scen/deep"));
        Path link = Files.createSymbolicLink(dir.resolve("alias"), dir.resolve("scen"));
        assertThatThrownBy(() -> Destination.check("--out", dir.resolve("scen"), Destination.Kind.SWEEP, List.of(scen), List.of()))
                .hasMessageContaining("is or contains the folder");
        assertThatThrownBy(() -> Destination.check("--out", link.resolve("deep"), Destination.Kind.SWEEP, List.of(scen), List.of()))
                .hasMessageContaining("is or contains the folder");
        assertThatThrownBy(() -> Destination.check("--out", scen.resolve("new"), Destination.Kind.SWEEP, List.of(), List.of(scen)))
                .hasMessageContaining("overlaps");
        Destination.check("--out", scen.resolve("new"), Destination.Kind.SWEEP, List.of(scen), List.of());
    }

    @Test
    void replacesOnlyAnEarlierResultOfTheSameKind(@TempDir Path dir) throws Exception {
        Path run = Files.createDirectories(dir.resolve("run"));
        Files.writeString(run.resolve("manifest.json"), MANIFEST);
        Path sweep = Files.createDirectories(dir.resolve("sweep"));
        Files.writeString(sweep.resolve("sweep.json"), "{\"kind\":\"sweep\",\"engine\":\"entente\"}");
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("manifest.json"), "{\"engine\":\"something else\"}");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        Path csv = Files.writeString(dir.resolve("c.csv"), "metric,actor,month,n_a,n_b\n");
        Destination.check("--out", run, Destination.Kind.RUN);
        Destination.check("--out", sweep, Destination.Kind.SWEEP);
        Destination.check("--out", empty, Destination.Kind.RUN);
        Destination.check("--out", dir.resolve("new"), Destination.Kind.RUN);
        Destination.check("--out", csv, Destination.Kind.COMPARISON_CSV);
        for (Object[] c : new Object[][] {{sweep, Destination.Kind.RUN}, {run, Destination.Kind.SWEEP}, {other, Destination.Kind.RUN},
                {file, Destination.Kind.RUN}, {file, Destination.Kind.COMPARISON_CSV}, {run, Destination.Kind.REPORT_HTML},
                {csv, Destination.Kind.REPORT_HTML}, {file, Destination.Kind.PNG}, {run, Destination.Kind.CALIBRATION}}) {
            assertThatThrownBy(() -> Destination.check("--out", (Path) c[0], (Destination.Kind) c[1]))
                    .as(c[0] + " as " + c[1]).isInstanceOf(ScenarioException.class).hasMessageStartingWith("--out ");
        }
    }

    @Test
    void refusesSymbolicLinksEvenToItsOwnResults(@TempDir Path dir) throws Exception {
        Path run = Files.createDirectories(dir.resolve("run"));
        Files.writeString(run.resolve("manifest.json"), MANIFEST);
        Path link = Files.createSymbolicLink(dir.resolve("link"), run);
        assertThatThrownBy(() -> Destination.check("--out", link, Destination.Kind.RUN)).hasMessageContaining("symbolic link");
        Path manifestLink = Files.createDirectories(dir.resolve("fake"));
        Files.createSymbolicLink(manifestLink.resolve("manifest.json"), run.resolve("manifest.json"));
        assertThatThrownBy(() -> Destination.check("--out", manifestLink, Destination.Kind.RUN))
                .as("a linked manifest does not make a folder a result").hasMessageContaining("is not a results folder");
    }

    @Test
    void aSecondWriterIsRefusedWhileTheFirstHoldsTheLockAndNothingIsLeftAfter(@TempDir Path dir) throws Exception {
        Path dest = dir.resolve("draft[1");
        try (ResultFolder first = ResultFolder.create(dest, Destination.Kind.RUN)) {
            Files.writeString(first.path().resolve("manifest.json"), MANIFEST);
            assertThat(Files.readString(dir.resolve(".draft[1.lock"))).startsWith("entente-lock pid " + ProcessHandle.current().pid());
            assertThatThrownBy(() -> ResultFolder.create(dest, Destination.Kind.RUN)).isInstanceOf(ScenarioException.class)
                    .hasMessageContaining("is writing there now");
            assertThat(first.path()).exists();
            first.commit();
        }
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("draft[1");
        }
        assertThat(Files.readString(dest.resolve("manifest.json"))).isEqualTo(MANIFEST);
    }

    @Test
    void staleTemporaryFoldersOfThisDestinationGoOthersStay(@TempDir Path dir) throws Exception {
        Path dest = dir.resolve("a*b");
        Path stale = Files.createDirectories(dir.resolve(".a*b.tmp-123"));
        Files.createFile(stale.resolve(ResultFolder.PARTIAL));
        Files.writeString(stale.resolve("nations.csv"), "half");
        Path notOurs = Files.createDirectories(dir.resolve(".a*b.tmp-mine"));
        Files.writeString(notOurs.resolve("keep.txt"), "user's");
        Path otherDest = Files.createDirectories(dir.resolve(".a.tmp-9"));
        Files.createFile(otherDest.resolve(ResultFolder.PARTIAL));
        Files.writeString(dir.resolve(".a*b.lock"), "entente-lock pid 1 host gone started 2020\n");
        try (ResultFolder f = ResultFolder.create(dest, Destination.Kind.RUN)) {
            Files.writeString(f.path().resolve("manifest.json"), MANIFEST);
            f.commit();
        }
        assertThat(stale).doesNotExist();
        assertThat(Files.readString(notOurs.resolve("keep.txt"))).isEqualTo("user's");
        assertThat(otherDest).exists();
        assertThat(dir.resolve(".a*b.lock")).doesNotExist();
    }

    @Test
    void anEarlierResultMovedAsideByAKillIsPutBack(@TempDir Path dir) throws Exception {
        Path dest = dir.resolve("r");
        Path old = Files.createDirectories(dir.resolve(".r.old-5"));
        Files.writeString(old.resolve("manifest.json"), MANIFEST);
        Files.writeString(old.resolve("nations.csv"), "earlier");
        try (ResultFolder f = ResultFolder.create(dest, Destination.Kind.RUN)) {
            assertThat(Files.readString(dest.resolve("nations.csv"))).isEqualTo("earlier");
            // not committed: the earlier results stay
        }
        assertThat(Files.readString(dest.resolve("nations.csv"))).isEqualTo("earlier");
        assertThat(old).doesNotExist();
    }

    @Test
    void aForeignLockFileIsNeverTouched(@TempDir Path dir) throws Exception {
        Path lock = Files.writeString(dir.resolve(".r.lock"), "my diary");
        assertThatThrownBy(() -> ResultFolder.create(dir.resolve("r"), Destination.Kind.RUN)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("not an Entente lock file");
        assertThat(Files.readString(lock)).isEqualTo("my diary");
        assertThat(dir.resolve("r")).doesNotExist();
    }

    @Test
    void atomicFileReplacesOnlyItsOwnKindAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("sub/comparison.csv");
        AtomicFile.write("--out", csv, Destination.Kind.COMPARISON_CSV, List.of(), o -> o.write("metric,actor,month,n_a,1\n".getBytes()));
        AtomicFile.write("--out", csv, Destination.Kind.COMPARISON_CSV, List.of(), o -> o.write("metric,actor,month,n_a,2\n".getBytes()));
        assertThat(Files.readString(csv)).endsWith(",2\n");
        Path mine = Files.writeString(dir.resolve("mine.csv"), "name,phone\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AtomicFile.write("--out", mine, Destination.Kind.COMPARISON_CSV, List.of(), o -> o.write(1)))
                .isInstanceOf(ScenarioException.class);
        assertThat(Files.readString(mine)).isEqualTo("name,phone\n");
        assertThatThrownBy(() -> AtomicFile.write("--out", csv, Destination.Kind.COMPARISON_CSV, List.of(), o -> {
            o.write("metric,actor,month,n_a,3".getBytes());
            throw new java.io.IOException("disk full");
        })).hasMessageContaining("disk full");
        assertThat(Files.readString(csv)).as("a failed write leaves the earlier file").endsWith(",2\n");
        try (var s = Files.list(csv.getParent())) {
            assertThat(s.toList()).containsExactly(csv);
        }
    }
}
