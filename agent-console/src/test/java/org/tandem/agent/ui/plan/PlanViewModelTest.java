package org.tandem.agent.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.agent.conversation.AgentConversation;
import org.tandem.agent.session.ActionStatus;
import org.tandem.agent.ui.ConversationRig;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionRisk;
import org.tandem.shared.action.ActionTable;
import org.tandem.shared.action.ParameterSpec;
import org.tandem.shared.conversation.PlanStep;
import org.tandem.shared.conversation.StepState;
import org.tandem.shared.message.ControlMessage;

/** The technician's plan: every edit sends the whole plan, in order; steps run their linked action. */
class PlanViewModelTest {
    private static final ActionDescriptor PROGRAMS = new ActionDescriptor("installed-programs", "List installed programs",
            ActionRisk.READ, "Reads the list.", false, true, "", List.of());
    private static final ActionDescriptor UNINSTALL = new ActionDescriptor("uninstall-program", "Uninstall a program",
            ActionRisk.CHANGE, "Removes it.", false, true, "",
            List.of(new ParameterSpec("program", "Program", ParameterSpec.Kind.PROGRAM, true)));

    private final ConversationRig rig = new ConversationRig();
    private final ObservableList<ActionDescriptor> catalog = FXCollections.observableArrayList(PROGRAMS, UNINSTALL);
    private final List<ActionDescriptor> ran = new ArrayList<>();
    private PlanViewModel model;

    @BeforeEach
    void setUp() {
        model = new PlanViewModel(Runnable::run, Runnable::run, rig.access(), action -> {
            ran.add(action);
            return "request-" + ran.size();
        }, catalog);
        rig.listen(new AgentConversation.Listener() {
            @Override
            public void planChanged(List<PlanStep> steps) {
                model.planChanged(steps);
            }

            @Override
            public void planStepAnswered(ControlMessage.PlanStepAnswered answer) {
                model.planStepAnswered(answer);
            }
        });
    }

    @Test
    void everyEditSendsTheWholePlanInTheOrderTheEditsWereMade() {
        assertTrue(model.add("Look at the installed programs", "", "installed-programs"));
        assertTrue(model.add("Remove the toolbar", "The one that came with the printer driver", ""));
        assertTrue(model.add("Restart the browser", "", ""));
        String restart = model.steps().get(2).id();
        assertTrue(model.move(restart, -1));
        String toolbar = model.steps().get(2).id();
        assertTrue(model.edit(toolbar, "Remove the search toolbar", "From the printer driver", ""));
        assertTrue(model.setState(model.steps().get(0).id(), StepState.DONE));
        assertTrue(model.remove(restart));

        List<ControlMessage.PlanUpdated> plans = rig.sent(ControlMessage.PlanUpdated.class);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L), plans.stream().map(ControlMessage.PlanUpdated::revision).toList());
        assertEquals(List.of("Look at the installed programs", "Restart the browser", "Remove the toolbar"),
                titles(plans.get(3).steps()));
        assertEquals(List.of("Look at the installed programs", "Restart the browser", "Remove the search toolbar"),
                titles(plans.get(4).steps()));
        PlanStep last = plans.get(6).steps().get(1);
        assertEquals("Remove the search toolbar", last.title());
        assertEquals("From the printer driver", last.detail());
        assertEquals(List.of(StepState.DONE, StepState.PLANNED), plans.get(6).steps().stream().map(PlanStep::state).toList());
        assertEquals("installed-programs", plans.get(6).steps().get(0).actionId());
        assertEquals(plans.get(6).steps(), model.steps(), "the list shows what was sent last");
        assertEquals("The customer sees the plan (2 steps).", model.messageProperty().get());
    }

    @Test
    void aStepWithoutTitleIsRefusedInPlainWordsAndNothingIsSent() {
        assertFalse(model.add("   ", "detail", ""));
        assertEquals("Write what the step is first.", model.messageProperty().get());
        assertFalse(model.add("x".repeat(PlanStep.MAX_TITLE + 1), "", ""));
        assertTrue(model.messageProperty().get().contains("120 characters"), model.messageProperty().get());
        assertTrue(rig.sent.isEmpty());
        assertTrue(model.steps().isEmpty());
    }

    @Test
    void aPlanWrittenBeforeTheCustomerArrivesIsSentWhenTheyDo() {
        rig.connected(false);
        assertTrue(model.add("Check the printer queue", "", ""));
        assertEquals("The plan is shown to your customer as soon as they are connected.", model.messageProperty().get());
        assertTrue(rig.sent.isEmpty());

        rig.connected(true);
        model.connected();
        List<ControlMessage.PlanUpdated> plans = rig.sent(ControlMessage.PlanUpdated.class);
        assertEquals(1, plans.size());
        assertEquals(List.of("Check the printer queue"), titles(plans.get(0).steps()));
    }

    @Test
    void aPlanThatCannotBeRecordedIsNotSentAndSaysSo() {
        rig.journalFails.set(true);
        model.add("Check the printer queue", "", "");
        assertTrue(rig.sent.isEmpty(), "nothing unrecorded leaves the console");
        assertTrue(model.messageProperty().get().startsWith("The plan could not be recorded"));
    }

    @Test
    void runningAStepRunsItsActionAndTheStepIsDoneWhenTheActionIs() {
        model.add("Look at the installed programs", "", "installed-programs");
        String id = model.steps().get(0).id();
        model.runStep(id);
        assertEquals(List.of(PROGRAMS), ran);
        assertEquals(StepState.IN_PROGRESS, model.steps().get(0).state());

        model.actionChanged(new ActionStatus("request-1", PROGRAMS.title(), "", ActionStatus.Stage.RUNNING, 40, "",
                Optional.empty()));
        assertEquals(StepState.IN_PROGRESS, model.steps().get(0).state());
        ActionResult result = new ActionResult("request-1", ActionResult.Outcome.SUCCEEDED, 0, "2 programs", List.of(),
                0, new ActionTable(List.of("Program"), List.of(List.of("foo"), List.of("bar")), 0));
        model.actionChanged(new ActionStatus("request-1", PROGRAMS.title(), "", ActionStatus.Stage.DONE, 100,
                "2 programs", Optional.of(result)));
        assertEquals(StepState.DONE, model.steps().get(0).state());
        List<ControlMessage.PlanUpdated> plans = rig.sent(ControlMessage.PlanUpdated.class);
        assertEquals(StepState.DONE, plans.get(plans.size() - 1).steps().get(0).state(), "the customer sees it done");
    }

    @Test
    void aStepWhoseActionNeedsATargetIsHandedToTheActionsTab() {
        model.add("Remove the toolbar", "", "uninstall-program");
        model.runStep(model.steps().get(0).id());
        assertTrue(ran.isEmpty());
        assertEquals(UNINSTALL, model.actionToPrepareProperty().get());
        assertEquals(StepState.PLANNED, model.steps().get(0).state());
    }

    @Test
    void theCustomersAnswerToAStepShowsBesideIt() {
        model.add("Restart the computer", "", "");
        String id = model.steps().get(0).id();
        model.setState(id, StepState.NEEDS_OK);
        rig.fromCustomer(ControlMessage.PlanStepAnswered.ok(id));
        assertEquals("The customer said OK.", model.answers().get(id));
    }

    @Test
    void aStepTheCustomerSaysOkToGoesInProgressOnBothSides() {
        model.add("Restart the computer", "", "");
        String id = model.steps().get(0).id();
        model.setState(id, StepState.NEEDS_OK);
        rig.fromCustomer(ControlMessage.PlanStepAnswered.ok(id));

        assertEquals(StepState.IN_PROGRESS, model.steps().get(0).state());
        List<ControlMessage.PlanUpdated> plans = rig.sent(ControlMessage.PlanUpdated.class);
        assertEquals(StepState.IN_PROGRESS, plans.get(plans.size() - 1).steps().get(0).state(),
                "the customer's plan moves on too");
        assertEquals("The customer said OK.", model.answers().get(id), "the answer stays beside the step");
    }

    @Test
    void aStepTheCustomerSaysNoToOrLeavesUnansweredIsSkipped() {
        model.add("Restart the computer", "", "");
        model.add("Reinstall the driver", "", "");
        String restart = model.steps().get(0).id();
        String reinstall = model.steps().get(1).id();
        model.setState(restart, StepState.NEEDS_OK);
        model.setState(reinstall, StepState.NEEDS_OK);
        rig.fromCustomer(ControlMessage.PlanStepAnswered.saidNo(restart));
        rig.fromCustomer(ControlMessage.PlanStepAnswered.nobodyAnswered(reinstall));

        assertEquals(List.of(StepState.SKIPPED, StepState.SKIPPED), model.steps().stream().map(PlanStep::state).toList());
        List<ControlMessage.PlanUpdated> plans = rig.sent(ControlMessage.PlanUpdated.class);
        assertEquals(List.of(StepState.SKIPPED, StepState.SKIPPED),
                plans.get(plans.size() - 1).steps().stream().map(PlanStep::state).toList());
        assertEquals("The customer said no.", model.answers().get(restart));
        assertEquals("The customer did not answer in time.", model.answers().get(reinstall));
    }

    @Test
    void aStepTheCustomersSideClosedBeforeAnAnswerIsSkippedAndShownAsNotAnsweredWithWhy() {
        model.add("Restart the computer", "", "");
        String id = model.steps().get(0).id();
        model.setState(id, StepState.NEEDS_OK);

        rig.fromCustomer(ControlMessage.PlanStepAnswered.notAnswered(id, "The customer paused sharing before they answered."));

        assertEquals("Not answered: The customer paused sharing before they answered.", model.answers().get(id));
        assertEquals(StepState.SKIPPED, model.steps().get(0).state());
    }

    @Test
    void anAnswerToAStepTheTechnicianHasMovedOnLeavesItsState() {
        model.add("Restart the computer", "", "");
        String id = model.steps().get(0).id();
        model.setState(id, StepState.NEEDS_OK);
        model.setState(id, StepState.DONE);
        int sentBefore = rig.sent(ControlMessage.PlanUpdated.class).size();
        rig.fromCustomer(ControlMessage.PlanStepAnswered.nobodyAnswered(id));

        assertEquals(StepState.DONE, model.steps().get(0).state());
        assertEquals(sentBefore, rig.sent(ControlMessage.PlanUpdated.class).size());
    }

    @Test
    void aPlanWrittenBeforeTheCustomerConnectsIsKeptButAfterTheEndNothingChanges() {
        PlanViewModel waiting = new PlanViewModel(Runnable::run, Runnable::run, Optional::empty, action -> "r",
                catalog);
        assertTrue(waiting.editableProperty().get(), "a plan may be written before the customer connects");
        assertTrue(waiting.add("Restart the computer", "", ""));

        model.add("Restart the computer", "", "");
        String id = model.steps().get(0).id();
        int sent = rig.sent(ControlMessage.PlanUpdated.class).size();
        model.ended();
        assertFalse(model.editableProperty().get());
        assertFalse(model.add("Print a test page", "", ""));
        assertFalse(model.edit(id, "Restart the computer now", "", ""));
        assertFalse(model.setState(id, StepState.DONE));
        assertFalse(model.remove(id));
        assertEquals(List.of("Restart the computer"), titles(model.steps()));
        assertEquals(StepState.PLANNED, model.steps().get(0).state());
        assertEquals(sent, rig.sent(ControlMessage.PlanUpdated.class).size(), "nothing is sent after the end");
        assertEquals("The session has ended, so its plan can no longer be changed.", model.messageProperty().get());

        model.clear();
        assertTrue(model.editableProperty().get(), "a new session's plan may be written");
    }

    private static List<String> titles(List<PlanStep> steps) {
        return steps.stream().map(PlanStep::title).toList();
    }
}
