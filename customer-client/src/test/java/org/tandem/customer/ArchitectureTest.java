package org.tandem.customer;

import java.util.Map;
import org.tandem.shared.log.Checkpoint;
import org.tandem.shared.log.SessionLogWriter;

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

    /** One consent broker asks every question, so each is queued, bound and recorded alike. */
    @ArchTest
    static final ArchRule onlyTheConsentBrokerShowsPrompts = noClasses()
            .that().doNotHaveFullyQualifiedName("org.tandem.customer.consent.ConsentBroker")
            .should().callMethod(org.tandem.customer.consent.ConsentPrompt.class, "ask",
                    org.tandem.customer.consent.ConsentRequest.class)
            .because("every question to the customer goes through the session's consent broker");

    /** The consent broker (with the questions it asks) alone writes consent decisions, before they take effect. */
    @ArchTest
    static final ArchRule onlyTheConsentBrokerRecordsDecisions = noClasses()
            .that().resideOutsideOfPackage("org.tandem.customer.consent")
            .should().callConstructor(org.tandem.shared.log.JournalEvent.ConsentDecided.class,
                    org.tandem.shared.log.JournalEvent.Answer.class, String.class, String.class, String.class)
            .orShould().callConstructor(org.tandem.shared.log.JournalEvent.ConsentAsked.class, String.class,
                    String.class, String.class)
            .because("the broker records every question and answer, so none is lost or written twice");

    /** The session log is written through the journal only, with its one failure policy. */
    @ArchTest
    static final ArchRule onlyTheJournalWritesTheSessionLog = noClasses()
            .should().callMethod(SessionLogWriter.class, "append", String.class, String.class, Map.class)
            .orShould().callMethod(SessionLogWriter.class, "finish")
            .orShould().callMethod(SessionLogWriter.class, "storeReceipt", Checkpoint.class)
            .because("events are recorded through the session's journal (SessionLogbook)");

    @ArchTest
    static final ArchRule sessionLogicIsPlainJava = noClasses()
            .that().resideInAPackage("org.tandem.customer.session..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");
}
