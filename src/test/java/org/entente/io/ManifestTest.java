package org.entente.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.entente.analysis.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** manifest.json is one record: what is written reads back as the same record, field for field. */
class ManifestTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path run(Path out) throws Exception {
        var loaded = ScenarioLoader.load(Paths.get("docs/examples/small-world-embargo.yaml"),
                new ScenarioLoader.Overrides(Map.of("diversion_share", "0.6"), 6, 3L));
        return EnsembleWriter.run(loaded, out.resolve("m"), new EnsembleWriter.Options(2, 1, false), EnsembleWriter.Progress.NONE).folder();
    }

    @Test
    void whatIsWrittenReadsBackAsTheSameRecordAndIsWrittenAgainByteForByte(@TempDir Path dir) throws Exception {
        Path folder = run(dir);
        Path file = folder.resolve("manifest.json");
        Manifest m = Manifest.of(file, JSON.readTree(file.toFile()));
        assertThat(m.runs()).isEqualTo(2);
        assertThat(m.months()).isEqualTo(6);
        assertThat(m.overrides().set()).containsEntry("diversion_share", "0.6");
        assertThat(m.parameters().get("diversion_share").asDouble()).isEqualTo(0.6);
        assertThat(m.scenario().resolved()).isEqualTo("scenario.resolved.json");
        Path again = dir.resolve("again.json");
        m.write(again);
        assertThat(Files.mismatch(file, again)).isEqualTo(-1L);
    }

    @Test
    void aFieldOfAnotherTypeIsOneLineNamingTheField(@TempDir Path dir) throws Exception {
        Path file = run(dir).resolve("manifest.json");
        ObjectNode n = (ObjectNode) JSON.readTree(file.toFile());
        ((ObjectNode) n.get("scenario")).putArray("sha256");
        assertThatThrownBy(() -> Manifest.of(file, n)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("manifest.json: scenario.sha256:");
    }

    @Test
    void aResultSetCannotBeChangedThroughWhatItHandsOut(@TempDir Path dir) throws Exception {
        ResultSet rs = ResultSet.open(run(dir));
        List<String> actors = rs.actors();
        assertThatThrownBy(() -> actors.add("X")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> rs.months.add("X")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> rs.seeds.add(1L)).isInstanceOf(UnsupportedOperationException.class);
    }
}
