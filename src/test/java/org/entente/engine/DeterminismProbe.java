package org.entente.engine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import org.entente.io.ScenarioLoader;
import org.entente.model.Scenario;

/**
 * Run 0 of a scenario, with every recorded value at full precision (each row's record text, whose
 * doubles print every bit that differs), reduced to one SHA-256 on standard output. The CSVs round
 * to six decimals, which hides a difference in the last bits of a value; this does not. Started
 * as a separate Java process by {@link DeterminismTest}.
 *
 * <p>Arguments: scenario file, months, master seed.
 */
public final class DeterminismProbe {
    private DeterminismProbe() { }

    public static void main(String[] args) throws Exception {
        var loaded = ScenarioLoader.load(Paths.get(args[0]), new ScenarioLoader.Overrides(Map.of(), Integer.parseInt(args[1]), Long.parseLong(args[2])));
        Scenario s = loaded.scenario();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        RecordSink sink = new RecordSink() {
            public void nation(NationRow row) { add(row); }
            public void dyad(DyadRow row) { add(row); }
            public void event(EventRow row) { add(row); }
            private void add(Record row) { sha.update((row + "\n").getBytes(StandardCharsets.UTF_8)); }
        };
        new EntenteSim(s, Seeds.runSeed(s.seed(), 0), sink).runAll();
        System.out.println(HexFormat.of().formatHex(sha.digest()));
    }
}
