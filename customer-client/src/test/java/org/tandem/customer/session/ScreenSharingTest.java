package org.tandem.customer.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tandem.customer.capture.PointerSource;
import org.tandem.customer.capture.SharedArea;
import org.tandem.customer.control.InputInjector;
import org.tandem.customer.control.OwnWindows;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.LogEntry;
import org.tandem.shared.log.LogEntryFormatter;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.message.SessionMessage;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.TileScreenEncoder;
import org.tandem.shared.session.SessionChannel;
import org.tandem.shared.wire.UnprotectedRecordCipher;
import org.testfx.util.WaitForAsyncUtils;

/** Sharing within a session: what is recorded and told when it starts, switches, fails, and survives a dropped connection. */
class ScreenSharingTest {
    private final SharedArea area = new SharedArea(() -> List.of(new Rectangle(0, 0, 64, 48),
            new Rectangle(64, 0, 40, 32)));
    private final List<JournalEvent> recorded = new CopyOnWriteArrayList<>();
    private final List<SessionMessage> sent = new CopyOnWriteArrayList<>();
    private final List<CustomerState> moves = new CopyOnWriteArrayList<>();
    private final List<String> details = new CopyOnWriteArrayList<>();
    private final List<String> activity = new CopyOnWriteArrayList<>();
    private volatile CustomerState state = CustomerState.ASKING_TO_SHARE;
    private volatile boolean journalWrites = true;
    private volatile boolean screenCaptures = true;

    private final ScreenSharer sharer = new ScreenSharer(() -> () -> {
        if (!screenCaptures) {
            throw new java.io.IOException("The display went away");
        }
        return blank(area.bounds());
    }, TileScreenEncoder::new, () -> PointerSource.NONE, area, Duration.ZERO);
    private final SessionChannel channel = new SessionChannel(InputStream.nullInputStream(),
            OutputStream.nullOutputStream(), () -> {}, new UnprotectedRecordCipher(), new UnprotectedRecordCipher());
    private final CustomerSessionListener listener = new CustomerSessionListener() {
        @Override
        public void stateChanged(CustomerState next, String detail) {
        }

        @Override
        public void paired(String checkString) {
        }

        @Override
        public void technicianIdentified(IdentityVerdict verdict) {
        }

        @Override
        public void activity(String line) {
            activity.add(line);
        }
    };
    private final CustomerControl control = new CustomerControl(new InputInjector() {
        @Override
        public void inject(InputEvent event) {
        }

        @Override
        public void releaseAll() {
        }
    }, Clock.systemUTC(), Duration.ofSeconds(2), OwnWindows.NONE, (granted, detail) -> { });
    private final ScreenSharing sharing = new ScreenSharing(sharer, control, listener, Runnable::run,
            new ScreenSharing.Session(() -> state, (next, detail) -> {
                state = next;
                moves.add(next);
                details.add(detail);
            }, event -> journalWrites && recorded.add(event), sent::add, () -> channel, () -> null, () -> "Dana"));

    @AfterEach
    void stopCapturing() {
        sharer.close();
    }

    @Test
    void aScreenThatCannotBeCapturedIsNotSharedAndBothSidesAreTold() {
        screenCaptures = false;

        sharing.start();

        assertEquals(List.of(CustomerState.NOT_SHARING), moves);
        assertTrue(details.get(0).startsWith("Your screen could not be shared"), details.toString());
        assertEquals(List.of(new JournalEvent.Problem("The screen could not be captured, so it was not shared.")),
                recorded);
        assertEquals(List.of(ControlMessage.ScreenShareStopped.byTandem("The customer's screen could not be captured.")),
                sent, "Tandem stopped it, not the customer: the technician does not read it as a pause");
        assertFalse(sharer.isActive());
    }

    @Test
    void theTechniciansSwitchIsRecordedAsTheirsAndShownInTheActivityFeed() throws Exception {
        sharing.start();
        assertEquals(CustomerState.SHARING, state);

        assertTrue(sharing.handle(new ControlMessage.ScreenSwitch(3)), "a switch is sharing's to answer");
        sharing.handle(new ControlMessage.ScreenSwitch(2));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> area.chosen() == 2);
        sharing.switchTo(1, "customer");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> area.chosen() == 1);

        List<JournalEvent> switches = recorded.stream().filter(JournalEvent.ShareSwitched.class::isInstance).toList();
        assertEquals(List.of(new JournalEvent.ShareSwitched("technician", 2, 2, 40, 32),
                new JournalEvent.ShareSwitched("customer", 1, 2, 64, 48)), switches, "monitor 3 is not there");
        assertEquals(List.of("Dana switched to your monitor 2."), activity, "the customer's own switch is not news");
    }

    @Test
    void aSwitchThatCannotBeRecordedDoesNotHappen() {
        sharing.start();
        journalWrites = false;

        sharing.switchTo(2, "technician");

        assertEquals(List.of(), activity, "neither shown nor switched");
        assertEquals(1, area.chosen());
    }

    @Test
    void aSwitchWhileNotSharingIsWhatSharingStartsWithAndTheTechnicianCannotMakeIt() {
        sharing.handle(new ControlMessage.ScreenSwitch(2));
        assertEquals(1, area.chosen(), "the technician switches nothing before sharing");

        sharing.switchTo(2, "customer");
        assertEquals(2, area.chosen());
        assertEquals(List.of(), recorded, "not shared yet, so nothing to record");
        sharing.start();
        assertEquals(new JournalEvent.ShareStarted(40, 32), recorded.get(0));
    }

    @Test
    void controlAndEverythingElseIsLeftToTheSession() {
        assertFalse(sharing.handle(new ControlMessage.ControlRequest()));
        assertFalse(sharing.handle(new ControlMessage.ChatTyping(true)));
        assertEquals(List.of(), moves);
    }

    @Test
    void aDroppedConnectionStopsSharingAndTheResumeSharesAgainOnlyIfItWasOn() {
        sharing.start();

        sharing.connectionLost();
        assertFalse(sharer.isActive());
        assertEquals(CustomerState.NOT_SHARING, state);
        assertTrue(details.get(details.size() - 1).startsWith("Reconnecting to your technician"), details.toString());

        sharing.connectionResumed();
        assertEquals(CustomerState.SHARING, state, "it was on, so it is on again");
        assertEquals(2, recorded.stream().filter(JournalEvent.ShareStarted.class::isInstance).count());

        sharing.stop(); // the customer stops sharing, then the connection drops and comes back
        sharing.connectionLost();
        sharing.connectionResumed();
        assertEquals(CustomerState.NOT_SHARING, state);
        assertEquals("Reconnected to your technician.", details.get(details.size() - 1));
        assertFalse(sharer.isActive());
    }

    @Test
    void pausingRecordsItAndTellsTheTechnicianInTheWordsOfTheButton() {
        sharing.start();
        sent.clear();

        sharing.stop();

        assertFalse(sharer.isActive());
        assertEquals(CustomerState.NOT_SHARING, state);
        JournalEvent.ShareStopped stopped = assertInstanceOf(JournalEvent.ShareStopped.class,
                recorded.get(recorded.size() - 1));
        assertEquals(new JournalEvent.ShareStopped("customer", "The customer paused sharing the screen."), stopped);
        assertEquals(List.of(ControlMessage.ScreenShareStopped.byCustomer("The customer paused sharing the screen.")),
                sent);
        // As `tandem log show`, History and the console's Activity read the line.
        assertEquals("Screen sharing paused by the customer", LogEntryFormatter.title(new LogEntry(9, Instant.EPOCH,
                "s", "customer", stopped.type(), stopped.details(), "0".repeat(64), "1".repeat(64))));
    }

    @Test
    void pausingIsToldAsAPauseAsTheButtonSays() {
        org.tandem.customer.consent.ConsentBroker broker = new org.tandem.customer.consent.ConsentBroker(
                (actor, event) -> recorded.add(event), request -> new java.util.concurrent.CompletableFuture<>(),
                () -> () -> { }, Runnable::run, waiting -> { });
        ScreenSharing paused = new ScreenSharing(sharer, control, listener, Runnable::run,
                new ScreenSharing.Session(() -> state, (next, detail) -> {
                    state = next;
                    details.add(detail);
                }, recorded::add, sent::add, () -> channel, () -> broker, () -> "Dana"));
        paused.start();
        broker.ask(new org.tandem.customer.consent.ConsentRequest(org.tandem.customer.consent.ConsentRequest.Kind.CONTROL,
                new IdentityVerdict.Verified("Dana", "Contoso Support"), Duration.ofMinutes(1)));

        paused.stop();

        assertEquals("You paused sharing your screen. Your technician sees nothing until you press Share screen.",
                details.get(details.size() - 1));
        assertTrue(recorded.stream().anyMatch(event -> event instanceof JournalEvent.ConsentDecided decided
                && decided.reason().equals("You paused sharing your screen before you answered.")),
                recorded.toString());
    }

    private static Frame blank(Rectangle bounds) {
        int[] argb = new int[bounds.width * bounds.height];
        Arrays.fill(argb, 0xFF336699);
        return new Frame(bounds.width, bounds.height, argb);
    }
}
