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
import org.tandem.shared.log.LogEntryFormatter;
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
 * technician's recap says so; only the customer's No reads "the customer said no" (decision 0031). A
 * question nobody answered in time is recorded by {@code system}, as the customer's side records it
 * (decision 0033). Real conversation, log and recap.
 */
class QuestionNotAnsweredTest {
    private static final String DANA = "technician:Dana Scully";
    private static final String STOPPED = "The customer paused sharing before they answered.";

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
                "consent.timed-out by system: "), consents());
        assertEquals(List.of("s1 " + STOPPED, "s2 ", "s3 "), heard, "the live view hears why");
        String recap = techniciansRecap();
        assertTrue(recap.contains("Asked for permission to go ahead with the step “Reinstall the driver” — it was not "
                + "allowed: " + STOPPED), recap);
        assertTrue(recap.contains("Asked for permission to go ahead with the step “Restart the spooler” — the customer "
                + "said no."), recap);
        assertFalse(recap.contains("“Reinstall the driver” — the customer said no"), recap);
        assertTrue(recap.contains("Asked for permission to go ahead with the step “Print a test page” — the customer "
                + "did not answer in time, so it was not allowed."), recap);
    }

    @Test
    void aStepNobodyAnsweredInTimeIsRecordedByTandemNotTheCustomer() throws Exception {
        conversation.handle(ControlMessage.PlanStepAnswered.nobodyAnswered("s1"));

        LogEntry timedOut = LogReader.read(file).stream().filter(e -> e.type().equals("consent.timed-out")).findFirst()
                .orElseThrow();
        assertEquals("system", timedOut.actor(), "nobody answered, so the customer did nothing");
        assertEquals("Tandem — No answer in time: go ahead with the step “Reinstall the driver”",
                LogEntryFormatter.actor(timedOut) + " — " + LogEntryFormatter.title(timedOut), "the timeline");
        assertEquals(List.of("s1 "), heard, "the plan tab hears nobody answered");
    }

    @Test
    void aWorkingCheckNobodyAnsweredInTimeIsRecordedByTandemNotTheCustomer() throws Exception {
        conversation.askWorking();

        conversation.handle(new ControlMessage.WorkingAnswer("no answer"));

        LogEntry answered = LogReader.read(file).stream().filter(e -> e.type().equals("check.answered")).findFirst()
                .orElseThrow();
        assertEquals("no answer", answered.detail("answer"));
        assertEquals("system", answered.actor(), "nobody answered, so the customer did nothing");
        assertEquals("Tandem — Is everything working now? no answer",
                LogEntryFormatter.actor(answered) + " — " + LogEntryFormatter.title(answered), "the timeline");
        assertEquals(List.of("working no answer "), heard, "the wrap-up tab hears nobody answered");
        String recap = techniciansRecap();
        assertTrue(recap.contains("Is everything working now? — nobody answered."), recap);
        assertFalse(recap.contains("the customer said no"), recap);
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
