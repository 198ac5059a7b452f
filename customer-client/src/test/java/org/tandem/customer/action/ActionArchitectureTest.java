package org.tandem.customer.action;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** How the actions are put together (docs/decisions/0006-actions.md). */
@AnalyzeClasses(packages = "org.tandem.customer.action", importOptions = ImportOption.DoNotIncludeTests.class)
class ActionArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheCommandRunnerStartsProcesses = noClasses()
            .that().resideOutsideOfPackage("org.tandem.customer.action.command..")
            .should().dependOnClassesThat().haveFullyQualifiedName(ProcessBuilder.class.getName())
            .orShould().callMethod(Runtime.class, "exec", String.class)
            .because("commands run from argument arrays, with a timeout and bounded output, in one place");

    @ArchTest
    static final ArchRule nothingRunsThroughAShellString = noClasses()
            .should().callMethod(Runtime.class, "exec", String.class)
            .orShould().callMethod(Runtime.class, "exec", String.class, String[].class)
            .orShould().callMethod(Runtime.class, "exec", String.class, String[].class, java.io.File.class);

    @ArchTest
    static final ArchRule theEngineKnowsNoPlatform = noClasses()
            .that().resideInAPackage("org.tandem.customer.action")
            .should().dependOnClassesThat().resideInAnyPackage("org.tandem.customer.action.linux..",
                    "org.tandem.customer.action.windows..", "org.tandem.customer.action.macos..",
                    "org.tandem.customer.action.common..", "org.tandem.customer.action.platform..",
                    "org.tandem.customer.action.command..");

    @ArchTest
    static final ArchRule platformsKeepToThemselves = noClasses()
            .that().resideInAnyPackage("org.tandem.customer.action.linux..", "org.tandem.customer.action.common..")
            .should().dependOnClassesThat().resideInAnyPackage("org.tandem.customer.action.windows..",
                    "org.tandem.customer.action.macos..");

    @ArchTest
    static final ArchRule actionsArePlainJava = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..");
}
