package org.entente.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.entente.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classroom keys of a scenario file (watch, decisions, history): checked like every key,
 * with FILE:LINE:COL messages; kept out of the run; and a choice forks the world so that every
 * month before the decision is the same byte for byte, reproduced exactly by the exported file.
 */
class LessonTest {
    @TempDir
    Path dir;

    static final String DECISIONS = """
            watch: "Iran's GDP"
            decisions:
              - id: usa
                month: "2025-06"
                question: "Tighten?"
                options:
                  - id: tighten
                    label: "Tighten"
                    events:
                      - type: adjust_sanctions
                        regime: {sender: USA, target: IRN, type: financial}
                        intensity: 1.0
                  - id: hold
                    label: "Hold"
                    events: []
            history:
              - {text: "Something happened.", source: "a source"}
            """;

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private List<String> problems(String extra) throws IOException {
        Path f = write("bad.yaml", InvalidScenarioTest.BASE + extra);
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.lesson(f, ScenarioLoader.Overrides.NONE));
        assertThat(e).as("the file must be rejected").isNotNull();
        return e.problems();
    }

    @Test
    void aValidLessonReadsItsKeys() throws IOException {
        Lesson l = ScenarioLoader.lesson(write("ok.yaml", InvalidScenarioTest.BASE + DECISIONS), ScenarioLoader.Overrides.NONE);
        assertThat(l.watch()).isEqualTo("Iran's GDP");
        assertThat(l.decisions()).hasSize(1);
        assertThat(l.decisions().get(0).options()).extracting(Lesson.Option::id).containsExactly("tighten", "hold");
        assertThat(l.history()).containsExactly(new Lesson.Fact("Something happened.", "a source"));
        assertThat(l.fork(List.of("tighten")).events()).hasSize(l.scenario().events().size() + 1);
        assertThat(l.fork(List.of("hold"))).isEqualTo(l.scenario());
    }

    @Test
    void theClassroomKeysNeverReachTheRun() throws IOException {
        var plain = ScenarioLoader.load(write("plain.yaml", InvalidScenarioTest.BASE));
        var lesson = ScenarioLoader.load(write("plain2.yaml", InvalidScenarioTest.BASE + DECISIONS));
        assertThat(lesson.resolvedJson()).isEqualTo(plain.resolvedJson());
        assertThat(lesson.sha256()).isEqualTo(plain.sha256());
        assertThat(lesson.scenario()).isEqualTo(plain.scenario());
    }

    @Test
    void aDecisionBeforeTheStartOrAfterTheHorizonIsRejected() throws IOException {
        assertThat(problems(DECISIONS.replace("\"2025-06\"", "\"2025-01\""))).anySatisfy(p -> assertThat(p)
                .matches(".*bad\\.yaml:62:12: decisions\\[0\\]\\.month: must lie after the start month and within the horizon.*2025-01"));
        assertThat(problems(DECISIONS.replace("\"2025-06\"", "\"2027-06\""))).anySatisfy(p -> assertThat(p)
                .contains("decisions[0].month: must lie after the start month"));
        assertThat(problems(DECISIONS.replace("\"2025-06\"", "\"2025-13\""))).anySatisfy(p -> assertThat(p)
                .contains("decisions[0].month: is not a real month"));
    }

    @Test
    void aChoiceCannotChangeThePast() throws IOException {
        String early = DECISIONS.replace("- type: adjust_sanctions", "- month: \"2025-03\"\n            type: adjust_sanctions");
        assertThat(problems(early)).anySatisfy(p -> assertThat(p)
                .contains("decisions[0].options[0].events[0].month: must not come before the decision's month 2025-06"));
    }

    @Test
    void optionEventsAreCheckedLikeEveryEventWithTheirPosition() throws IOException {
        List<String> ps = problems(DECISIONS.replace("sender: USA, target: IRN", "sender: USA, target: XXX"));
        assertThat(ps).anySatisfy(p -> assertThat(p).matches(".*bad\\.yaml:\\d+:\\d+: decisions\\[0\\]\\.options\\[0\\]\\.events.*XXX.*"));
    }

    @Test
    void unknownKeysMissingTextsAndDuplicatesAreNamed() throws IOException {
        assertThat(problems(DECISIONS.replace("label: \"Hold\"", "lable: \"Hold\""))).anySatisfy(p -> assertThat(p)
                .contains("decisions[0].options[1].lable: unknown key (allowed: id, label, events, note, source)"))
                .anySatisfy(p -> assertThat(p).contains("decisions[0].options[1].label: is required"));
        assertThat(problems(DECISIONS.replace("id: hold", "id: tighten"))).anySatisfy(p -> assertThat(p)
                .contains("decisions[0].options[1].id: duplicate option id"));
        assertThat(problems(DECISIONS.replace("question: \"Tighten?\"", "question: 3"))).anySatisfy(p -> assertThat(p)
                .contains("decisions[0].question: must be a text, but was 3"));
        assertThat(problems(DECISIONS.replace("source: \"a source\"", "note: x"))).anySatisfy(p -> assertThat(p)
                .contains("history[0].source: is required"));
        assertThat(problems("decisions: {a: 1}\n")).anySatisfy(p -> assertThat(p).contains("decisions: must be a list"));
        assertThat(problems("watch: [1, 2]\n")).anySatisfy(p -> assertThat(p).contains("watch: must be a text, but was a list"));
    }

    @Test
    void anOptionThatWouldReplaceAnEventOfTheScenarioIsRejected() throws IOException {
        String same = DECISIONS.replace("- type: adjust_sanctions\n            regime: {sender: USA, target: IRN, type: financial}\n            intensity: 1.0",
                "- type: set_hostility\n            month: \"2025-06\"\n            actors: [USA, IRN]\n            level: 0.9");
        assertThat(same).isNotEqualTo(DECISIONS);
        assertThat(problems(same)).anySatisfy(p -> assertThat(p).contains("is the same event as one the scenario already has"));
    }

    @Test
    void theCliRejectsABadLessonWithExitCode2AndOneLinePerProblem() throws IOException {
        Path f = write("bad.yaml", InvalidScenarioTest.BASE + DECISIONS.replace("id: usa", "id: 9usa"));
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(new String[] {"run", f.toString(), "--out", dir.resolve("out").toString()}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("decisions[0].id: must be a short name").doesNotContain("Exception");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    /**
     * The shipped lesson, forked at its decision: the run of the file that the browser exports is
     * the fork, and its CSVs are byte for byte those of the lesson in every month before the decision.
     */
    @Test
    void aForkIsByteIdenticalBeforeTheDecisionAndTheExportedFileReproducesIt() throws IOException {
        Path scen = dir.resolve("scenarios"), lessons = scen.resolve("lessons");
        Files.createDirectories(lessons);
        Files.copy(Path.of("scenarios/baseline-2025.yaml"), scen.resolve("baseline-2025.yaml"));
        Files.copy(Path.of("scenarios/lessons/realism-vs-liberalism.yaml"), lessons.resolve("realism-vs-liberalism.yaml"));
        Lesson lesson = ScenarioLoader.lesson(lessons.resolve("realism-vs-liberalism.yaml"), ScenarioLoader.Overrides.NONE);
        String month = lesson.decisions().get(0).month().toString();
        for (String option : List.of("tighten", "lift")) {
            Path exported = write("scenarios/lessons/class-" + option + ".yaml", lesson.exportYaml(List.of(option), "test"));
            assertThat(ScenarioLoader.load(exported).scenario()).isEqualTo(lesson.fork(List.of(option)));
            run(lessons.resolve("realism-vs-liberalism.yaml"), "base");
            run(exported, option);
            for (String csv : List.of("nations.csv", "dyads.csv", "events.csv")) {
                List<String> a = Files.readAllLines(dir.resolve("out-base/realism-vs-liberalism").resolve(csv));
                List<String> b = Files.readAllLines(dir.resolve("out-" + option + "/class-" + option).resolve(csv));
                List<String> before = a.stream().filter(l -> before(l, month)).toList();
                assertThat(b.stream().filter(l -> before(l, month)).toList()).as(csv + " before " + month).isEqualTo(before);
                assertThat(before.size()).isGreaterThan(1);
                if (!csv.equals("events.csv")) assertThat(b).as(csv + " from " + month + " on").isNotEqualTo(a);
            }
        }
    }

    private static boolean before(String csvLine, String month) {
        String[] f = csvLine.split(",", 4);
        return f[0].equals("run") || f[2].compareTo(month) < 0;
    }

    private void run(Path scenario, String tag) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(new String[] {"run", scenario.toString(), "--quiet", "--out", dir.resolve("out-" + tag).toString()},
                new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
    }

}
