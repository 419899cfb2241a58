package tradesim.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The import of trade data is a reader and a writer of files: it never runs a scenario or talks to a user. */
class DataImportLayeringTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages("tradesim");

    @Test
    void dataImportKnowsOnlyInputsModelAndFileWriting() {
        noClasses().that().resideInAPackage("tradesim.dataimport..")
                .should().dependOnClassesThat().resideInAnyPackage("tradesim.engine..", "tradesim.scenario..",
                        "tradesim.results..", "tradesim.chart..", "tradesim.report..", "tradesim.cli..",
                        "tradesim.app..")
                .check(CLASSES);
    }
}
