package org.tandem.customer.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.customer.action.Action;
import org.tandem.customer.action.ActionCatalog;
import org.tandem.customer.action.ActionEngine;
import org.tandem.customer.action.ActionReport;
import org.tandem.customer.action.Consent;
import org.tandem.customer.action.CustomerOutcomeWords;
import org.tandem.customer.consent.ConsentBroker;
import org.tandem.customer.consent.SettledBecause;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionRequest;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionResult.Outcome;
import org.tandem.shared.action.ActionRisk;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.log.LogEntry;
import org.tandem.shared.log.LogEventTypes;
import org.tandem.shared.log.LogReader;
import org.tandem.shared.log.RecapGenerator;
import org.tandem.shared.log.SessionLogVerifier;
import org.tandem.shared.log.SessionLogWriter;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.session.SessionLogbook;
import org.tandem.shared.ssh.Ed25519Keys;

/**
 * An action's question that the technician withdraws (action-cancel) while the customer is asked,
 * told apart from one that ends for any other reason, and a no the consent broker gives for the
 * customer told apart from the customer's own No: the real engine asks through the real consent
 * broker, as the session wires them, and both record in a real session log.
 */
class ActionWithdrawalTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String TECHNICIAN = "technician:Dana";
    private static final String UNINSTALL_FOO = "Uninstall “foo” version 1.2";
    private static final String STOPPED_SHARING = "You paused sharing your screen before you answered.";

    @TempDir
    Path dir;
    private final BlockingQueue<CompletableFuture<Boolean>> prompts = new LinkedBlockingQueue<>();
    private final BlockingQueue<ActionResult> results = new LinkedBlockingQueue<>();
    private final AtomicInteger runs = new AtomicInteger();
    /** Runs once an answer is recorded and before the engine hears it: where a cancel can cross a yes. */
    private volatile Runnable answerRecorded = () -> { };
    private final CompletableFuture<Void> aQuestionWaits = new CompletableFuture<>();
    private Path file;
    private SessionLogWriter writer;
    private ConsentBroker broker;
    private ActionEngine engine;

    /** An uninstall, which cannot be cancelled once it runs; it counts its runs. */
    private final Action uninstall = new Action() {
        @Override
        public ActionDescriptor descriptor() {
            return new ActionDescriptor("uninstall", "Uninstall a program", ActionRisk.CHANGE, "Removes a program.",
                    false, true, "", List.of());
        }

        @Override
        public Consent consentFor(Map<String, String> parameters) {
            return new Consent.Ask(UNINSTALL_FOO, "It removes the program and its files.", (progress, cancel) -> {
                runs.incrementAndGet();
                return ActionReport.succeeded("Removed.", List.of());
            });
        }
    };

    private void start() throws Exception {
        file = dir.resolve("customer.log");
        writer = SessionLogWriter.create(file, "482-7f3c9a", "customer", Ed25519Keys.generate(), 20, Clock.systemUTC());
        SessionLogbook book = new SessionLogbook(writer, "customer");
        broker = new ConsentBroker(book, shown -> {
            CompletableFuture<Boolean> prompt = new CompletableFuture<>();
            prompts.add(prompt);
            return prompt;
        }, () -> () -> answerRecorded.run(), Runnable::run, waiting -> {
            if (waiting == 1) {
                aQuestionWaits.complete(null);
            }
        });
        engine = new ActionEngine(new ActionCatalog("Test OS", List.of(uninstall)),
                new ActionQuestions(broker, new IdentityVerdict.Verified("Dana", "Contoso Support"), TECHNICIAN),
                book, results::add);
        engine.sessionAccepted();
    }

    @AfterEach
    void closeEverything() throws Exception {
        if (engine != null) {
            engine.close();
            assertTrue(engine.awaitTermination(WAIT));
        }
        if (writer != null) {
            writer.close();
        }
    }

    /** The technician asks to uninstall foo; returns the prompt the customer now sees. */
    private CompletableFuture<Boolean> asked(String id) throws Exception {
        engine.request(new ActionRequest(id, "uninstall", Map.of("program", "foo")));
        CompletableFuture<Boolean> prompt = prompts.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertNotNull(prompt, "the customer was not asked");
        return prompt;
    }

    private ActionResult result() throws InterruptedException {
        ActionResult result = results.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertNotNull(result, "the request did not end");
        return result;
    }

    /** The consent events of the log, as "type by actor", in order. */
    private List<String> consents() throws Exception {
        return LogReader.read(file).stream().filter(e -> e.type().startsWith("consent."))
                .map(e -> e.type() + " by " + e.actor()).toList();
    }

    private LogEntry last(String type) throws Exception {
        List<LogEntry> entries = LogReader.read(file).stream().filter(e -> e.type().equals(type)).toList();
        assertFalse(entries.isEmpty(), "no " + type);
        return entries.get(entries.size() - 1);
    }

    @Test
    void theTechnicianCancellingWhileTheCustomerIsAskedWithdrawsTheQuestion() throws Exception {
        start();
        CompletableFuture<Boolean> prompt = asked("r1");

        assertTrue(engine.handle(new ControlMessage.ActionCancel("r1")));

        ActionResult result = result();
        assertEquals(Outcome.CANCELLED, result.outcome());
        assertEquals("The technician withdrew the request before the customer answered, so nothing was done.",
                result.summary());
        assertEquals("the technician withdrew the request before you answered, so nothing was done",
                CustomerOutcomeWords.ending(result));
        assertEquals(List.of(LogEventTypes.CONSENT_ASKED + " by system", LogEventTypes.CONSENT_WITHDRAWN + " by " + TECHNICIAN),
                consents(), "one question, one ending: withdrawn by the technician");
        assertEquals("The technician withdrew the request before you answered.",
                last(LogEventTypes.CONSENT_WITHDRAWN).detail("reason"));
        assertEquals("r1", last(LogEventTypes.CONSENT_WITHDRAWN).detail("id"));
        assertTrue(prompt.isDone(), "the prompt is still up");
        prompt.complete(true); // a late Allow
        assertEquals(0, runs.get(), "the action ran");
        assertEquals(2, consents().size(), "a late Allow was recorded");
    }

    @Test
    void theCustomersRecapSaysTheTechnicianWithdrewTheQuestion() throws Exception {
        start();
        asked("r1");
        engine.handle(new ControlMessage.ActionCancel("r1"));
        result();
        writer.finish();

        String recap = new RecapGenerator(ZoneOffset.UTC).markdown(LogReader.read(file),
                SessionLogVerifier.verify(file), RecapGenerator.Viewpoint.CUSTOMER);

        assertTrue(recap.contains("Asked for permission to uninstall “foo” version 1.2 — the technician withdrew the "
                + "request before you answered."), recap);
        assertTrue(recap.contains("## What was done\n\nNo actions were carried out on your computer."),
                "it did not run: " + recap);
        assertFalse(recap.contains("not allowed"), recap);
        assertFalse(recap.contains("the customer"), recap);
    }

    @Test
    void theSessionEndingWhileTheCustomerIsAskedIsNoWithdrawal() throws Exception {
        start();
        CompletableFuture<Boolean> prompt = asked("r1");

        engine.close();

        ActionResult result = result();
        assertEquals(Outcome.CANCELLED, result.outcome());
        assertEquals("The session ended before the customer answered, so nothing was done.", result.summary());
        assertEquals(List.of(LogEventTypes.CONSENT_ASKED + " by system", LogEventTypes.CONSENT_DENIED + " by system"),
                consents());
        assertEquals("The session ended before the customer answered.", last(LogEventTypes.CONSENT_DENIED).detail("reason"),
                "nothing was withdrawn");
        assertTrue(prompt.isDone(), "the prompt is still up");
        assertEquals(0, runs.get());
    }

    @Test
    void questionsSettledAsTheSessionStopsAreNoWithdrawalEither() throws Exception {
        start();
        asked("r1");

        // As the session stops: its questions are answered first, then the engine closes.
        broker.settleAll(SettledBecause.SESSION_ENDED, "You ended the session before answering.");
        broker.close();
        engine.close();

        // Whether the engine hears the no before it closes or after is a race; neither is the technician's doing,
        // nor the customer's.
        ActionResult result = result();
        assertEquals(Outcome.CANCELLED, result.outcome());
        assertEquals("The session ended before the customer answered, so nothing was done.", result.summary());
        assertEquals(List.of(LogEventTypes.CONSENT_ASKED + " by system", LogEventTypes.CONSENT_DENIED + " by system"),
                consents());
        assertEquals("You ended the session before answering.", last(LogEventTypes.CONSENT_DENIED).detail("reason"));
    }

    @Test
    void theCustomerStoppingSharingWhileAskedIsNotTheirNo() throws Exception {
        start();
        CompletableFuture<Boolean> prompt = asked("r1");

        broker.settleAll(SettledBecause.SHARING_STOPPED, STOPPED_SHARING);

        ActionResult result = result();
        assertEquals(Outcome.CANCELLED, result.outcome(), "the customer never answered");
        assertEquals("The customer paused sharing before they answered, so nothing was done.", result.summary());
        assertEquals("you paused sharing before you answered, so nothing was done", CustomerOutcomeWords.ending(result));
        assertEquals(List.of(LogEventTypes.CONSENT_ASKED + " by system", LogEventTypes.CONSENT_DENIED + " by system"),
                consents(), "one question, one ending: Tandem's no");
        assertEquals(STOPPED_SHARING, last(LogEventTypes.CONSENT_DENIED).detail("reason"));
        assertTrue(prompt.isDone(), "the prompt is still up");
        prompt.complete(true); // a late Allow
        assertEquals(0, runs.get(), "the action ran");
        assertEquals(2, consents().size(), "a late Allow was recorded");
    }

    @Test
    void theCustomersRecapSaysSharingStoppedBeforeTheyAnsweredAndNobodySaidNo() throws Exception {
        start();
        asked("r1");
        broker.settleAll(SettledBecause.SHARING_STOPPED, STOPPED_SHARING);
        result();
        writer.finish();

        String recap = new RecapGenerator(ZoneOffset.UTC).markdown(LogReader.read(file),
                SessionLogVerifier.verify(file), RecapGenerator.Viewpoint.CUSTOMER);

        assertTrue(recap.contains("Asked for permission to uninstall “foo” version 1.2 — it was not allowed: "
                + STOPPED_SHARING), recap);
        // It never ran: told with its question only, not under what was done (decision 0030).
        assertTrue(recap.contains("No actions were carried out on your computer."), recap);
        assertFalse(recap.contains("said no"), recap);
        assertFalse(recap.contains("the customer"), recap);
    }

    @Test
    void aNoGivenForTheCustomerJustBeforeTheCancelArrivesStands() throws Exception {
        start();
        asked("r1");
        answerRecorded = () -> engine.handle(new ControlMessage.ActionCancel("r1"));

        broker.settleAll(SettledBecause.SHARING_STOPPED, STOPPED_SHARING);

        ActionResult result = result();
        assertEquals(Outcome.CANCELLED, result.outcome());
        assertEquals("The customer paused sharing before they answered, so nothing was done.", result.summary());
        assertEquals(List.of(LogEventTypes.CONSENT_ASKED + " by system", LogEventTypes.CONSENT_DENIED + " by system"),
                consents(), "the withdrawal came after the question was settled");
    }

    @Test
    void theConnectionDroppingWhileAskedIsNotTheCustomersNo() throws Exception {
        start();
        asked("r1");

        broker.settleAll(SettledBecause.CONNECTION_LOST,
                "The connection to your technician was lost, so the open questions were answered no.");

        ActionResult result = result();
        assertEquals(Outcome.CANCELLED, result.outcome());
        assertEquals("The connection was lost before the customer answered, so nothing was done.", result.summary());
        assertEquals("the connection was lost before you answered, so nothing was done",
                CustomerOutcomeWords.ending(result));
        assertEquals(List.of(LogEventTypes.CONSENT_ASKED + " by system", LogEventTypes.CONSENT_DENIED + " by system"),
                consents());
    }

    @Test
    void aQuestionAskedAfterTheSessionsQuestionsClosedIsNotTheCustomersNo() throws Exception {
        start();
        broker.close();

        engine.request(new ActionRequest("r1", "uninstall", Map.of("program", "foo")));

        ActionResult result = result();
        assertEquals(Outcome.CANCELLED, result.outcome());
        assertEquals("The session ended before the customer answered, so nothing was done.", result.summary());
        assertTrue(prompts.isEmpty(), "the question was shown");
        assertEquals(0, runs.get());
    }

    @Test
    void aNoFromTheCustomerIsTheirNo() throws Exception {
        start();
        CompletableFuture<Boolean> prompt = asked("r1");

        prompt.complete(false);

        ActionResult result = result();
        assertEquals(Outcome.DENIED, result.outcome());
        assertEquals("The customer said no, so nothing was done.", result.summary());
        assertEquals("you said no, so nothing was done", CustomerOutcomeWords.ending(result));
        assertEquals(List.of(LogEventTypes.CONSENT_ASKED + " by system", LogEventTypes.CONSENT_DENIED + " by customer"),
                consents());
        assertEquals(0, runs.get());
    }

    @Test
    void theCustomersRecapSaysAYesThatCrossedTheWithdrawalRanNothing() throws Exception {
        start();
        CompletableFuture<Boolean> prompt = asked("r1");
        answerRecorded = () -> engine.handle(new ControlMessage.ActionCancel("r1"));
        prompt.complete(true);
        result();
        writer.finish();

        String recap = new RecapGenerator(ZoneOffset.UTC).markdown(LogReader.read(file),
                SessionLogVerifier.verify(file), RecapGenerator.Viewpoint.CUSTOMER);

        assertTrue(recap.contains("Asked for permission to uninstall “foo” version 1.2 — you allowed it."), recap);
        assertTrue(recap.contains("## What was done\n\nNo actions were carried out on your computer."), recap);
        // Allowed, yet it did not run: the question's line cannot tell that, so what was not done does.
        assertTrue(recap.contains("## What was not done\n\n- "), recap);
        assertTrue(recap.contains(" Your technician asked to uninstall “foo” version 1.2 — cancelled: The customer allowed "
                + "it just as the technician withdrew the request, so nothing was done.\n"), recap);
    }

    @Test
    void aYesRecordedJustBeforeTheCancelArrivesKeepsItsAnswerAndRunsNothing() throws Exception {
        start();
        CompletableFuture<Boolean> prompt = asked("r1");
        answerRecorded = () -> engine.handle(new ControlMessage.ActionCancel("r1"));

        prompt.complete(true);

        ActionResult result = result();
        assertEquals(Outcome.CANCELLED, result.outcome());
        assertEquals("The customer allowed it just as the technician withdrew the request, so nothing was done.",
                result.summary());
        assertEquals("you allowed it just as the technician withdrew the request, so nothing was done",
                CustomerOutcomeWords.ending(result));
        assertEquals(List.of(LogEventTypes.CONSENT_ASKED + " by system", LogEventTypes.CONSENT_GRANTED + " by customer"),
                consents(), "the yes stands on the record, and nothing else ends the question");
        assertEquals(0, runs.get(), "a yes that crossed the withdrawal ran the action");
        assertTrue(LogReader.read(file).stream().noneMatch(e -> e.type().equals(LogEventTypes.ACTION_STARTED)));
    }

    @Test
    void aCancelThatCrossesTheYesIsOnTheCustomersRecordBeforeTheRequestEnds() throws Exception {
        start();
        CompletableFuture<Boolean> prompt = asked("r1");
        answerRecorded = () -> engine.handle(new ControlMessage.ActionCancel("r1"));

        prompt.complete(true);
        result();

        List<String> types = LogReader.read(file).stream().map(LogEntry::type)
                .filter(type -> type.startsWith("action.") || type.startsWith("consent.")).toList();
        assertEquals(List.of(LogEventTypes.ACTION_REQUESTED, LogEventTypes.CONSENT_ASKED, LogEventTypes.CONSENT_GRANTED,
                LogEventTypes.ACTION_STOP_REQUESTED, LogEventTypes.ACTION_RESULT), types,
                "the technician's stop is not on the record before the request ends");
        LogEntry stop = last(LogEventTypes.ACTION_STOP_REQUESTED);
        assertEquals(TECHNICIAN, stop.actor());
        assertEquals("The technician stopped it before it started.", stop.detail("reason"));
    }

    @Test
    void aNoRecordedJustBeforeTheCancelArrivesIsTheAnswer() throws Exception {
        start();
        CompletableFuture<Boolean> prompt = asked("r1");
        answerRecorded = () -> engine.handle(new ControlMessage.ActionCancel("r1"));

        prompt.complete(false);

        ActionResult result = result();
        assertEquals(Outcome.DENIED, result.outcome());
        assertEquals("The customer said no, so nothing was done.", result.summary());
        assertEquals(List.of(LogEventTypes.CONSENT_ASKED + " by system", LogEventTypes.CONSENT_DENIED + " by customer"),
                consents());
        assertEquals(0, runs.get());
    }

    @Test
    void aQuestionWithdrawnWhileItWaitsIsNeverShown() throws Exception {
        start();
        CompletableFuture<Boolean> first = asked("r1");
        engine.request(new ActionRequest("r2", "uninstall", Map.of("program", "foo")));
        aQuestionWaits.get(WAIT.toSeconds(), TimeUnit.SECONDS);

        engine.handle(new ControlMessage.ActionCancel("r2"));

        ActionResult withdrawn = result();
        assertEquals("r2", withdrawn.requestId());
        assertEquals(Outcome.CANCELLED, withdrawn.outcome());
        assertEquals(LogEventTypes.CONSENT_WITHDRAWN, last(LogEventTypes.CONSENT_WITHDRAWN).type());
        assertEquals("r2", last(LogEventTypes.CONSENT_WITHDRAWN).detail("id"));
        first.complete(true);
        assertEquals(Outcome.SUCCEEDED, result().outcome());
        assertTrue(prompts.isEmpty(), "the withdrawn question was shown");
        assertEquals(1, runs.get());
    }
}
