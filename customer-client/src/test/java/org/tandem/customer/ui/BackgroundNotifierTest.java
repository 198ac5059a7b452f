package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.customer.consent.ConsentRequest;
import org.tandem.customer.session.ActionEnding;
import org.tandem.shared.action.ActionResult.Outcome;
import org.tandem.shared.conversation.ChatLine;

/**
 * While the customer's window is in the background they hear of the technician's messages,
 * questions, finished actions and control; never of what they did themselves, and nothing while the
 * window has the focus.
 */
class BackgroundNotifierTest {
    private static final Instant AT = Instant.parse("2026-03-01T09:05:00Z");

    private final List<String> shown = new ArrayList<>();
    private final CustomerViewModel model = new CustomerViewModel(Runnable::run);
    private boolean background = true;
    private BackgroundNotifier notifier;

    @BeforeEach
    void attach() {
        notifier = new BackgroundNotifier(() -> background, new BackgroundNotifier.Notifier() {
            @Override
            public void show(String title, String text) {
                shown.add(title + " | " + text);
            }

            @Override
            public void withdraw() {
                shown.add("withdrawn");
            }
        });
        notifier.attach(model);
    }

    @Test
    void aMessageFromTheTechnicianIsToldOnceAndTheCustomersOwnNever() {
        ChatLine hello = new ChatLine("m1", false, "Dana Scully", "Could you open the printer settings?", AT, ChatLine.Mark.SENT);
        ChatLine mine = new ChatLine("m2", true, "You", "Done!", AT, ChatLine.Mark.SENT);
        model.chatChanged(List.of(hello));
        model.chatChanged(List.of(hello, mine));
        model.chatChanged(List.of(hello, new ChatLine("m2", true, "You", "Done!", AT, ChatLine.Mark.READ)));

        assertEquals(List.of("Message from Dana Scully | Could you open the printer settings?"), shown);
    }

    @Test
    void nothingIsToldWhileTheWindowHasTheFocus() {
        background = false;
        model.chatChanged(List.of(new ChatLine("m1", false, "Dana Scully", "Hello", AT, ChatLine.Mark.SENT)));
        model.actionFinished(new ActionEnding(Outcome.SUCCEEDED, "Scan “Downloads” for malware — done (nothing found).", true));
        model.controlChanged(true, "Dana Scully controls your mouse and keyboard.");

        assertEquals(List.of(), shown);
    }

    @Test
    void aFinishedActionIsTold() {
        model.actionFinished(new ActionEnding(Outcome.SUCCEEDED, "Scan “Downloads” for malware — done (nothing found).", true));

        assertEquals(List.of("Finished on your computer | Scan “Downloads” for malware — done (nothing found)."), shown);
    }

    @Test
    void anActionThatWasNotDoneIsNotToldAsFinished() {
        model.actionFinished(new ActionEnding(Outcome.DENIED, "Uninstall “foo” — you said no, so nothing was done.", false));
        model.actionFinished(new ActionEnding(Outcome.TIMED_OUT, "Uninstall “foo” — nobody answered within 1 minute, so nothing was done.",
                false));
        model.actionFinished(new ActionEnding(Outcome.FAILED, "End “firefox” — did not work (The program could not be ended).", true));
        model.actionFinished(new ActionEnding(Outcome.CANCELLED, "Scan “Downloads” for malware — stopped: you cancelled it.", true));

        assertEquals(List.of(
                "Not done on your computer | Uninstall “foo” — you said no, so nothing was done.",
                "Not done on your computer | Uninstall “foo” — nobody answered within 1 minute, so nothing was done.",
                "Did not work on your computer | End “firefox” — did not work (The program could not be ended).",
                "Stopped on your computer | Scan “Downloads” for malware — stopped: you cancelled it."), shown);
    }

    @Test
    void aRequestWithdrawnBeforeItRanIsNotToldAsStopped() {
        model.actionFinished(new ActionEnding(Outcome.CANCELLED, "Measure what fills “/usr/share” — the technician withdrew the"
                + " request before you answered, so nothing was done.", false));

        assertEquals(List.of("Not done on your computer | Measure what fills “/usr/share” — the technician withdrew the"
                + " request before you answered, so nothing was done."), shown,
                "nothing ran on the customer's computer, so nothing was stopped there");
    }

    @Test
    void controlStartingAndTheTechnicianEndingItAreToldAndTheCustomersOwnStopTakesTheNoticeDown() {
        model.controlChanged(true, "Dana Scully controls your mouse and keyboard.");
        model.controlChanged(false, "Dana Scully gave control back.");
        model.controlChanged(true, "Dana Scully controls your mouse and keyboard.");
        model.stopControl();
        model.controlChanged(false, "You took control back.");

        assertEquals(4, shown.size(), shown.toString());
        assertTrue(shown.get(0).startsWith("Your technician is using your computer | They now control your mouse and "
                + "keyboard. Stop control in the Tandem bar, or "), shown.get(0));
        assertEquals("Your technician stopped using your computer | Dana Scully gave control back.", shown.get(1));
        assertTrue(shown.get(2).startsWith("Your technician is using your computer"), shown.get(2));
        assertEquals("withdrawn", shown.get(3), "“using your computer” stayed on screen after the customer stopped control");
    }

    @Test
    void controlEndingBecauseTheCustomerPausedSharingTakesTheNoticeDownAndIsNotToldAsTheTechniciansDoing() {
        model.controlChanged(true, "Dana Scully controls your mouse and keyboard.");
        model.stopSharing();
        model.controlChanged(false, "The customer paused sharing the screen.");

        assertEquals(2, shown.size(), shown.toString());
        assertTrue(shown.get(0).startsWith("Your technician is using your computer"), shown.get(0));
        assertEquals("withdrawn", shown.get(1));
    }

    @Test
    void theTechnicianGivingControlBackWhileTheWindowHasTheFocusTakesTheNoticeDown() {
        model.controlChanged(true, "Dana Scully controls your mouse and keyboard.");
        background = false; // the customer came to the window, which says who controls the computer

        model.controlChanged(false, "Dana Scully gave control back.");

        assertEquals(2, shown.size(), shown.toString());
        assertEquals("withdrawn", shown.get(1), "“using your computer” stayed on screen after control ended");
    }

    @Test
    void theEndOfControlLeavesANoticeThatReplacedTheOneAboutIt() {
        model.controlChanged(true, "Dana Scully controls your mouse and keyboard.");
        model.chatChanged(List.of(new ChatLine("m1", false, "Dana Scully", "Done, over to you.", AT, ChatLine.Mark.SENT)));
        model.stopControl();
        model.controlChanged(false, "You took control back.");

        assertEquals(2, shown.size(), shown.toString());
        assertEquals("Message from Dana Scully | Done, over to you.", shown.get(1), "a message is news of its own");
    }

    @Test
    void aQuestionWaitingForAnAnswerIsToldAsItIsPut() {
        ConsentRequest control = new ConsentRequest(ConsentRequest.Kind.CONTROL, ConversationFixture.DANA,
                Duration.ofSeconds(60));

        notifier.questionAsked(control);

        assertEquals(List.of("Your technician is asking you something | " + control.question()), shown);
    }

    @Test
    void aQuestionsNoticeIsTakenDownOnceTheQuestionIsAnsweredButALaterNoticeStays() {
        ConsentRequest control = new ConsentRequest(ConsentRequest.Kind.CONTROL, ConversationFixture.DANA,
                Duration.ofSeconds(60));
        ConsentRequest again = new ConsentRequest(ConsentRequest.Kind.CONTROL, ConversationFixture.DANA,
                Duration.ofSeconds(60));

        notifier.questionAsked(control);
        notifier.questionClosed(control);
        notifier.questionAsked(again);
        model.actionFinished(new ActionEnding(Outcome.SUCCEEDED, "Scan “Downloads” for malware — done (nothing found).", true));
        notifier.questionClosed(again);

        assertEquals(List.of("Your technician is asking you something | " + control.question(), "withdrawn",
                "Your technician is asking you something | " + again.question(),
                "Finished on your computer | Scan “Downloads” for malware — done (nothing found)."), shown,
                "a notice still asking after the answer misleads; one that replaced it is news of its own");
    }

    @Test
    void aLongMessageIsCutForTheNotification() {
        model.chatChanged(List.of(new ChatLine("m1", false, "Dana Scully", "x".repeat(500), AT, ChatLine.Mark.SENT)));

        String text = shown.get(0).substring(shown.get(0).indexOf(" | ") + 3);
        assertEquals(BackgroundNotifier.MAX_TEXT, text.length());
        assertTrue(text.endsWith("…"));
    }

    @Test
    void aWithdrawnRequestIsToldWhateverHasTheFocusAndReplacesTheQuestionsNotice() {
        ConsentRequest control = new ConsentRequest(ConsentRequest.Kind.CONTROL, ConversationFixture.DANA,
                Duration.ofSeconds(60));
        notifier.questionAsked(control);
        background = false; // the customer came to the window, where the question was

        model.controlRequestWithdrawn("Dana Scully");
        notifier.questionClosed(control);

        assertEquals(List.of("Your technician is asking you something | " + control.question(),
                "No need to answer | Dana Scully no longer asks to control your mouse and keyboard, so the question has "
                        + "closed. Nothing changed on your computer."), shown,
                "the notice stays when the question it replaced closes");
        assertTrue(model.activity().get(model.activity().size() - 1).endsWith(
                "  Dana Scully withdrew the request to control your mouse and keyboard; nothing changed."),
                model.activity().toString());
    }

    @Test
    void theNoticeThatNothingIsAskedGoesWhenTheNextQuestionIsPut() {
        background = false;
        model.controlRequestWithdrawn("Dana Scully");
        ConsentRequest again = new ConsentRequest(ConsentRequest.Kind.CONTROL, ConversationFixture.DANA,
                Duration.ofSeconds(60));

        notifier.questionAsked(again);
        notifier.questionClosed(again);

        assertEquals(2, shown.size(), shown.toString());
        assertEquals("withdrawn", shown.get(1), "“No need to answer” beside a new question would contradict it");
    }
}
