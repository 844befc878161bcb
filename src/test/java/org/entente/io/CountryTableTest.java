package org.entente.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.entente.model.ActorKind;
import org.entente.model.ActorSpec;
import org.entente.model.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The countries: key: actors from a table, overrides, the rules for missing values, and bad tables. */
class CountryTableTest {
    private static final String HEADER = "iso3,name,region,capital,lat,lon,population_2024,gdp_usd_2023\n";
    private static final String TABLE = HEADER
            + "AAA,Alpha,North,A-town,10,20,10000000,100000000000\n"      // line 2: 10 m people, USD 100 bn
            + "BBB,Beta,North,B-town,11,21,20000000,400000000000\n"       // line 3: USD 20,000 a head
            + "CCC,Gamma,North,C-town,12,22,5000000,\n"                  // line 4: no GDP -> 5 m x median 15,000
            + "DDD,Delta,South,D-town,-5,30,,\n"                          // line 5: neither -> left out
            + "EEE,Epsilon,South,E-town,-6,31,1000000,3000000000\n";     // line 6
    private static final String SCENARIO = """
            name: table test
            start: "2025-01"
            months: 6
            countries:
              file: ../data/t.csv
              source: "test table"
              defaults: {milex_share: 0.02, ideal_point: 0.5, stability: 0.6, trend_growth: 3}
            actors:
              - {id: BBB, ideal_point: -1, milex: 9, source: "override"}
              - {id: ZZZ, name: Zed, kind: non_state, lat: 0, lon: 0, gdp: 1, population: 1, ideal_point: 0, stability: 0.5, trend_growth: 0}
            """;

    @TempDir
    Path project;
    Path scenarios, data;

    @BeforeEach
    void layout() throws Exception {
        scenarios = Files.createDirectories(project.resolve("scenarios"));
        data = Files.createDirectories(project.resolve("data"));
    }

    private Path scenario(String table, String text) throws Exception {
        Files.writeString(data.resolve("t.csv"), table);
        Path s = scenarios.resolve("s.yaml");
        Files.writeString(s, text);
        return s;
    }

    @Test
    void rowsBecomeActorsWithOverridesDefaultsAndStatedImputations() throws Exception {
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(scenario(TABLE, SCENARIO));
        Scenario s = loaded.scenario();
        assertThat(s.actors()).extracting(ActorSpec::id).containsExactly("AAA", "BBB", "CCC", "EEE", "ZZZ");
        Map<String, ActorSpec> a = s.actors().stream().collect(Collectors.toMap(ActorSpec::id, Function.identity()));
        assertThat(a.get("AAA").gdp()).as("USD read as USD bn").isCloseTo(100, within(1e-9));
        assertThat(a.get("AAA").population()).as("people read as millions").isCloseTo(10, within(1e-9));
        assertThat(a.get("AAA").milex()).as("milex_share of GDP").isCloseTo(2, within(1e-9));
        assertThat(a.get("AAA").kind()).isEqualTo(ActorKind.STATE);
        assertThat(a.get("AAA").idealPoint()).isEqualTo(0.5);
        assertThat(a.get("BBB").idealPoint()).as("the actors: entry wins").isEqualTo(-1);
        assertThat(a.get("BBB").milex()).isEqualTo(9);
        assertThat(a.get("BBB").source()).startsWith("override | table: test table; row 3");
        // North's GDP per head: AAA 10,000 and BBB 20,000 -> median 15,000; CCC has 5 m people
        assertThat(a.get("CCC").gdp()).isCloseTo(75, within(1e-9));
        assertThat(a.get("CCC").source()).contains("GDP imputed as population x the median GDP per person of North");
        assertThat(loaded.notes()).anySatisfy(n -> assertThat(n).contains("imputed").contains("CCC"));
        assertThat(loaded.notes()).anySatisfy(n -> assertThat(n).contains("left out").contains("DDD"));
        assertThat(loaded.files()).anySatisfy(f -> assertThat(f.getFileName().toString()).isEqualTo("t.csv"));
    }

    @Test
    void aTableSavedByExcelWithAByteOrderMarkAndWindowsLineEndsReadsTheSame() throws Exception {
        String excel = "\uFEFF" + TABLE.replace("\n", "\r\n");
        Scenario s = ScenarioLoader.load(scenario(excel, SCENARIO)).scenario();
        assertThat(s.actors()).extracting(ActorSpec::id).containsExactly("AAA", "BBB", "CCC", "EEE", "ZZZ");
        assertThat(s.actors().get(0).name()).isEqualTo("Alpha");
        assertThat(s.actors().get(0).gdp()).isCloseTo(100, within(1e-9));
    }

    @Test
    void aScenarioCanGiveWhatTheTableLacks() throws Exception {
        String text = SCENARIO + "  - {id: DDD, gdp: 2, population: 0.5, source: \"given\"}\n  - {id: CCC, gdp: 60}\n";
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(scenario(TABLE, text));
        Map<String, ActorSpec> a = loaded.scenario().actors().stream().collect(Collectors.toMap(ActorSpec::id, Function.identity()));
        assertThat(a.get("DDD").gdp()).isEqualTo(2);
        assertThat(a.get("CCC").gdp()).as("a given GDP replaces the imputed one").isEqualTo(60);
        assertThat(a.get("CCC").milex()).as("milex follows the GDP given").isCloseTo(1.2, within(1e-9));
        assertThat(loaded.notes()).noneMatch(n -> n.contains("imputed") || n.contains("left out"));
    }

    @Test
    void aBadValueIsReportedAtItsRowOfTheTable() throws Exception {
        String table = TABLE.replace("11,21,20000000", "11,21,many");
        Path s = scenario(table, SCENARIO);
        assertThatThrownBy(() -> ScenarioLoader.load(s)).isInstanceOf(ScenarioException.class)
                .satisfies(e -> assertThat(((ScenarioException) e).problems())
                        .anySatisfy(l -> assertThat(l).contains("t.csv:3:7").contains("population_2024").contains("must be a number")));
    }

    @Test
    void missingCoordinatesAreAnErrorAtTheRow() throws Exception {
        Path s = scenario(TABLE.replace("-6,31,", ",31,"), SCENARIO);
        assertThatThrownBy(() -> ScenarioLoader.load(s)).isInstanceOf(ScenarioException.class)
                .satisfies(e -> assertThat(((ScenarioException) e).problems())
                        .anySatisfy(l -> assertThat(l).contains("t.csv:6").contains("lat")));
    }

    @Test
    void theTableMustBeACsvInsideTheProject(@TempDir Path elsewhere) throws Exception {
        Files.writeString(elsewhere.resolve("x.csv"), TABLE);
        Path outside = scenario(TABLE, SCENARIO.replace("../data/t.csv", elsewhere.resolve("x.csv").toString()));
        assertThatThrownBy(() -> ScenarioLoader.load(outside)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("must lie inside the project folder")
                .satisfies(e -> assertThat(((ScenarioException) e).problems()).as("no follow-on complaints about the actors").hasSize(1));
        Files.writeString(data.resolve("t.txt"), TABLE);
        Path notCsv = scenario(TABLE, SCENARIO.replace("t.csv", "t.txt"));
        assertThatThrownBy(() -> ScenarioLoader.load(notCsv)).hasMessageContaining("must be a .csv file");
        Path missing = scenario(TABLE, SCENARIO.replace("t.csv", "none.csv"));
        assertThatThrownBy(() -> ScenarioLoader.load(missing)).hasMessageContaining("the table does not exist");
    }

    @Test
    void badHeadersDefaultsAndKeysAreAllReported() throws Exception {
        Path s = scenario("code,name\nAAA,Alpha\n", SCENARIO.replace("milex_share: 0.02", "milex_share: 2, colour: red").replace("source: \"test table\"", "sauce: 1"));
        assertThatThrownBy(() -> ScenarioLoader.load(s)).isInstanceOf(ScenarioException.class)
                .satisfies(e -> {
                    List<String> p = ((ScenarioException) e).problems();
                    assertThat(p).anySatisfy(l -> assertThat(l).contains("countries.sauce").contains("unknown key"));
                    assertThat(p).anySatisfy(l -> assertThat(l).contains("countries.defaults.milex_share").contains("must be in [0, 1]"));
                    assertThat(p).anySatisfy(l -> assertThat(l).contains("countries.defaults.colour").contains("unknown key"));
                    assertThat(p).anySatisfy(l -> assertThat(l).contains("t.csv:1").contains("needs a column iso3"));
                });
    }

    @Test
    void theShippedWorldScenarioHasEveryCountryAndRuns() throws Exception {
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(Path.of("scenarios/world-2023.yaml"),
                new ScenarioLoader.Overrides(Map.of(), 3, null));
        Scenario s = loaded.scenario();
        List<String> table = Files.readAllLines(Path.of("data/world/countries.csv")).stream().skip(1)
                .map(l -> l.substring(0, l.indexOf(','))).toList();
        assertThat(table).hasSize(197);
        assertThat(s.actors()).extracting(ActorSpec::id).containsAll(table).contains("EUU");
        assertThat(String.join("\n", loaded.notes())).doesNotContain("left out");
        Path out = project.resolve("out");
        EnsembleWriter.Outcome o = EnsembleWriter.run(loaded, out, new EnsembleWriter.Options(1, 1, false), EnsembleWriter.Progress.NONE);
        List<String> nations = Files.readAllLines(o.folder().resolve("nations.csv"));
        assertThat(nations).hasSize(1 + 3 * s.actors().size());
        assertThat(nations).noneMatch(l -> l.contains("NaN") || l.contains("Infinity"));
        assertThat(Files.readAllLines(o.folder().resolve(Manifest.IMPUTED_FILE)).size()).isGreaterThan(30_000);
    }
}
