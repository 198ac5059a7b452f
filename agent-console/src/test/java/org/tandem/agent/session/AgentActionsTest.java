package org.tandem.agent.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionResult.Outcome;
import org.tandem.shared.log.LogEntry;
import org.tandem.shared.log.LogEntryFormatter;
import org.tandem.shared.log.LogEventTypes;
import org.tandem.shared.log.LogReader;
import org.tandem.shared.log.RecapGenerator;
import org.tandem.shared.log.SessionLogVerifier;
import org.tandem.shared.message.ControlMessage;

/**
 * What the console's own log keeps of an action's question that ends while the customer is asked:
 * withdrawn by the technician when they cancelled it, the customer's answer when that came first, no
 * answer when nobody answered, and for any other end (the question could not be shown, the session
 * ended) a no that Tandem gave, with the customer's side's words for why, never the customer's no.
 */
class AgentActionsTest extends ConsoleActionLogTest {
    /** The technician asks to uninstall foo and the customer's side says the customer is being asked. */
    private String askedAbout() throws Exception {
        String id = actions.request(UNINSTALL, Map.of("program", "foo"), book, TECHNICIAN, sent::add);
        assertTrue(actions.handle(new ControlMessage.ActionConsentAsked(id, PROMPT), book, TECHNICIAN));
        return id;
    }

    private void finished(String id, Outcome outcome, String summary) throws Exception {
        assertTrue(actions.handle(new ControlMessage.ActionFinished(ActionResult.of(id, outcome, summary)), book,
                TECHNICIAN));
    }

    /** The consent events of the console's log, as "type by actor", in order. */
    private List<String> consents() throws Exception {
        return LogReader.read(file).stream().filter(e -> e.type().startsWith("consent."))
                .map(e -> e.type() + " by " + e.actor()).toList();
    }

    /** What the console's timelines (Activity, History) say of this entry of the log. */
    private String timeline(LogEntry entry) throws Exception {
        List<LogEntry> log = LogReader.read(file);
        return LogEntryFormatter.titles(log).get(log.indexOf(entry));
    }

    @Test
    void theQuestionPutToTheCustomerIsRecordedAsTandemsNotAsSomethingTheCustomerDid() throws Exception {
        askedAbout();

        assertEquals(List.of("consent.asked by system"), consents());
    }

    @Test
    void theTechnicianAsksForAnActionAndTandemRunsItAndTellsHowItEnded() throws Exception {
        String id = askedAbout();
        assertTrue(actions.handle(new ControlMessage.ActionStarted(id), book, TECHNICIAN));
        finished(id, Outcome.SUCCEEDED, "Removed “foo” version 1.2.");

        List<String> actors = LogReader.read(file).stream().filter(e -> e.type().startsWith("action."))
                .map(e -> e.type() + " by " + e.actor()).toList();
        assertEquals(List.of("action.requested by " + TECHNICIAN, "action.started by system", "action.result by system"),
                actors, "the Activity tab's Who said the technician ran and finished what ran on the customer's computer");
    }

    @Test
    void theTechniciansStopOfARunningActionIsRecordedAsTheirsBeforeTheStopIsSent() throws Exception {
        String id = askedAbout();
        assertTrue(actions.handle(new ControlMessage.ActionStarted(id), book, TECHNICIAN));
        int sentBefore = sent.size();
        List<String> recordedWhenSent = new ArrayList<>();

        actions.cancel(id, book, TECHNICIAN, message -> {
            sent.add(message);
            try {
                LogReader.read(file).forEach(e -> recordedWhenSent.add(e.type() + " by " + e.actor()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertEquals(new ControlMessage.ActionCancel(id), sent.get(sentBefore));
        assertEquals(LogEventTypes.ACTION_STOP_REQUESTED + " by " + TECHNICIAN,
                recordedWhenSent.get(recordedWhenSent.size() - 1), "the stop is in the log before it is sent");
        LogEntry stop = LogReader.read(file).stream()
                .filter(e -> e.type().equals(LogEventTypes.ACTION_STOP_REQUESTED)).findFirst().orElseThrow();
        assertEquals(id, stop.detail("id"));
        assertEquals("Technician asked to stop: Uninstall a program called “foo”", timeline(stop));
    }

    @Test
    void aQuestionWithdrawnBeforeItsAnswerIsNotRecordedAsAStopOfSomethingRunning() throws Exception {
        String id = askedAbout();

        actions.cancel(id, book, TECHNICIAN, sent::add);

        assertFalse(LogReader.read(file).stream().anyMatch(e -> e.type().equals(LogEventTypes.ACTION_STOP_REQUESTED)));
    }

    @Test
    void aQuestionTheTechnicianWithdrewIsKeptAsTheirWithdrawal() throws Exception {
        String id = askedAbout();

        actions.cancel(id, book, TECHNICIAN, sent::add);
        finished(id, Outcome.CANCELLED,
                "The technician withdrew the request before the customer answered, so nothing was done.");

        assertEquals(new ControlMessage.ActionCancel(id), sent.get(sent.size() - 1));
        assertEquals(List.of(LogEventTypes.CONSENT_ASKED + " by system", LogEventTypes.CONSENT_WITHDRAWN + " by " + TECHNICIAN),
                consents(), "one question, one ending: withdrawn by the technician");
        LogEntry withdrawn = LogReader.read(file).stream()
                .filter(e -> e.type().equals(LogEventTypes.CONSENT_WITHDRAWN)).findFirst().orElseThrow();
        assertEquals(id, withdrawn.detail("id"));
        assertEquals("Request withdrawn before an answer: Uninstall a program called “foo”", timeline(withdrawn),
                "the timeline");
        assertEquals(ActionStatus.Stage.CANCELLED, actions.status(id).orElseThrow().stage());
    }

    @Test
    void theTechniciansRecapDoesNotSayTheCustomerWasAskedAboutARequestThatFailedItsCheck() throws Exception {
        String id = actions.request(UNINSTALL, Map.of("program", "nano"), book, TECHNICIAN, sent::add);
        finished(id, Outcome.FAILED, "No program called “nano” is installed on this computer.");
        writer.finish();

        String recap = new RecapGenerator(ZoneOffset.UTC).markdown(LogReader.read(file), SessionLogVerifier.verify(file),
                RecapGenerator.Viewpoint.TECHNICIAN);

        assertTrue(recap.contains("## What the customer was asked to allow\n\nThe customer was not asked for any "
                + "permission.\n\n## "), recap);
        assertTrue(recap.contains("## What was done\n\nNo actions were carried out on the customer's computer."), recap);
        assertTrue(recap.contains(" You asked to uninstall a program called “nano” — failed: No program called “nano” is "
                + "installed on this computer. The customer was not asked about it.\n"), recap);
        assertTrue(recap.indexOf("## What was not done") < recap.indexOf("You asked to uninstall"), recap);
    }

    @Test
    void theTechniciansRecapSaysTheyWithdrewTheQuestion() throws Exception {
        String id = askedAbout();
        actions.cancel(id, book, TECHNICIAN, sent::add);
        finished(id, Outcome.CANCELLED,
                "The technician withdrew the request before the customer answered, so nothing was done.");
        writer.finish();

        String recap = new RecapGenerator(ZoneOffset.UTC).markdown(LogReader.read(file), SessionLogVerifier.verify(file),
                RecapGenerator.Viewpoint.TECHNICIAN);

        assertTrue(recap.contains("Asked for permission to uninstall a program called “foo” — the technician withdrew "
                + "the request before the customer answered."), recap);
        assertTrue(recap.contains("## What was done\n\nNo actions were carried out on the customer's computer."), recap);
        assertFalse(recap.contains("the customer said no"), recap);
    }

    @Test
    void aNoTheCustomerGaveBeforeTheCancelArrivedIsTheirNo() throws Exception {
        String id = askedAbout();

        actions.cancel(id, book, TECHNICIAN, sent::add);
        finished(id, Outcome.DENIED, "The customer said no, so nothing was done.");

        assertEquals(List.of(LogEventTypes.CONSENT_ASKED + " by system", LogEventTypes.CONSENT_DENIED + " by customer"),
                consents());
    }

    @Test
    void aQuestionClosedWithoutTheTechniciansCancelIsNoWithdrawal() throws Exception {
        String id = askedAbout();

        finished(id, Outcome.CANCELLED, "The session ended before the customer answered, so nothing was done.");

        assertFalse(consents().contains(LogEventTypes.CONSENT_WITHDRAWN + " by " + TECHNICIAN), consents().toString());
    }

    /** The consent decision of the console's log, the one line there is. */
    private LogEntry decision() throws Exception {
        List<LogEntry> decided = LogReader.read(file).stream()
                .filter(e -> e.type().startsWith("consent.") && !e.type().equals(LogEventTypes.CONSENT_ASKED)).toList();
        assertEquals(1, decided.size(), decided.toString());
        return decided.get(0);
    }

    private String techniciansRecap() throws Exception {
        writer.finish();
        return new RecapGenerator(ZoneOffset.UTC).markdown(LogReader.read(file), SessionLogVerifier.verify(file),
                RecapGenerator.Viewpoint.TECHNICIAN);
    }

    @Test
    void aNoIsTheCustomersNo() throws Exception {
        String id = askedAbout();

        finished(id, Outcome.DENIED, "The customer said no, so nothing was done.");

        assertEquals(List.of(LogEventTypes.CONSENT_ASKED + " by system", LogEventTypes.CONSENT_DENIED + " by customer"),
                consents());
        assertEquals("Customer said no: Uninstall a program called “foo”", timeline(decision()));
        assertTrue(techniciansRecap().contains("Asked for permission to uninstall a program called “foo” — the customer "
                + "said no."));
    }

    @Test
    void nobodyAnsweringIsNoAnswerTandemRecordedNotTheCustomers() throws Exception {
        String id = askedAbout();

        finished(id, Outcome.TIMED_OUT, "Nobody answered within 1 minute, so nothing was done.");

        assertEquals(List.of(LogEventTypes.CONSENT_ASKED + " by system", LogEventTypes.CONSENT_TIMED_OUT + " by system"),
                consents(), "nobody answered: not an answer of the customer's");
        assertEquals("Tandem — No answer in time: Uninstall a program called “foo”",
                LogEntryFormatter.actor(decision()) + " — " + timeline(decision()), "the timeline");
        String recap = techniciansRecap();
        assertTrue(recap.contains("Asked for permission to uninstall a program called “foo” — the customer did not answer "
                + "in time, so it was not allowed."), recap);
        assertFalse(recap.contains("the customer said no"), recap);
    }

    /** Every other end of an open question the customer's side reports: what it sends, word for word. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "FAILED    | The question could not be shown to the customer, so nothing was done.",
            "FAILED    | This computer could not record the customer's answer, so nothing was done.",
            "CANCELLED | The session ended before the customer answered, so nothing was done.",
            "CANCELLED | The customer paused sharing before they answered, so nothing was done.",
            "CANCELLED | The connection was lost before the customer answered, so nothing was done."})
    void aQuestionClosedWithoutAnAnswerIsTandemsNoWithTheCustomersSideReason(Outcome outcome, String summary)
            throws Exception {
        String id = askedAbout();

        finished(id, outcome, summary);

        assertEquals(List.of(LogEventTypes.CONSENT_ASKED + " by system", LogEventTypes.CONSENT_DENIED + " by system"),
                consents(), "not the customer's answer");
        LogEntry closed = decision();
        assertEquals(id, closed.detail("id"));
        assertEquals(summary, closed.detail("reason"));
        assertEquals("Tandem — Not allowed: Uninstall a program called “foo” (" + summary.replaceAll("\\.$", "") + ")",
                LogEntryFormatter.actor(closed) + " — " + timeline(closed), "the timeline");
        String recap = techniciansRecap();
        assertTrue(recap.contains("Asked for permission to uninstall a program called “foo” — it was not allowed: "
                + summary), recap);
        assertTrue(recap.contains("## What was done\n\nNo actions were carried out on the customer's computer."),
                "it did not run: " + recap);
        assertFalse(recap.contains("the customer said no"), recap);
        assertNotEquals(ActionStatus.Stage.DENIED, actions.status(id).orElseThrow().stage(), "“denied by the customer”");
    }

    @Test
    void aResultThatSaysItRanWithoutAStartLeavesTheQuestionUnanswered() throws Exception {
        String id = askedAbout();

        finished(id, Outcome.SUCCEEDED, "Removed.");

        assertEquals(List.of(LogEventTypes.CONSENT_ASKED + " by system"), consents(),
                "the console does not know how the question ended, so it records no answer");
        String recap = techniciansRecap();
        assertTrue(recap.contains("Asked for permission to uninstall a program called “foo” — no answer was recorded."),
                recap);
    }
}
