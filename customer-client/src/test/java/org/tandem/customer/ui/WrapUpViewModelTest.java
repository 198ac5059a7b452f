package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tandem.customer.action.RecordingJournal;
import org.tandem.shared.log.LogEventTypes;
import org.tandem.shared.message.ControlMessage;

/** "Before you go": offered after the working check, Finish sends rating and follow-up, then ends. */
class WrapUpViewModelTest {
    private final RecordingJournal journal = new RecordingJournal();
    private final AtomicInteger ends = new AtomicInteger();
    private final CustomerViewModel window;
    private final ConversationFixture fixture;
    private final WrapUpViewModel wrapUp;

    WrapUpViewModelTest() {
        ConversationFixture[] holder = new ConversationFixture[1];
        window = new CustomerViewModel(Runnable::run, Runnable::run,
                () -> Optional.of(holder[0].conversation), ends::incrementAndGet);
        holder[0] = new ConversationFixture(journal, window);
        fixture = holder[0];
        wrapUp = window.wrapUp();
    }

    @Test
    void theAnswerToIsEverythingWorkingOpensThePanel() {
        assertFalse(wrapUp.offeredProperty().get());
        fixture.workingCheckAnswered(true);

        assertTrue(wrapUp.offeredProperty().get());
        assertEquals("You said everything is working now.", wrapUp.answerProperty().get());
        assertFalse(wrapUp.followUpProperty().get(), "nothing to follow up when it works");
    }

    @Test
    void finishSendsTheRatingAndTheFollowUpThenEndsTheSession() {
        fixture.workingCheckAnswered(false);
        assertTrue(wrapUp.followUpProperty().get(), "not working: a follow-up is offered ticked");
        assertEquals("", wrapUp.problemProperty().get(), "a problem before the customer did anything");

        wrapUp.starsProperty().set(4);
        wrapUp.commentProperty().set("Patient and clear");
        wrapUp.followUpWhenProperty().set("tomorrow after 2 pm");
        wrapUp.followUpNoteProperty().set("Check the scanner too");
        assertTrue(wrapUp.canFinishProperty().get());
        wrapUp.finish();

        assertEquals(List.of(new ControlMessage.RatingGiven(4, "Patient and clear")),
                fixture.sent(ControlMessage.RatingGiven.class));
        assertEquals(List.of(new ControlMessage.FollowUpRequested("tomorrow after 2 pm", "Check the scanner too")),
                fixture.sent(ControlMessage.FollowUpRequested.class));
        assertEquals(4, ((Number) journal.last(LogEventTypes.RATING).details().get("stars")).intValue());
        assertEquals(1, ends.get());
        assertFalse(wrapUp.offeredProperty().get());
    }

    @Test
    void aTimeToBeContactedIsAskedForOnlyWhenFinishIsPressedWithoutOne() {
        fixture.workingCheckAnswered(true);

        wrapUp.followUpProperty().set(true);

        assertEquals("", wrapUp.problemProperty().get(), "ticking the box is no mistake");
        assertTrue(wrapUp.canFinishProperty().get(), "Finish is where the customer learns what is missing");

        wrapUp.finish();

        assertEquals("Say when you would like to be contacted, or untick \"Please contact me again\".",
                wrapUp.problemProperty().get());
        assertEquals(0, ends.get(), "the session ended without the time");
        assertEquals(List.of(), fixture.sent(ControlMessage.FollowUpRequested.class));
        assertTrue(wrapUp.offeredProperty().get());

        wrapUp.followUpWhenProperty().set("tomorrow after 2 pm");
        assertEquals("", wrapUp.problemProperty().get(), "the time is given, the problem stays");
        wrapUp.followUpWhenProperty().set("");
        assertEquals("Say when you would like to be contacted, or untick \"Please contact me again\".",
                wrapUp.problemProperty().get(), "once asked, a time taken away again is asked for again");
        wrapUp.followUpProperty().set(false);
        assertEquals("", wrapUp.problemProperty().get());
        wrapUp.finish();
        assertEquals(1, ends.get());
    }

    @Test
    void finishingWithoutARatingSendsNoneAndStillEnds() {
        fixture.workingCheckAnswered(true);
        wrapUp.finish();

        assertEquals(List.of(), fixture.sent(ControlMessage.RatingGiven.class));
        assertEquals(List.of(), fixture.sent(ControlMessage.FollowUpRequested.class));
        assertEquals(1, ends.get());
    }

    @Test
    void aRatingThatCouldNotBeRecordedKeepsTheSessionOpenAndSaysSo() {
        journal.failOn(LogEventTypes.RATING);
        fixture.workingCheckAnswered(true);
        wrapUp.starsProperty().set(5);
        wrapUp.finish();

        assertEquals(0, ends.get());
        assertTrue(wrapUp.offeredProperty().get());
        assertTrue(wrapUp.problemProperty().get().startsWith("Your rating or request could not be sent"));
        assertTrue(wrapUp.canFinishProperty().get(), "Finish can be tried again");
    }

    @Test
    void keepGoingClosesThePanelWithoutSendingAnything() {
        fixture.workingCheckAnswered(false);
        wrapUp.keepGoing();

        assertFalse(wrapUp.offeredProperty().get());
        assertEquals(0, ends.get());
        assertEquals(List.of(), fixture.sent(ControlMessage.RatingGiven.class));
    }

    @Test
    void aCommentTooLongIsRefusedBeforeAnythingIsSent() {
        fixture.workingCheckAnswered(true);
        wrapUp.commentProperty().set("x".repeat(WrapUpViewModel.MAX_COMMENT + 1));
        assertFalse(wrapUp.canFinishProperty().get());
        assertEquals("The comment can be at most 1,000 characters long.", wrapUp.problemProperty().get());
    }
}
