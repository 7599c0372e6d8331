package org.isnad.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hexagonal layering: the engine core does no I/O, and adapters depend on it, never the reverse. */
class ArchitectureTest {
    private static final String[] ADAPTERS = {"org.isnad.io..", "org.isnad.cli..", "org.isnad.lang.ar.."};
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.isnad");
    }

    /** Test support (org.isnad.testing) is on this class path only for tests; it reads ../shared, so it is no core. */
    private static final String TESTING = "org.isnad.testing..";

    private static com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction core() {
        return noClasses().that().resideInAPackage("org.isnad..").and().resideOutsideOfPackages(ADAPTERS)
                .and().resideOutsideOfPackage(TESTING);
    }

    @Test
    void coreKnowsNoFilesNetworkOrDatabases() {
        core().should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..", "java.sql..", "javax.sql..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileReader")
                .check(classes);
    }

    @Test
    void coreDependsOnNoAdapter() {
        core().should().dependOnClassesThat().resideInAnyPackage(ADAPTERS).check(classes);
    }

    @Test
    void coreUsesNoThirdPartyLibrary() {
        core().should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "org.jsoup..", "picocli..", "net.dankito..")
                .check(classes);
    }

    @Test
    void adaptersPointInwards() {
        noClasses().that().resideInAPackage("org.isnad.io..").should().dependOnClassesThat()
                .resideInAnyPackage("org.isnad.cli..", "org.isnad.lang.ar..").check(classes);
        noClasses().that().resideInAPackage("org.isnad.lang.ar..").should().dependOnClassesThat()
                .resideInAnyPackage("org.isnad.cli..", "org.isnad.io..").check(classes);
    }

    @Test
    void internalPackagesStayInternal() {
        noClasses().that().resideOutsideOfPackage("org.isnad.io..").should().dependOnClassesThat()
                .resideInAPackage("org.isnad.io.internal..").check(classes);
    }
}
