package org.tandem.customer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** What may use what in this app (see the architecture notes, section 1). */
@AnalyzeClasses(packages = "org.tandem.customer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule neverDependsOnTheOtherAppOrTheRelay = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.tandem.agent..", "org.tandem.relay..");

    @ArchTest
    static final ArchRule javaFxNodesLiveOnlyInUiPackages = noClasses()
            .that().resideOutsideOfPackage("org.tandem.customer.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");

    @ArchTest
    static final ArchRule sessionLogicIsPlainJava = noClasses()
            .that().resideInAPackage("org.tandem.customer.session..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");
}
