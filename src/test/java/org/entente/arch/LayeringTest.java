package org.entente.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of docs/architecture.md, checked on the compiled main classes (so a fully qualified
 * name in the code counts as much as an import). From the bottom: {@code model} (values) and
 * {@code stats} (statistics) depend on nothing of ours; {@code engine} sees only the model;
 * {@code run} (the ensemble runner) sees the engine and the model; everything else sits above.
 */
class LayeringTest {
    private static JavaClasses main;

    /** What the model core (model and engine) never touches: files, network, JSON, GUI, charts, command line, Spark. */
    private static final String[] NO_IO_OR_GUI = {"java.io..", "java.nio..", "java.net..", "javax.swing..", "java.awt..",
        "com.fasterxml..", "sim.display..", "sim.portrayal..", "org.jfree..", "picocli..", "org.apache.spark.."};

    @BeforeAll
    static void load() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.entente");
        assertThat(main.size()).as("classes imported").isGreaterThan(100);
    }

    @Test
    void theModelDependsOnNothingOfOurs() {
        ourPackagesOtherThan("org.entente.model..").because("model holds plain values that every layer may use").check(main);
    }

    @Test
    void statisticsDependOnNothingOfOurs() {
        ourPackagesOtherThan("org.entente.stats..").because("stats is a leaf that io, analysis and report share").check(main);
    }

    /** The engine sees only the model: not io, cli, gui, report, web, analysis, sweep, run or spark. */
    static final ArchRule ENGINE_SEES_ONLY_THE_MODEL = noClasses().that().resideInAPackage("org.entente.engine..")
            .should().dependOnClassesThat(resideInAPackage("org.entente..")
                    .and(not(resideInAnyPackage("org.entente.engine..", "org.entente.model.."))));

    @Test
    void theEngineSeesOnlyTheModel() {
        ENGINE_SEES_ONLY_THE_MODEL.check(main);
    }

    /** The rule can fail: an engine class of the test tree that uses io is refused, by name. */
    @Test
    void anEngineClassThatUsesIoIsRefused() {
        JavaClasses backEdge = new ClassFileImporter().importClasses(org.entente.engine.LayeringBackEdge.class);
        assertThatThrownBy(() -> ENGINE_SEES_ONLY_THE_MODEL.check(backEdge))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LayeringBackEdge.cellsOf")
                .hasMessageContaining("org.entente.io.NationCells");
    }

    @Test
    void theModelCoreDoesNoFileNetworkOrGuiWork() {
        noClasses().that().resideInAnyPackage("org.entente.model..", "org.entente.engine..")
                .should().dependOnClassesThat(resideInAnyPackage(NO_IO_OR_GUI)
                        .and(not(com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo(java.io.Serializable.class))))
                .because("a run is a pure function of scenario, parameters and seed (MASON's Steppable is Serializable, which is allowed)")
                .check(main);
    }

    @Test
    void theRunnerSeesOnlyTheEngineAndTheModel() {
        noClasses().that().resideInAPackage("org.entente.run..")
                .should().dependOnClassesThat(resideInAPackage("org.entente..")
                        .and(not(resideInAnyPackage("org.entente.run..", "org.entente.engine..", "org.entente.model.."))))
                .check(main);
    }

    /**
     * Analysis reads results (io's readers, the result folder) or runs the model through the public
     * run API: the {@code run} package's ensemble runner, and of the engine only a run's entry
     * ({@code EntenteSim}, {@code PreparedScenario}, {@code Seeds}), the rows it records
     * ({@code RecordSink} and its row records) and the read-only {@code WorldView}. It never
     * reaches into the phases, the world's state or its layers.
     */
    @Test
    void analysisUsesOnlyThePublicRunApiOfTheEngine() {
        noClasses().that().resideInAPackage("org.entente.analysis..")
                .should().dependOnClassesThat(resideInAPackage("org.entente.engine..")
                        .and(not(com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf(
                                org.entente.engine.EntenteSim.class, org.entente.engine.PreparedScenario.class,
                                org.entente.engine.Seeds.class, org.entente.engine.RecordSink.class,
                                org.entente.engine.WorldView.class))))
                .check(main);
    }

    @Test
    void presentationNeverSeesTheCommandLine() {
        noClasses().that().resideInAnyPackage("org.entente.gui..", "org.entente.report..", "org.entente.web..", "org.entente.view..")
                .should().dependOnClassesThat().resideInAPackage("org.entente.cli..").check(main);
    }

    @Test
    void onlyTheSparkPackageUsesSpark() {
        noClasses().that().resideOutsideOfPackage("org.entente.spark..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.spark..")
                .because("Spark is a provided dependency: the rest must run without it (cli loads SparkEngine by name)").check(main);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("org.entente.(*)..").should().beFreeOfCycles().check(main);
    }

    private static ArchRule ourPackagesOtherThan(String own) {
        return noClasses().that().resideInAPackage(own)
                .should().dependOnClassesThat(resideInAPackage("org.entente..").and(not(resideInAPackage(own))));
    }
}
