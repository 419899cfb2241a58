package tradesim.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** Keeps the layers of the data flow of docs/model.md, How a run works pointing one way, and the engine pure. */
class LayeringTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            // Test classes live in test-classes/ wherever -DbuildDir puts the build, not only under target/.
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages("tradesim");

    @Test
    void modelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("tradesim.model..")
                .should().dependOnClassesThat().resideInAnyPackage("tradesim.input..", "tradesim.scenario..",
                        "tradesim.dataset..", "tradesim.engine..", "tradesim.results..", "tradesim.output..",
                        "tradesim.chart..", "tradesim.report..", "tradesim.cli..", "tradesim.wording..")
                .check(CLASSES);
    }

    /** The words for actions sit below both the report and explain, which may not reach each other's layers. */
    @Test
    void wordingKnowsOnlyTheModel() {
        noClasses().that().resideInAPackage("tradesim.wording..")
                .should().dependOnClassesThat().resideInAnyPackage("tradesim.input..", "tradesim.scenario..",
                        "tradesim.dataset..", "tradesim.engine..", "tradesim.results..", "tradesim.output..",
                        "tradesim.chart..", "tradesim.report..", "tradesim.explain..", "tradesim.app..",
                        "tradesim.cli..")
                .check(CLASSES);
    }

    @Test
    void engineIsPure() {
        noClasses().that().resideInAPackage("tradesim.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.awt..",
                        "org.jfree..", "tradesim.input..", "tradesim.scenario..", "tradesim.dataset..",
                        "tradesim.output..", "tradesim.chart..", "tradesim.report..", "tradesim.cli..")
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
    void engineNeverDependsOnFormats() {
        noClasses().that().resideInAPackage("tradesim.engine..")
                .should().dependOnClassesThat().resideInAPackage("tradesim.output..")
                .check(CLASSES);
    }

    @Test
    void inputToolkitKnowsOnlyTheModel() {
        noClasses().that().resideInAPackage("tradesim.input..")
                .should().dependOnClassesThat().resideInAnyPackage("tradesim.scenario..", "tradesim.dataset..",
                        "tradesim.engine..", "tradesim.results..", "tradesim.output..", "tradesim.chart..",
                        "tradesim.report..", "tradesim.cli..")
                .check(CLASSES);
    }

    @Test
    void resultsAreDataOnly() {
        noClasses().that().resideInAPackage("tradesim.results..")
                .should().dependOnClassesThat().resideInAnyPackage("tradesim.output..", "java.io..",
                        "java.nio.file..")
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
                        "tradesim.output..", "tradesim.chart..", "tradesim.report..", "tradesim.cli..")
                .check(CLASSES);
    }

    @Test
    void frontDoorsGoThroughTheApplicationLayer() {
        // a command parses options, calls tradesim.app and prints; a web page must be able to do the same
        noClasses().that().resideInAPackage("tradesim.cli..")
                .should().dependOnClassesThat().resideInAPackage("tradesim.engine..")
                .check(CLASSES);
    }

    @Test
    void webPageGoesThroughTheApplicationLayer() {
        // the classroom page runs scenarios as the command line does: through tradesim.app, never the engine
        noClasses().that().resideInAPackage("tradesim.web..")
                .should().dependOnClassesThat().resideInAnyPackage("tradesim.engine..", "tradesim.cli..", "picocli..")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("tradesim.engine..", "tradesim.app..", "tradesim.results..",
                        "tradesim.model..", "tradesim.scenario..", "tradesim.dataset..", "tradesim.output..",
                        "tradesim.chart..", "tradesim.report..")
                .should().dependOnClassesThat().resideInAnyPackage("tradesim.web..", "com.sun.net.httpserver..",
                        "com.fasterxml.jackson..")
                .check(CLASSES);
    }

    @Test
    void applicationLayerKnowsNoCommandLine() {
        noClasses().that().resideInAPackage("tradesim.app..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "tradesim.cli..")
                .check(CLASSES);
    }
}
