package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tandem.customer.control.InputInjector;
import org.tandem.customer.control.OwnWindows;
import org.tandem.customer.session.CustomerControl;
import org.tandem.customer.session.CustomerSession;
import org.tandem.customer.session.ScreenSharer;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.pairing.PairingRole;
import org.tandem.shared.pairing.SessionCode;
import org.tandem.shared.relay.RelayMessage;
import org.tandem.shared.relay.client.RelayRefusedException;
import org.tandem.shared.screen.TileScreenEncoder;
import org.tandem.shared.session.SessionPairing;
import org.tandem.shared.testing.PatternFrameSource;
import org.tandem.shared.testing.SocketLinks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The customer mistypes the code: the pairing with the technician, who waits under another secret,
 * fails for real. From then on that code can no longer be used, and the form leads to the new one.
 */
@ExtendWith(ApplicationExtension.class)
class SpentCodeViewTest {
    private static final String TYPED = "482-193 775";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final AtomicInteger joins = new AtomicInteger();
    private CompletableFuture<SessionPairing.Paired> technician;
    private CustomerViewModel model;

    @Start
    void start(Stage stage) throws IOException {
        SocketLinks.Pair links = SocketLinks.open();
        SessionCode technicianCode = new SessionCode("482", "000000");
        technician = CompletableFuture.supplyAsync(() -> {
            try {
                return SessionPairing.pair(links.second(), PairingRole.TECHNICIAN, technicianCode, WAIT);
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        });
        model = new CustomerViewModel(Platform::runLater);
        ScreenSharer sharer = new ScreenSharer(() -> new PatternFrameSource(10, 10), TileScreenEncoder::new, Duration.ZERO);
        CustomerControl control = new CustomerControl(new InputInjector() {
            @Override
            public void inject(InputEvent event) {
                throw new AssertionError("nothing may be injected here");
            }

            @Override
            public void releaseAll() {
            }
        }, Clock.systemUTC(), Duration.ofSeconds(2), OwnWindows.NONE, model::controlChanged);
        model.attach(new CustomerSession(new CustomerSession.Parts(code -> {
            if (joins.getAndIncrement() == 0) {
                return links.first();
            }
            // As the relay answers a code this computer joined under before.
            throw new RelayRefusedException(RelayMessage.Error.IN_USE, "That session code is already in use.");
        }, (hello, transcript) -> new IdentityVerdict.Unverified("", "", "test"), sharer, control,
                id -> { throw new IOException("no log in this test"); },
                (journal, consent, listener) -> { throw new AssertionError("no actions in this test"); },
                request -> CompletableFuture.completedFuture(false)),
                model, worker, Duration.ofSeconds(60)));
        stage.setScene(new Scene(new ConnectView(model).root(), 640, 400));
        stage.show();
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    @Test
    void afterACodeThatDidNotMatchTheFormAsksForTheNewCodeAndOffersNoConnectForTheOldOne(FxRobot robot)
            throws Exception {
        TextField field = robot.lookup("#codeField").queryAs(TextField.class);
        Button connect = robot.lookup("#connectButton").queryButton();
        Label hint = robot.lookup("#codeHintLabel").queryAs(Label.class);
        Label status = robot.lookup("#statusLabel").queryAs(Label.class);
        robot.clickOn("#codeField").write(TYPED);
        robot.clickOn("#connectButton");

        waitFor(10, TimeUnit.SECONDS, () -> hint.getText().startsWith("The code did not match."));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertTrue(connect.isDisabled(), "Connect is offered again for the code that just failed");
        assertEquals("The code did not match. Ask your technician for a new code: this one cannot be used again.",
                hint.getText(), "the line under the code does not say why it cannot be used");
        assertFalse(status.isVisible(), "the same thing is said twice: " + status.getText());
        waitFor(5, TimeUnit.SECONDS, field::isFocused);
        assertEquals(field.getText(), field.getSelectedText(), "the old code is not ready to be typed over");

        robot.write("482-555 123");
        assertEquals("482-555 123", field.getText(), "typing did not replace the old code");
        assertFalse(connect.isDisabled(), "the new code is not offered Connect");
        assertEquals("", status.getText(), "what the last try said stays beside the new code");
        assertEquals(1, joins.get(), "nothing was tried again meanwhile");

        robot.eraseText(field.getText().length()).write(TYPED);
        assertEquals(Texts.get("connect.hint.spent"), hint.getText(), "the old code typed again is not said to be spent");
        assertTrue(connect.isDisabled());
    }
}
