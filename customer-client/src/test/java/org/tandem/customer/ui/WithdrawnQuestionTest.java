package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tandem.customer.consent.ConsentBroker;
import org.tandem.customer.consent.ConsentRequest;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.SessionJournal;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The technician withdraws a request for control while the customer reads the question: the real
 * prompt closes, and a notice and a line in the activity list say why, in kind words. The prompt, the
 * broker, the view model and the notices are the app's own; the journal is a stand-in.
 */
@ExtendWith(ApplicationExtension.class)
class WithdrawnQuestionTest {
    private static final IdentityVerdict DANA = new IdentityVerdict.Verified("Dana Scully", "Contoso Support");

    private Stage owner;
    private final List<JournalEvent> recorded = new CopyOnWriteArrayList<>();
    private CustomerViewModel model;
    private ConsentBroker broker;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        model = new CustomerViewModel(Platform::runLater);
        FxNotifier notifier = new FxNotifier(stage);
        new BackgroundNotifier(notifier::inBackground, notifier).attach(model);
        SessionJournal journal = (actor, event) -> recorded.add(event);
        broker = new ConsentBroker(journal, new FxConsentPrompt(() -> owner), () -> () -> { }, Runnable::run,
                waiting -> { });
    }

    @Test
    void theQuestionClosesAndTheCustomerReadsThatNothingIsAskedAnyMore(FxRobot robot) throws Exception {
        var asked = broker.ask(new ConsentRequest(ConsentRequest.Kind.CONTROL, DANA, Duration.ofSeconds(60)));
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#consentQuestion").tryQuery().isPresent());

        // As the customer's control logic does when its question was withdrawn: recorded, then told.
        assertTrue(broker.withdraw(asked, "technician:Dana Scully", "The technician withdrew the request before you answered."));
        model.controlRequestWithdrawn("Dana Scully");

        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#consentQuestion").tryQuery().isEmpty());
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#noticeText").tryQuery().isPresent());
        assertEquals("No need to answer", robot.lookup("#noticeTitle").queryAs(Label.class).getText());
        assertEquals("Dana Scully no longer asks to control your mouse and keyboard, so the question has closed. "
                + "Nothing changed on your computer.", robot.lookup("#noticeText").queryAs(Label.class).getText());
        assertEquals(JournalEvent.Answer.WITHDRAWN, asked.get(5, TimeUnit.SECONDS));
        assertTrue(model.activity().get(0).endsWith("Dana Scully withdrew the request to control your mouse and keyboard; "
                + "nothing changed."), model.activity().toString());
        assertFalse(broker.withdraw(asked, "technician:Dana Scully", "again"), "closed once");
    }
}
