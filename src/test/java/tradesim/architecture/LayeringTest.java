package tradesim.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the layers of DESIGN.md's data flow pointing one way, and the engine pure. */
class LayeringTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("tradesim");

    @Test
    void modelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("tradesim.model..")
                .should().dependOnClassesThat().resideInAnyPackage("tradesim.scenario..", "tradesim.dataset..",
                        "tradesim.engine..", "tradesim.results..", "tradesim.chart..", "tradesim.report..",
                        "tradesim.cli..")
                .check(CLASSES);
    }

    @Test
    void engineIsPure() {
        noClasses().that().resideInAPackage("tradesim.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.awt..",
                        "org.jfree..", "tradesim.scenario..", "tradesim.dataset..", "tradesim.chart..",
                        "tradesim.report..", "tradesim.cli..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("tradesim.engine..")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(CLASSES);
    }

    @Test
    void commonsMathStaysInsideTheEngine() {
        noClasses().that().resideOutsideOfPackage("tradesim.engine..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.commons.math3..")
                .check(CLASSES);
    }

    @Test
    void resultsKnowNothingOfEngineChartsOrCli() {
        noClasses().that().resideInAPackage("tradesim.results..")
                .should().dependOnClassesThat().resideInAnyPackage("tradesim.engine..", "tradesim.chart..",
                        "tradesim.report..", "tradesim.cli..", "tradesim.scenario..", "tradesim.dataset..")
                .check(CLASSES);
    }

    @Test
    void chartsAndReportReadOnlyResultsAndModel() {
        noClasses().that().resideInAnyPackage("tradesim.chart..", "tradesim.report..")
                .should().dependOnClassesThat().resideInAnyPackage("tradesim.engine..", "tradesim.scenario..",
                        "tradesim.dataset..", "tradesim.cli..")
                .allowEmptyShould(true) // branches without the chart and report packages yet
                .check(CLASSES);
    }

    @Test
    void loadersDoNotRunTheEngine() {
        noClasses().that().resideInAnyPackage("tradesim.scenario..", "tradesim.dataset..")
                .should().dependOnClassesThat().resideInAnyPackage("tradesim.engine..", "tradesim.results..",
                        "tradesim.chart..", "tradesim.report..", "tradesim.cli..")
                .check(CLASSES);
    }
}
