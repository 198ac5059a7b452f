package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tandem.customer.ui.ConversationFixture.step;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.shared.conversation.PlanStep;
import org.tandem.shared.conversation.StepState;

/** The plan shows the steps in the technician's order, which one is under way, and what comes next. */
class PlanViewModelTest {
    private final PlanViewModel plan = new PlanViewModel();

    @Test
    void withoutAPlanItSaysNoneWasSetYet() {
        assertEquals(List.of(), plan.rows());
        assertEquals("Your technician has not set a plan yet. When they do, each step appears here.",
                plan.nextProperty().get());
    }

    @Test
    void theStepUnderWayIsCurrentAndTheNextPlannedOneIsNamed() {
        plan.show(List.of(step("a", "Look at the printer queue", StepState.DONE),
                step("b", "Restart the print spooler", StepState.IN_PROGRESS),
                step("c", "Old driver", StepState.SKIPPED),
                step("d", "Print a test page", StepState.PLANNED)));

        assertEquals(List.of("1 Look at the printer queue done false", "2 Restart the print spooler in progress true",
                "3 Old driver skipped false", "4 Print a test page planned false"),
                plan.rows().stream().map(row -> row.number() + " " + row.title() + " " + row.stateWords() + " "
                        + row.current()).toList());
        assertEquals("Now: Restart the print spooler. After that: Print a test page.", plan.nextProperty().get());
    }

    @Test
    void aStepSkippedBecauseItCannotBeDoneHereSaysWhyInPlainWords() {
        String why = "Tandem cannot scan this computer for malware: the scanner it works with is not installed here.";
        plan.notPossibleHere(Map.of("malware-scan", why));

        plan.show(List.of(new PlanStep("a", "Scan your downloads for malware", "", "malware-scan", StepState.SKIPPED),
                step("b", "Old driver", StepState.SKIPPED),
                new PlanStep("c", "Scan again later", "", "malware-scan", StepState.DONE)));

        assertEquals(List.of(why, "", ""), plan.rows().stream().map(PlanViewModel.Row::why).toList());
    }

    @Test
    void aStepWaitingForTheCustomersOkComesFirst() {
        plan.show(List.of(step("a", "Restart the print spooler", StepState.IN_PROGRESS),
                step("b", "Reinstall the printer driver", StepState.NEEDS_OK)));

        assertEquals(List.of(false, true), plan.rows().stream().map(PlanViewModel.Row::current).toList());
        assertEquals("Your technician is waiting for your OK before: Reinstall the printer driver. "
                + "Answer the question on your screen.", plan.nextProperty().get());
    }

    @Test
    void theLastStepAndAFinishedPlanAreSaidSo() {
        plan.show(List.of(step("a", "Look", StepState.DONE), step("b", "Fix", StepState.IN_PROGRESS)));
        assertEquals("Now: Fix. This is the last step of the plan.", plan.nextProperty().get());

        plan.show(List.of(step("a", "Look", StepState.DONE), step("b", "Fix", StepState.SKIPPED)));
        assertEquals("Every step of the plan is finished.", plan.nextProperty().get());

        plan.show(List.of(step("a", "Look", StepState.DONE), step("b", "Fix", StepState.PLANNED)));
        assertEquals("Next: Fix.", plan.nextProperty().get());
    }
}
