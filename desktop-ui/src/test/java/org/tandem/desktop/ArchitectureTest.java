package org.tandem.desktop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The desktop pieces know windows, not sessions: neither app, nor the relay (decision 0018). */
@AnalyzeClasses(packages = "org.tandem.desktop", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule knowsNeitherAppNorTheRelay = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.tandem.agent..", "org.tandem.customer..",
                    "org.tandem.relay..", "org.tandem.shared.session..");
}
