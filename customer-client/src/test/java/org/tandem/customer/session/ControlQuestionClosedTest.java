package org.tandem.customer.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.customer.consent.ConsentBroker;
import org.tandem.customer.consent.SettledBecause;
import org.tandem.customer.control.InputInjector;
import org.tandem.customer.control.OwnWindows;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.log.LogEntry;
import org.tandem.shared.log.LogEventTypes;
import org.tandem.shared.log.LogReader;
import org.tandem.shared.log.RecapGenerator;
import org.tandem.shared.log.SessionLogVerifier;
import org.tandem.shared.log.SessionLogWriter;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.message.SessionMessage;
import org.tandem.shared.session.SessionLogbook;
import org.tandem.shared.ssh.Ed25519Keys;

/**
 * A request for control whose question the consent broker closes for the customer (sharing stopped,
 * the session ended, sharing stopped under their yes) is never the customer's no: the technician is
 * told it was not answered, and why; the customer's log and recap keep Tandem's no. Only the
 * customer's No reads "The customer said no." Real control, consent broker and session log.
 */
class ControlQuestionClosedTest {
    private static final String DANA = "technician:Dana";
    private static final String STOPPED_SHARING = "You paused sharing your screen before you answered.";

    @TempDir
    Path dir;
    private final List<SessionMessage> sent = new CopyOnWriteArrayList<>();
    private final List<CompletableFuture<Boolean>> prompts = new CopyOnWriteArrayList<>();
    private final AtomicBoolean sharing = new AtomicBoolean(true);
    private final CustomerControl control = new CustomerControl(new InputInjector() {
        @Override
        public void inject(InputEvent event) {
        }

        @Override
        public void releaseAll() {
        }
    }, Clock.systemUTC(), Duration.ofSeconds(2), OwnWindows.NONE, (granted, detail) -> { });
    private Path file;
    private SessionLogWriter writer;
    private ConsentBroker broker;

    @BeforeEach
    void attach() throws Exception {
        file = dir.resolve("customer.log");
        writer = SessionLogWriter.create(file, "482-7f3c9a", "customer", Ed25519Keys.generate(), 20, Clock.systemUTC());
        SessionLogbook book = new SessionLogbook(writer, "customer");
        broker = new ConsentBroker(book, request -> {
            CompletableFuture<Boolean> shown = new CompletableFuture<>();
            prompts.add(shown);
            return shown;
        }, () -> control.gate().promptOpened(), Runnable::run, waiting -> { });
        control.attach(book, sent::add, new IdentityVerdict.Verified("Dana", "Contoso Support"), broker,
                Duration.ofMinutes(1));
        control.requested(DANA, sharing::get);
        assertEquals(1, prompts.size(), "the customer was not asked");
    }

    @AfterEach
    void closeLog() throws Exception {
        writer.close();
    }

    /** The consent events of the log, as "type by actor", in order. */
    private List<String> consents() throws Exception {
        return LogReader.read(file).stream().filter(e -> e.type().startsWith("consent."))
                .map(e -> e.type() + " by " + e.actor()).toList();
    }

    private LogEntry lastConsent() throws Exception {
        List<LogEntry> entries = LogReader.read(file).stream().filter(e -> e.type().startsWith("consent.")).toList();
        return entries.get(entries.size() - 1);
    }

    private String customersRecap() throws Exception {
        writer.finish();
        return new RecapGenerator(ZoneOffset.UTC).markdown(LogReader.read(file), SessionLogVerifier.verify(file),
                RecapGenerator.Viewpoint.CUSTOMER);
    }

    @Test
    void sharingStoppedWhileAskedGoesToTheTechnicianAsNotAnsweredWithWhy() throws Exception {
        sharing.set(false);
        broker.settleAll(SettledBecause.SHARING_STOPPED, STOPPED_SHARING);

        assertEquals(List.of(new ControlMessage.ControlDenied("The customer paused sharing before they answered.", true)),
                sent, "the technician reads the customer said no");
        assertEquals(List.of(LogEventTypes.CONSENT_ASKED + " by system", LogEventTypes.CONSENT_DENIED + " by system"),
                consents());
        String recap = customersRecap();
        assertTrue(recap.contains("Asked for permission to control your mouse and keyboard — it was not allowed: "
                + STOPPED_SHARING), recap);
        assertFalse(recap.contains("said no"), recap);
    }

    @Test
    void theSessionEndingWhileAskedGoesToTheTechnicianAsNotAnsweredWithWhy() {
        broker.settleAll(SettledBecause.SESSION_ENDED, "You ended the session before answering.");

        assertEquals(List.of(new ControlMessage.ControlDenied("The session ended before the customer answered.", true)),
                sent);
    }

    @Test
    void aYesAfterSharingStoppedUnderTheQuestionIsTandemsNoNotTheCustomers() throws Exception {
        sharing.set(false); // the share ended while the question was open, and nothing settled it yet

        prompts.get(0).complete(true);

        assertFalse(control.gate().isGranted());
        assertEquals(List.of(new ControlMessage.ControlDenied(
                "The customer paused sharing before their yes could be used.", true)), sent);
        assertEquals(List.of(LogEventTypes.CONSENT_ASKED + " by system", LogEventTypes.CONSENT_DENIED + " by system"),
                consents(), "one question, one ending, and the customer said yes");
        assertEquals("Things changed while the question was open, so the answer was not used.",
                lastConsent().detail("reason"));
        String recap = customersRecap();
        assertTrue(recap.contains("Asked for permission to control your mouse and keyboard — it was not allowed: "
                + "Things changed while the question was open, so the answer was not used."), recap);
        assertFalse(recap.contains("said no"), recap);
    }

    @Test
    void theCustomersNoIsTheirNo() throws Exception {
        prompts.get(0).complete(false);

        assertEquals(List.of(new ControlMessage.ControlDenied("The customer said no.")), sent);
        assertEquals(List.of(LogEventTypes.CONSENT_ASKED + " by system", LogEventTypes.CONSENT_DENIED + " by customer"),
                consents());
        assertTrue(customersRecap().contains("Asked for permission to control your mouse and keyboard — you said no."));
    }

    @Test
    void nobodyAnsweringIsSentAsBefore() throws Exception {
        prompts.get(0).complete(null);

        assertEquals(List.of(new ControlMessage.ControlDenied("The customer did not answer.", true)), sent);
        assertEquals(List.of(LogEventTypes.CONSENT_ASKED + " by system", LogEventTypes.CONSENT_TIMED_OUT + " by system"),
                consents());
    }

    @Test
    void aRequestWhileNotSharingIsNotTheCustomersNo() {
        sent.clear();
        control.ended();
        control.attach((actor, event) -> { }, sent::add, new IdentityVerdict.Verified("Dana", "Contoso Support"), broker,
                Duration.ofMinutes(1));

        control.requested(DANA, () -> false);

        assertEquals(List.of(new ControlMessage.ControlDenied("The customer is not sharing the screen.", true)), sent);
    }
}
