package org.tandem.shared;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** What {@code shared} may depend on: nothing of ours, and never JavaFX (ARCHITECTURE.md, section 1). */
@AnalyzeClasses(packages = "org.tandem.shared", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule sharedNeverUsesJavaFx = noClasses()
            .that().resideInAPackage("org.tandem.shared..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("shared runs in the relay, which has no screen, and its logic must be testable without one");

    @ArchTest
    static final ArchRule sharedDependsOnNoOtherModule = noClasses()
            .that().resideInAPackage("org.tandem.shared..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.tandem.relay..", "org.tandem.customer..", "org.tandem.agent..")
            .because("every other module depends on shared, never the other way round");

    /** Only the journal (SessionLogbook) writes events into a session log. */
    @ArchTest
    static final ArchRule onlyTheJournalWritesTheSessionLog = noClasses()
            .that().doNotHaveFullyQualifiedName("org.tandem.shared.session.SessionLogbook")
            .and().doNotHaveFullyQualifiedName("org.tandem.shared.log.SessionLogWriter")
            .should().callMethod(org.tandem.shared.log.SessionLogWriter.class, "append", String.class, String.class,
                    java.util.Map.class)
            .orShould().callMethod(org.tandem.shared.log.SessionLogWriter.class, "storeReceipt",
                    org.tandem.shared.log.Checkpoint.class)
            .because("events are recorded through the session's journal, with its one failure policy");
}
