package org.entente.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.entente.bench.ActorSubset;
import org.entente.bench.ReferenceKernel;
import org.entente.bench.SyntheticWorld;
import org.entente.io.ScenarioLoader;
import org.entente.model.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of one month of each phase, of a whole scheduled step, and of the
 * {@link ReferenceKernel}'s month, on the synthetic world of {@link SyntheticWorld} (or a
 * scenario file given with {@code -p scenario=FILE}) cut to {@code actors} actors. Each
 * iteration starts a fresh simulation and steps it 12 months first, so that lags, episodes and
 * evasion are in their running state; a phase benchmark then repeats that phase at the same
 * month (its cost does not depend on the month). Divide by n(n - 1) for the cost per directed
 * pair. Run: {@code mvn -B -Pbench -DskipTests package && java -jar target/benchmarks.jar}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PhaseBenchmark {
    /** Months stepped before measuring. */
    static final int SETTLE_MONTHS = 12;

    @Param({"50", "197"})
    public int actors;

    /** A scenario file, or "synthetic" for the generated world of 197 actors. */
    @Param({"synthetic"})
    public String scenario;

    private PreparedScenario world;
    private EntenteSim sim;
    private ReferenceKernel kernel;
    private final SumSink sink = new SumSink();
    private final EventPhase events = new EventPhase(java.util.Map.of());
    private PolicyPhase policy;
    private TradePhase trade;
    private EconomyPhase economy;
    private SecurityPhase security;
    private RecordPhase record;

    /** Takes every row and keeps one number of each, so that none is optimised away. */
    static final class SumSink implements RecordSink {
        double sum;

        public void nation(NationRow row) { sum += row.gdp(); }

        public void dyad(DyadRow row) { sum += row.exports(); }

        public void event(EventRow row) { sum += row.step(); }
    }

    @Setup(Level.Trial)
    public void load() throws Exception {
        Path file;
        if ("synthetic".equals(scenario)) {
            file = Files.createTempFile("entente-synthetic", ".yaml");
            Files.writeString(file, SyntheticWorld.yaml(197, 1));
            file.toFile().deleteOnExit();
        } else {
            file = Path.of(scenario);
        }
        Scenario s = ScenarioLoader.load(file).scenario();
        world = PreparedScenario.of(actors < s.actors().size() ? ActorSubset.largest(s, actors) : s);
        int n = world.scenario().actors().size();
        policy = new PolicyPhase(n);
        trade = new TradePhase(n);
        economy = new EconomyPhase(n);
        security = new SecurityPhase(n);
        record = new RecordPhase(sink);
    }

    @Setup(Level.Iteration)
    public void settle() {
        sim = new EntenteSim(world, 1, sink);
        sim.start();
        for (int t = 0; t < SETTLE_MONTHS; t++) sim.schedule.step(sim);
        // each phase object once, as the schedule's own have been
        trade.step(sim);
        economy.step(sim);
        kernel = new ReferenceKernel(world, 1);
        kernel.run(SETTLE_MONTHS);
    }

    @Benchmark
    public void events() { events.step(sim); }

    @Benchmark
    public void policy() { policy.step(sim); }

    @Benchmark
    public void trade() { trade.step(sim); }

    @Benchmark
    public void economy() { economy.step(sim); }

    @Benchmark
    public void security() { security.step(sim); }

    @Benchmark
    public double record() {
        record.step(sim);
        return sink.sum;
    }

    /** A whole month as MASON schedules it: all six phases in their orderings. */
    @Benchmark
    public double wholeStep() {
        sim.schedule.step(sim);
        return sink.sum;
    }

    /** The reference kernel's month (sections 4-5 arithmetic, no engine). */
    @Benchmark
    public void referenceKernel() {
        kernel.step();
    }
}
