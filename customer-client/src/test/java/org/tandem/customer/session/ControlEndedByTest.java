package org.tandem.customer.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.customer.capture.PointerSource;
import org.tandem.customer.capture.SharedArea;
import org.tandem.customer.consent.ConsentBroker;
import org.tandem.customer.control.InputInjector;
import org.tandem.customer.control.OwnWindows;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.SessionJournal;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.message.SessionMessage;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.TileScreenEncoder;
import org.tandem.shared.session.SessionChannel;
import org.tandem.shared.wire.UnprotectedRecordCipher;

/**
 * The customer's log names who ended control in {@code control.stopped}'s {@code by}: the customer
 * when they took it back, the technician when they gave it back, and {@code system} when Tandem ended
 * it because sharing stopped, the connection was lost or the session ended. Real control, consent
 * broker, input gate and sharing; the journal and the technician are stand-ins.
 */
class ControlEndedByTest {
    private static final String DANA = "technician:Dana";
    private final List<JournalEvent> recorded = new CopyOnWriteArrayList<>();
    /** The actor of each end of control the customer's journal was given. */
    private final List<String> endActors = new CopyOnWriteArrayList<>();
    private final List<SessionMessage> sent = new CopyOnWriteArrayList<>();
    private final List<CompletableFuture<Boolean>> prompts = new CopyOnWriteArrayList<>();
    private final CustomerControl control = new CustomerControl(new InputInjector() {
        @Override
        public void inject(InputEvent event) {
        }

        @Override
        public void releaseAll() {
        }
    }, Clock.systemUTC(), Duration.ofSeconds(2), OwnWindows.NONE, (granted, detail) -> { });
    private final SharedArea area = new SharedArea(() -> List.of(new java.awt.Rectangle(0, 0, 64, 48)));
    private final ScreenSharer sharer = new ScreenSharer(() -> () -> new Frame(64, 48, new int[64 * 48]),
            TileScreenEncoder::new, () -> PointerSource.NONE, area, Duration.ZERO);
    private volatile CustomerState state = CustomerState.ASKING_TO_SHARE;
    private ConsentBroker broker;

    @BeforeEach
    void grantControl() {
        SessionJournal journal = (actor, event) -> {
            recorded.add(event);
            if (event instanceof JournalEvent.ControlStopped) {
                endActors.add(actor);
            }
        };
        broker = new ConsentBroker(journal, request -> {
            CompletableFuture<Boolean> shown = new CompletableFuture<>();
            prompts.add(shown);
            return shown;
        }, () -> control.gate().promptOpened(), Runnable::run, waiting -> { });
        control.attach(journal, sent::add, new IdentityVerdict.Verified("Dana", "Contoso Support"), broker,
                Duration.ofMinutes(1));
        control.requested(DANA, () -> true);
        prompts.get(0).complete(true);
        assertTrue(control.gate().isGranted(), "control was not granted");
    }

    @AfterEach
    void stopCapturing() {
        sharer.close();
    }

    @Test
    void theCustomerWhoTakesControlBackIsNamed() {
        control.stop("The customer took back control.");

        assertEquals(new JournalEvent.ControlStopped("customer", "The customer took back control."), stopped());
        assertEquals(List.of("customer"), endActors, "the customer did it");
    }

    @Test
    void theTechnicianWhoGivesControlBackIsNamed() {
        control.released();

        assertEquals(new JournalEvent.ControlStopped("technician", "The technician gave control back."), stopped());
        assertEquals(List.of(DANA), endActors, "the technician who had control did it, not the customer");
    }

    @Test
    void controlTheSessionsEndTookIsEndedByTandem() {
        control.ended();

        assertEquals(new JournalEvent.ControlStopped("system", "The session ended."), stopped());
        assertEquals(List.of("system"), endActors, "Tandem did it");
    }

    @Test
    void controlTheLostConnectionTookIsEndedByTandem() {
        control.connectionLost("The connection to your technician was lost.");

        assertEquals(new JournalEvent.ControlStopped("system", "The connection to your technician was lost."), stopped());
        assertEquals(List.of("system"), endActors, "Tandem did it");
    }

    @Test
    void controlThatEndsAsTheCustomerStopsSharingIsEndedByTandem() {
        SessionChannel channel = new SessionChannel(InputStream.nullInputStream(), OutputStream.nullOutputStream(),
                () -> { }, new UnprotectedRecordCipher(), new UnprotectedRecordCipher());
        ScreenSharing sharing = new ScreenSharing(sharer, control, new CustomerSessionListener() {
            @Override
            public void stateChanged(CustomerState next, String detail) {
            }

            @Override
            public void paired(String checkString) {
            }

            @Override
            public void technicianIdentified(IdentityVerdict verdict) {
            }
        }, Runnable::run, new ScreenSharing.Session(() -> state, (next, detail) -> state = next, recorded::add,
                sent::add, () -> channel, () -> broker, () -> "Dana"));
        sharing.start();
        assertEquals(CustomerState.SHARING, state);

        sharing.stop();

        assertFalse(control.gate().isGranted());
        assertEquals(new JournalEvent.ControlStopped("system", "The customer paused sharing the screen."), stopped());
        assertEquals(List.of("system"), endActors, "Tandem did it, as sharing stopped");
    }

    /** The one end of control on record. */
    private JournalEvent.ControlStopped stopped() {
        List<JournalEvent.ControlStopped> ends = recorded.stream().filter(JournalEvent.ControlStopped.class::isInstance)
                .map(JournalEvent.ControlStopped.class::cast).toList();
        assertEquals(1, ends.size(), recorded.toString());
        return ends.get(0);
    }
}
