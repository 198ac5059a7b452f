package org.tandem.agent.ui.wrapup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.agent.conversation.AgentConversation;
import org.tandem.agent.ui.ConversationRig;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.message.ControlMessage;

/** Ending well: the question, the answer, the rating and the follow-up. */
class WrapUpViewModelTest {
    private final ConversationRig rig = new ConversationRig();
    private WrapUpViewModel model;

    @BeforeEach
    void setUp() {
        model = new WrapUpViewModel(Runnable::run, Runnable::run, rig.access());
        rig.listen(new AgentConversation.Listener() {
            @Override
            public void workingAnswered(ControlMessage.WorkingAnswer answer) {
                model.workingAnswered(answer);
            }

            @Override
            public void rated(int stars, String comment) {
                model.rated(stars, comment);
            }

            @Override
            public void followUpRequested(String when, String note) {
                model.followUpRequested(when, note);
            }
        });
    }

    @Test
    void askingThenTheAnswerTheRatingAndTheFollowUpArrive() {
        assertTrue(model.ask());
        assertEquals(List.of(new ControlMessage.WorkingCheck()), rig.sent(ControlMessage.WorkingCheck.class));
        assertTrue(rig.recorded.contains(new JournalEvent.WorkingCheckAsked()));
        assertTrue(model.askedProperty().get());
        assertTrue(model.statusProperty().get().startsWith("Asked “Is everything working now?”"));

        rig.fromCustomer(new ControlMessage.WorkingAnswer("yes"));
        assertEquals("yes", model.answerProperty().get());
        assertEquals("The customer says everything works now.", model.statusProperty().get());

        rig.fromCustomer(new ControlMessage.RatingGiven(4, "Quick and clear"));
        assertEquals(4, model.starsProperty().get());
        assertEquals("Quick and clear", model.commentProperty().get());
        assertEquals("★★★★☆ 4 of 5", WrapUpViewModel.starsInWords(4));

        rig.fromCustomer(new ControlMessage.FollowUpRequested("Tomorrow morning", "Check the backup"));
        assertEquals("Asked for: Tomorrow morning — “Check the backup”", model.followUpProperty().get());
    }

    @Test
    void theStatusSaysTheAnswerByTheTimeTheAnswerIsHeard() {
        model.ask();
        String[] statusWhenAnswered = {null};
        model.answerProperty().addListener((obs, was, now) -> statusWhenAnswered[0] = model.statusProperty().get());
        rig.fromCustomer(new ControlMessage.WorkingAnswer("no"));
        assertEquals("The customer says it does not work yet.", statusWhenAnswered[0],
                "a notification of the answer reads the status");
    }

    @Test
    void aCheckTheCustomersSideClosedBeforeAnAnswerIsShownAsNotAnsweredWithWhy() {
        model.ask();

        rig.fromCustomer(ControlMessage.WorkingAnswer.notAnswered("The customer paused sharing before they answered."));

        assertEquals("not answered", model.answerProperty().get());
        assertEquals("Not answered: The customer paused sharing before they answered.", model.statusProperty().get());
        assertTrue(rig.recorded.contains(new JournalEvent.WorkingCheckAnswered("not answered",
                "The customer paused sharing before they answered.")), rig.recorded.toString());
    }

    @Test
    void withoutACustomerNothingIsAsked() {
        rig.connected(false);
        assertFalse(model.ask());
        assertEquals("No customer is connected.", model.statusProperty().get());
        assertTrue(rig.sent.isEmpty());
    }

    @Test
    void aQuestionThatCannotBeRecordedIsNotAsked() {
        rig.journalFails.set(true);
        model.ask();
        assertTrue(rig.sent.isEmpty());
        assertFalse(model.askedProperty().get());
        assertTrue(model.statusProperty().get().startsWith("The question could not be recorded"));
    }
}
