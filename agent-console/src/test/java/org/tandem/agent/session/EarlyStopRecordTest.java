package org.tandem.agent.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionResult.Outcome;
import org.tandem.shared.action.ActionRisk;
import org.tandem.shared.log.LogEntry;
import org.tandem.shared.log.LogEntryFormatter;
import org.tandem.shared.log.LogEventTypes;
import org.tandem.shared.log.LogReader;
import org.tandem.shared.log.RecapGenerator;
import org.tandem.shared.log.SessionLogVerifier;
import org.tandem.shared.message.ControlMessage;

/**
 * What the console's own log keeps of the technician's stop that lands before anything was done (decision
 * 0051), as the customer's side records it: before the customer was asked, a stop on record before the
 * result and no question; once the customer said yes and before the start, their yes and then the stop,
 * never a question withdrawn before it was answered. The results are the customer's side's, word for word.
 */
class EarlyStopRecordTest extends ConsoleActionLogTest {
    private static final ActionDescriptor DISK = new ActionDescriptor("disk", "Show disk usage", ActionRisk.READ,
            "Reads how full the disks are.", true, true, "", List.of());

    private void finished(String id, String summary) throws Exception {
        assertTrue(actions.handle(new ControlMessage.ActionFinished(ActionResult.of(id, Outcome.CANCELLED, summary)), book,
                TECHNICIAN));
    }

    /** The action and consent events of the console's log, as "type by actor", in order. */
    private List<String> events() throws Exception {
        return LogReader.read(file).stream().filter(e -> e.type().startsWith("action.") || e.type().startsWith("consent."))
                .map(e -> e.type() + " by " + e.actor()).toList();
    }

    private LogEntry stop() throws Exception {
        return LogReader.read(file).stream().filter(e -> e.type().equals(LogEventTypes.ACTION_STOP_REQUESTED))
                .findFirst().orElseThrow(() -> new AssertionError("no stop on record"));
    }

    private String timeline(LogEntry entry) throws Exception {
        List<LogEntry> log = LogReader.read(file);
        return LogEntryFormatter.titles(log).get(log.indexOf(entry));
    }

    @Test
    void aCancelBeforeTheCustomerWasAskedIsOnTheConsolesRecordBeforeTheResult() throws Exception {
        String id = actions.request(UNINSTALL, Map.of("program", "foo"), book, TECHNICIAN, sent::add);

        actions.cancel(id, book, TECHNICIAN, sent::add);
        finished(id, "The technician withdrew the request before the customer was asked, so nothing was done.");

        assertEquals(new ControlMessage.ActionCancel(id), sent.get(sent.size() - 1));
        assertEquals(List.of(LogEventTypes.ACTION_REQUESTED + " by " + TECHNICIAN,
                LogEventTypes.ACTION_STOP_REQUESTED + " by " + TECHNICIAN, LogEventTypes.ACTION_RESULT + " by system"),
                events(), "the technician's withdrawal is not on the console's record, or a question is");
        assertEquals(id, stop().detail("id"));
        assertEquals("The technician withdrew the request before the customer was asked.", stop().detail("reason"));
        assertEquals("Technician asked to stop: Uninstall a program called “foo”", timeline(stop()));
    }

    @Test
    void aLookStoppedBeforeItStartedIsOnTheConsolesRecordBeforeTheResult() throws Exception {
        String id = actions.request(DISK, Map.of(), book, TECHNICIAN, sent::add);

        actions.cancel(id, book, TECHNICIAN, sent::add);
        finished(id, "Cancelled by the technician before it started, so nothing was done.");

        assertEquals(List.of(LogEventTypes.ACTION_REQUESTED + " by " + TECHNICIAN,
                LogEventTypes.ACTION_STOP_REQUESTED + " by " + TECHNICIAN, LogEventTypes.ACTION_RESULT + " by system"),
                events());
        assertEquals("The technician stopped it before it started.", stop().detail("reason"));
    }

    @Test
    void aQuestionWithdrawnWhileItWaitedUnseenIsNotTakenForOneNeverPut() throws Exception {
        String id = actions.request(UNINSTALL, Map.of("program", "foo"), book, TECHNICIAN, sent::add);

        // The customer's side put the question behind another and withdrew it there: it says so, and its own log
        // has the question and its withdrawal; this side never heard of the question.
        actions.cancel(id, book, TECHNICIAN, sent::add);
        finished(id, "The technician withdrew the request before the customer answered, so nothing was done.");

        assertEquals(List.of(LogEventTypes.ACTION_REQUESTED + " by " + TECHNICIAN, LogEventTypes.ACTION_RESULT + " by system"),
                events(), "a stop before any question is recorded for a question that was put");
    }

    @Test
    void aStopBetweenTheCustomersYesAndTheStartKeepsTheirYesAndIsNoWithdrawal() throws Exception {
        assertStoppedAfterTheYes("Cancelled by the technician before it started, so nothing was done.");
    }

    @Test
    void aCancelThatCrossedTheCustomersYesKeepsTheirYesAndIsNoWithdrawal() throws Exception {
        assertStoppedAfterTheYes("The customer allowed it just as the technician withdrew the request, so nothing was done.");
    }

    private void assertStoppedAfterTheYes(String summary) throws Exception {
        String id = actions.request(UNINSTALL, Map.of("program", "foo"), book, TECHNICIAN, sent::add);
        assertTrue(actions.handle(new ControlMessage.ActionConsentAsked(id, PROMPT), book, TECHNICIAN));

        actions.cancel(id, book, TECHNICIAN, sent::add);
        finished(id, summary);

        assertEquals(List.of(LogEventTypes.ACTION_REQUESTED + " by " + TECHNICIAN, LogEventTypes.CONSENT_ASKED + " by system",
                LogEventTypes.CONSENT_GRANTED + " by customer", LogEventTypes.ACTION_STOP_REQUESTED + " by " + TECHNICIAN,
                LogEventTypes.ACTION_RESULT + " by system"), events(),
                "the console says the technician withdrew a question the customer had said yes to");
        assertEquals("The technician stopped it before it started.", stop().detail("reason"));
        assertEquals(ActionStatus.Stage.CANCELLED, actions.status(id).orElseThrow().stage());
        assertEquals(summary, actions.status(id).orElseThrow().detail(), "the technician reads other words");
        writer.finish();
        String recap = new RecapGenerator(ZoneOffset.UTC).markdown(LogReader.read(file), SessionLogVerifier.verify(file),
                RecapGenerator.Viewpoint.TECHNICIAN);
        assertTrue(recap.contains("Asked for permission to uninstall a program called “foo” — the customer allowed it."),
                recap);
        assertTrue(recap.contains("## What was done\n\nNo actions were carried out on the customer's computer."), recap);
    }
}
