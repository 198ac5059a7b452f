package org.tandem.agent;

import java.util.Map;
import org.tandem.shared.log.Checkpoint;
import org.tandem.shared.log.SessionLogWriter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** What may use what in this app (see the architecture notes, section 1). */
@AnalyzeClasses(packages = "org.tandem.agent", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule neverDependsOnTheOtherAppOrTheRelay = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.tandem.customer..", "org.tandem.relay..");

    @ArchTest
    static final ArchRule javaFxNodesLiveOnlyInUiPackages = noClasses()
            .that().resideOutsideOfPackage("org.tandem.agent.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");

    @ArchTest
    static final ArchRule sessionLogicIsPlainJava = noClasses()
            .that().resideInAPackage("org.tandem.agent.session..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    /** The session log is written through the journal only, with its one failure policy. */
    @ArchTest
    static final ArchRule onlyTheJournalWritesTheSessionLog = noClasses()
            .should().callMethod(SessionLogWriter.class, "append", String.class, String.class, Map.class)
            .orShould().callMethod(SessionLogWriter.class, "finish")
            .orShould().callMethod(SessionLogWriter.class, "storeReceipt", Checkpoint.class)
            .because("events are recorded through the session's journal (SessionLogbook)");
}
