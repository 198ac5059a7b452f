package org.tandem.agent.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.conversation.PlanStep;
import org.tandem.shared.conversation.StepState;
import org.tandem.shared.log.LogEntry;
import org.tandem.shared.log.LogReader;
import org.tandem.shared.log.RecapGenerator;
import org.tandem.shared.log.SessionLogVerifier;
import org.tandem.shared.log.SessionLogWriter;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.session.SessionEnding;
import org.tandem.shared.session.SessionLogbook;
import org.tandem.shared.ssh.Ed25519Keys;

/**
 * A question the customer's side closed before the customer answered (sharing stopped, the session
 * ended, …) is kept in the console's log as a no Tandem gave, with the reason it was sent, and the
 * technician's recap says so; only the customer's No reads "the customer said no" (decision 0031).
 * Real conversation, log and recap.
 */
class QuestionNotAnsweredTest {
    private static final String DANA = "technician:Dana Scully";
    private static final String STOPPED = "Sharing stopped before the customer answered.";

    @TempDir
    Path dir;
    private final List<String> heard = new CopyOnWriteArrayList<>();
    private Path file;
    private SessionLogbook book;
    private AgentConversation conversation;

    @BeforeEach
    void open() throws Exception {
        file = dir.resolve("technician.log");
        book = new SessionLogbook(SessionLogWriter.create(file, "s1", DANA, Ed25519Keys.generate(), 50,
                Clock.systemUTC()), DANA);
        conversation = new AgentConversation(book, DANA, message -> { }, new AgentConversation.Listener() {
            @Override
            public void planStepAnswered(ControlMessage.PlanStepAnswered answer) {
                heard.add(answer.stepId() + " " + answer.reason());
            }

            @Override
            public void workingAnswered(ControlMessage.WorkingAnswer answer) {
                heard.add("working " + answer.answer() + " " + answer.reason());
            }
        }, Clock.systemUTC());
        conversation.setPlan(List.of(new PlanStep("s1", "Reinstall the driver", "", "", StepState.NEEDS_OK),
                new PlanStep("s2", "Restart the spooler", "", "", StepState.NEEDS_OK),
                new PlanStep("s3", "Print a test page", "", "", StepState.NEEDS_OK)));
    }

    /** The consent events of the console's log, as "type by actor: reason", in order. */
    private List<String> consents() throws Exception {
        return LogReader.read(file).stream().filter(e -> e.type().startsWith("consent."))
                .map(e -> e.type() + " by " + e.actor() + ": " + e.detail("reason")).toList();
    }

    private String techniciansRecap() throws Exception {
        book.lost(SessionEnding.TECHNICIAN_ENDED);
        List<LogEntry> entries = LogReader.read(file);
        return new RecapGenerator(ZoneOffset.UTC).markdown(entries, SessionLogVerifier.verify(file),
                RecapGenerator.Viewpoint.TECHNICIAN);
    }

    @Test
    void aStepNotAnsweredIsTandemsNoWithTheReasonAndTheCustomersNoIsTheirs() throws Exception {
        conversation.handle(ControlMessage.PlanStepAnswered.notAnswered("s1", STOPPED));
        conversation.handle(ControlMessage.PlanStepAnswered.saidNo("s2"));
        conversation.handle(ControlMessage.PlanStepAnswered.nobodyAnswered("s3"));

        assertEquals(List.of("consent.denied by system: " + STOPPED, "consent.denied by customer: ",
                "consent.timed-out by customer: "), consents());
        assertEquals(List.of("s1 " + STOPPED, "s2 ", "s3 "), heard, "the live view hears why");
        String recap = techniciansRecap();
        assertTrue(recap.contains("Asked for permission to go ahead with the step “Reinstall the driver” — it was not "
                + "allowed: " + STOPPED), recap);
        assertTrue(recap.contains("Asked for permission to go ahead with the step “Restart the spooler” — the customer "
                + "said no."), recap);
        assertFalse(recap.contains("“Reinstall the driver” — the customer said no"), recap);
    }

    @Test
    void aWorkingCheckNotAnsweredIsTandemsWithTheReasonNotTheCustomersNo() throws Exception {
        conversation.askWorking();

        conversation.handle(ControlMessage.WorkingAnswer.notAnswered(STOPPED));

        LogEntry answered = LogReader.read(file).stream().filter(e -> e.type().equals("check.answered")).findFirst()
                .orElseThrow();
        assertEquals("not answered", answered.detail("answer"));
        assertEquals(STOPPED, answered.detail("reason"));
        assertEquals("system", answered.actor());
        assertEquals(List.of("working not answered " + STOPPED), heard);
        String recap = techniciansRecap();
        assertTrue(recap.contains("Is everything working now? — not answered: " + STOPPED), recap);
        assertFalse(recap.contains("the customer said no"), recap);
    }
}
