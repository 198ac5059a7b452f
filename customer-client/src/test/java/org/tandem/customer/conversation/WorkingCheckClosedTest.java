package org.tandem.customer.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.customer.consent.ConsentBroker;
import org.tandem.customer.consent.SettledBecause;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.log.LogEntry;
import org.tandem.shared.log.LogEventTypes;
import org.tandem.shared.log.LogReader;
import org.tandem.shared.log.RecapGenerator;
import org.tandem.shared.log.SessionLogVerifier;
import org.tandem.shared.log.SessionLogWriter;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.SessionMessage;
import org.tandem.shared.session.SessionLogbook;
import org.tandem.shared.ssh.Ed25519Keys;

/**
 * "Is everything working now?" closed by the consent broker before the customer answered (sharing
 * stopped, the connection was lost, the session ended) is not answered, with why: on the wire, in the
 * customer's log and in their recap; never "no", which only the customer's own No is. Real
 * conversation, consent broker and session log.
 */
class WorkingCheckClosedTest {
    @TempDir
    Path dir;
    private final List<SessionMessage> sent = new CopyOnWriteArrayList<>();
    private final List<String> offered = new CopyOnWriteArrayList<>();
    private final List<CompletableFuture<Boolean>> prompts = new CopyOnWriteArrayList<>();
    private Path file;
    private SessionLogWriter writer;
    private ConsentBroker broker;

    @BeforeEach
    void askWhetherItWorks() throws Exception {
        file = dir.resolve("customer.log");
        writer = SessionLogWriter.create(file, "482-7f3c9a", "customer", Ed25519Keys.generate(), 20, Clock.systemUTC());
        SessionLogbook book = new SessionLogbook(writer, "customer");
        broker = new ConsentBroker(book, request -> {
            CompletableFuture<Boolean> shown = new CompletableFuture<>();
            prompts.add(shown);
            return shown;
        }, () -> () -> { }, Runnable::run, waiting -> { });
        CustomerConversation conversation = new CustomerConversation(new CustomerConversation.Parts(book, sent::add,
                broker, new IdentityVerdict.Verified("Dana Scully", "Contoso Support"), "technician:Dana Scully",
                Duration.ofMinutes(1)), new CustomerConversation.Listener() {
                    @Override
                    public void wrapUpOffered(String answer) {
                        offered.add(answer);
                    }
                }, Clock.systemUTC());
        conversation.handle(new ControlMessage.WorkingCheck());
        assertEquals(1, prompts.size(), "the customer was not asked");
    }

    @AfterEach
    void closeLog() throws Exception {
        writer.close();
    }

    /** The one message sent: the answer to the check. */
    private ControlMessage.WorkingAnswer answer() {
        assertEquals(1, sent.size(), sent.toString());
        return assertInstanceOf(ControlMessage.WorkingAnswer.class, sent.get(0));
    }

    private LogEntry answered() throws Exception {
        List<LogEntry> answers = LogReader.read(file).stream()
                .filter(e -> e.type().equals(LogEventTypes.CHECK_ANSWERED)).toList();
        assertEquals(1, answers.size(), answers.toString());
        return answers.get(0);
    }

    private String customersRecap() throws Exception {
        writer.finish();
        return new RecapGenerator(ZoneOffset.UTC).markdown(LogReader.read(file), SessionLogVerifier.verify(file),
                RecapGenerator.Viewpoint.CUSTOMER);
    }

    @Test
    void sharingStoppedWhileAskedIsNotAnsweredWithWhy() throws Exception {
        broker.settleAll(SettledBecause.SHARING_STOPPED, ConsentBroker.SHARING_PAUSED);

        assertEquals(ControlMessage.WorkingAnswer.notAnswered("The customer paused sharing before they answered."), answer(),
                "the technician reads the customer said no");
        assertEquals("not answered", answered().detail("answer"), "the customer's log says they said no");
        assertEquals("You paused sharing your screen before you answered.", answered().detail("reason"));
        assertEquals("system", answered().actor());
        assertEquals(List.of("not answered"), offered, "the customer's window reads that they did not answer");
        String recap = customersRecap();
        assertTrue(recap.contains("Is everything working now? — not answered: You paused sharing your screen before "
                + "you answered."), recap);
        assertFalse(recap.contains("you said no"), recap);
    }

    @Test
    void theConnectionLostWhileAskedIsNotAnsweredWithWhy() throws Exception {
        broker.settleAll(SettledBecause.CONNECTION_LOST, ConsentBroker.CONNECTION_LOST);

        assertEquals(ControlMessage.WorkingAnswer.notAnswered("The connection was lost before the customer answered."),
                answer());
        assertEquals("The connection to your technician was lost before you answered.", answered().detail("reason"));
    }

    @Test
    void theSessionEndingWhileAskedIsNotAnsweredWithWhy() throws Exception {
        broker.settleAll(SettledBecause.SESSION_ENDED, "The technician ended the session before you answered.");

        assertEquals(ControlMessage.WorkingAnswer.notAnswered("The session ended before the customer answered."),
                answer());
        assertEquals("The technician ended the session before you answered.", answered().detail("reason"));
        assertTrue(customersRecap().contains("Is everything working now? — not answered: The technician ended the "
                + "session before you answered."));
    }

    @Test
    void theCustomersNoIsTheirNo() throws Exception {
        prompts.get(0).complete(false);

        assertEquals(new ControlMessage.WorkingAnswer("no"), answer());
        assertEquals("no", answered().detail("answer"));
        assertEquals("customer", answered().actor());
        assertTrue(customersRecap().contains("Is everything working now? — you said no."));
    }

    @Test
    void nobodyAnsweringIsNoAnswer() throws Exception {
        prompts.get(0).complete(null);

        assertEquals(new ControlMessage.WorkingAnswer("no answer"), answer());
        assertEquals("no answer", answered().detail("answer"));
        assertTrue(customersRecap().contains("Is everything working now? — nobody answered."));
    }
}
