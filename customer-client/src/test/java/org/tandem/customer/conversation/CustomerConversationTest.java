package org.tandem.customer.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.tandem.customer.action.RecordingJournal;
import org.tandem.customer.consent.ConsentBroker;
import org.tandem.customer.consent.ConsentRequest;
import org.tandem.shared.conversation.ChatLine;
import org.tandem.shared.conversation.PlanStep;
import org.tandem.shared.conversation.StepState;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.log.LogEventTypes;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.SessionMessage;

class CustomerConversationTest {
    private static final IdentityVerdict DANA = new IdentityVerdict.Verified("Dana Scully", "Contoso Support");

    private final RecordingJournal journal = new RecordingJournal();
    private final List<SessionMessage> sent = new CopyOnWriteArrayList<>();
    private final List<ConsentRequest> asked = new ArrayList<>();
    private final List<CompletableFuture<Boolean>> prompts = new ArrayList<>();
    private final List<List<PlanStep>> plans = new ArrayList<>();
    private final List<List<ChatLine>> chats = new ArrayList<>();
    private final List<String> wrapUps = new ArrayList<>();
    private final ConsentBroker broker = new ConsentBroker(journal, request -> {
        asked.add(request);
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        prompts.add(answer);
        return answer;
    }, () -> () -> { }, Runnable::run, waiting -> { });
    private final CustomerConversation conversation = new CustomerConversation(
            new CustomerConversation.Parts(journal, sent::add, broker, DANA, "technician:Dana Scully",
                    Duration.ofSeconds(60)),
            new CustomerConversation.Listener() {
                @Override
                public void planChanged(List<PlanStep> steps) {
                    plans.add(steps);
                }

                @Override
                public void chatChanged(List<ChatLine> lines) {
                    chats.add(lines);
                }

                @Override
                public void wrapUpOffered(String answer) {
                    wrapUps.add(answer);
                }
            }, Clock.systemUTC());

    private static PlanStep step(String id, String title, StepState state) {
        return new PlanStep(id, title, "", "", state);
    }

    @Test
    void theNewestPlanIsShownAndJournaledAndAnOlderOneIsIgnored() {
        List<PlanStep> second = List.of(step("s1", "Look at the printer queue", StepState.DONE),
                step("s2", "Restart the spooler", StepState.IN_PROGRESS));
        assertTrue(conversation.handle(new ControlMessage.PlanUpdated(2, second)));
        conversation.handle(new ControlMessage.PlanUpdated(1, List.of(step("s1", "Old plan", StepState.PLANNED))));

        assertEquals(List.of(second), plans);
        assertEquals(second, conversation.plan());
        RecordingJournal.Event changed = journal.last(LogEventTypes.PLAN_CHANGED);
        assertEquals("technician:Dana Scully", changed.actor());
        assertEquals(List.of(java.util.Map.of("title", "Look at the printer queue", "status", "done"),
                java.util.Map.of("title", "Restart the spooler", "status", "in progress")), changed.details().get("steps"));
    }

    @Test
    void aStepThatNeedsTheCustomersOkIsAskedThroughTheBrokerAndAnswered() {
        conversation.handle(new ControlMessage.PlanUpdated(1, List.of(step("s1", "Reinstall the driver", StepState.NEEDS_OK))));
        assertEquals(1, asked.size());
        assertEquals("Go ahead with “Reinstall the driver”?", asked.get(0).question());
        prompts.get(0).complete(true);

        assertEquals(ControlMessage.PlanStepAnswered.ok("s1"), sent.get(sent.size() - 1));
        assertEquals(List.of(LogEventTypes.PLAN_CHANGED, LogEventTypes.CONSENT_ASKED, LogEventTypes.CONSENT_GRANTED),
                journal.order());
        assertEquals("go ahead with the step “Reinstall the driver”",
                journal.last(LogEventTypes.CONSENT_GRANTED).details().get("for"));
    }

    @Test
    void anAnsweredStepIsNotAskedAgainWhileTheTechniciansPlanStillWaitsOnIt() {
        PlanStep reinstall = step("s1", "Reinstall the driver", StepState.NEEDS_OK);
        conversation.handle(new ControlMessage.PlanUpdated(1, List.of(reinstall)));
        prompts.get(0).complete(true);
        // the technician edited another step before the answer reached the console
        conversation.handle(new ControlMessage.PlanUpdated(2, List.of(reinstall,
                step("s2", "Print a test page", StepState.PLANNED))));
        assertEquals(1, asked.size(), "one question for one OK");

        conversation.handle(new ControlMessage.PlanUpdated(3, List.of(step("s1", "Reinstall the driver",
                StepState.IN_PROGRESS))));
        conversation.handle(new ControlMessage.PlanUpdated(4, List.of(reinstall)));
        assertEquals(2, asked.size(), "asked again when the technician asks again");
    }

    @Test
    void chatIsJournaledBeforeItIsSentAndMarkedWhenTheOtherSideHasIt() {
        assertTrue(conversation.sendChat("  My printer says offline  "));
        ControlMessage.ChatSent mine = (ControlMessage.ChatSent) sent.get(0);
        assertEquals("My printer says offline", mine.text());
        assertEquals("customer", journal.last(LogEventTypes.CHAT).actor());

        conversation.handle(new ControlMessage.ChatReceipt(mine.id(), true));
        assertEquals(ChatLine.Mark.READ, conversation.chat().get(0).mark());
        conversation.handle(new ControlMessage.ChatReceipt(mine.id(), false));
        assertEquals(ChatLine.Mark.READ, conversation.chat().get(0).mark(), "a mark never goes back");

        conversation.handle(new ControlMessage.ChatSent("t1", "Let's look at the queue."));
        conversation.handle(new ControlMessage.ChatSent("t1", "Let's look at the queue."));
        assertEquals(2, conversation.chat().size(), "the same message twice is shown once");
        assertEquals(new ControlMessage.ChatReceipt("t1", false), sent.get(1));
        conversation.read();
        assertEquals(new ControlMessage.ChatReceipt("t1", true), sent.get(2));
        assertFalse(conversation.sendChat("   "), "an empty message is not sent");
    }

    @Test
    void aChatThatCannotBeRecordedIsNotSent() {
        journal.failOn(LogEventTypes.CHAT);
        assertFalse(conversation.sendChat("hello"));
        assertTrue(sent.isEmpty());
    }

    @Test
    void isEverythingWorkingIsAskedAndTheAnswerOpensTheWrapUp() {
        conversation.handle(new ControlMessage.WorkingCheck());
        assertEquals("Is everything working now?", asked.get(0).question());
        prompts.get(0).complete(true);

        assertEquals(new ControlMessage.WorkingAnswer("yes"), sent.get(0));
        assertEquals(List.of("yes"), wrapUps);
        assertEquals(List.of(LogEventTypes.CHECK_ASKED, LogEventTypes.CHECK_ANSWERED), journal.order());

        assertTrue(conversation.rate(4, "Quick and kind "));
        assertTrue(conversation.followUp("Tomorrow after 5 pm", "Check the printer again"));
        assertEquals(new ControlMessage.RatingGiven(4, "Quick and kind"), sent.get(1));
        assertEquals(new ControlMessage.FollowUpRequested("Tomorrow after 5 pm", "Check the printer again"), sent.get(2));
        assertEquals(4, journal.last(LogEventTypes.RATING).details().get("stars"));
    }
}
