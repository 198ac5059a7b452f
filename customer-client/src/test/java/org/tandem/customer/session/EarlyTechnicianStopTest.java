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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.customer.action.Action;
import org.tandem.customer.action.ActionCatalog;
import org.tandem.customer.action.ActionEngine;
import org.tandem.customer.action.ActionListener;
import org.tandem.customer.action.ActionReport;
import org.tandem.customer.action.Consent;
import org.tandem.customer.consent.ConsentBroker;
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
 * The technician's stop that lands before anything is done (decision 0051): while the request waits in the
 * customer's intake or is being checked, before the customer is asked, it is on the customer's record
 * before the result and nobody is asked; once a request is allowed and before it starts, the customer reads
 * that it was stopped before it started and nothing was done. The real engine asks through the real
 * consent broker, as the session wires them, and both record in a real session log.
 */
class EarlyTechnicianStopTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String TECHNICIAN = "technician:Dana";

    @TempDir
    Path dir;
    private final BlockingQueue<CompletableFuture<Boolean>> prompts = new LinkedBlockingQueue<>();
    private final BlockingQueue<ActionResult> results = new LinkedBlockingQueue<>();
    private final List<String> feed = new CopyOnWriteArrayList<>();
    private final AtomicInteger runs = new AtomicInteger();
    /** The check of a request for the program "slow" has begun, and waits for {@link #releaseCheck}. */
    private final CountDownLatch checking = new CountDownLatch(1);
    private final CountDownLatch releaseCheck = new CountDownLatch(1);
    /** Runs on the engine's thread once a request is on record, before anything follows from it. */
    private volatile java.util.function.Consumer<String> onRequested = id -> { };
    private Path file;
    private SessionLogWriter writer;
    private ActionEngine engine;

    /** An uninstall; checking the program "slow" waits for the test. It counts its runs. */
    private final Action uninstall = new Action() {
        @Override
        public ActionDescriptor descriptor() {
            return new ActionDescriptor("uninstall", "Uninstall a program", ActionRisk.CHANGE, "Removes a program.",
                    false, true, "", List.of());
        }

        @Override
        public Consent consentFor(Map<String, String> parameters) {
            String program = parameters.get("program");
            if (program.equals("slow")) {
                checking.countDown();
                try {
                    assertTrue(releaseCheck.await(WAIT.toSeconds(), TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return new Consent.Ask("Uninstall “" + program + "”", "It removes the program and its files.",
                    (progress, cancel) -> {
                        runs.incrementAndGet();
                        return ActionReport.succeeded("Removed.", List.of());
                    });
        }
    };

    /** A look: it asks nobody. It counts its runs. */
    private final Action look = new Action() {
        @Override
        public ActionDescriptor descriptor() {
            return new ActionDescriptor("disk", "Show disk usage", ActionRisk.READ, "Reads how full the disks are.",
                    true, true, "", List.of());
        }

        @Override
        public Consent consentFor(Map<String, String> parameters) {
            return new Consent.Ask("Show disk usage", "It reads how full the disks are.", (progress, cancel) -> {
                runs.incrementAndGet();
                return ActionReport.succeeded("Disks read.", List.of());
            });
        }
    };

    private void start() throws Exception {
        file = dir.resolve("customer.log");
        writer = SessionLogWriter.create(file, "482-7f3c9a", "customer", Ed25519Keys.generate(), 20, Clock.systemUTC());
        SessionLogbook book = new SessionLogbook(writer, "customer");
        ConsentBroker broker = new ConsentBroker(book, shown -> {
            CompletableFuture<Boolean> prompt = new CompletableFuture<>();
            prompts.add(prompt);
            return prompt;
        }, () -> () -> { }, Runnable::run, waiting -> { });
        ActionListener hooks = new ActionListener() {
            @Override
            public void requested(String requestId, ActionRisk risk, String what) {
                onRequested.accept(requestId);
            }

            @Override
            public void finished(ActionResult result) {
                results.add(result);
            }
        };
        engine = new ActionEngine(new ActionCatalog("Test OS", List.of(uninstall, look)),
                new ActionQuestions(broker, new IdentityVerdict.Verified("Dana", "Contoso Support"), TECHNICIAN),
                book, ActionListener.both(new ActivityFeed("Dana", feed::add, Clock.systemUTC()), hooks));
        engine.sessionAccepted();
    }

    @AfterEach
    void closeEverything() throws Exception {
        releaseCheck.countDown();
        if (engine != null) {
            engine.close();
            assertTrue(engine.awaitTermination(WAIT));
        }
        if (writer != null) {
            writer.close();
        }
    }

    private ActionResult resultOf(String id) throws InterruptedException {
        while (true) {
            ActionResult result = results.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertNotNull(result, "the request " + id + " did not end");
            if (result.requestId().equals(id)) {
                return result;
            }
        }
    }

    /** The log's entries about request {@code id}, in order. */
    private List<LogEntry> about(String id) throws Exception {
        return LogReader.read(file).stream().filter(e -> id.equals(e.detail("id"))).toList();
    }

    private static LogEntry only(List<LogEntry> entries, String type) {
        List<LogEntry> found = entries.stream().filter(e -> e.type().equals(type)).toList();
        assertEquals(1, found.size(), "not one " + type + " in " + entries.stream().map(LogEntry::type).toList());
        return found.get(0);
    }

    private String feedLine(String containing) {
        return feed.stream().filter(line -> line.contains(containing)).reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no line with " + containing + " in " + feed));
    }

    @Test
    void aCancelWhileTheRequestWaitsInTheIntakeIsOnRecordBeforeItsResultAndNobodyIsAsked() throws Exception {
        start();
        engine.request(new ActionRequest("r1", "uninstall", Map.of("program", "slow")));
        assertTrue(checking.await(WAIT.toSeconds(), TimeUnit.SECONDS));
        engine.request(new ActionRequest("r2", "uninstall", Map.of("program", "foo")));

        assertTrue(engine.handle(new ControlMessage.ActionCancel("r2")));
        releaseCheck.countDown();

        ActionResult result = resultOf("r2");
        assertEquals(Outcome.CANCELLED, result.outcome());
        assertEquals("The technician withdrew the request before the customer was asked, so nothing was done.",
                result.summary());
        List<LogEntry> r2 = about("r2");
        assertEquals(List.of(LogEventTypes.ACTION_REQUESTED, LogEventTypes.ACTION_STOP_REQUESTED, LogEventTypes.ACTION_RESULT),
                r2.stream().map(LogEntry::type).toList(), "the technician's withdrawal is not on the record before the result");
        LogEntry stop = only(r2, LogEventTypes.ACTION_STOP_REQUESTED);
        assertEquals(TECHNICIAN, stop.actor());
        assertEquals("The technician withdrew the request before the customer was asked.", stop.detail("reason"));
        assertEquals("The technician withdrew the request before you were asked, so nothing was done.",
                only(r2, LogEventTypes.ACTION_RESULT).detail("toCustomer"));
        assertTrue(feedLine("Uninstall a program — ").endsWith(
                "Uninstall a program — Dana withdrew the request before you were asked, so nothing was done."), feed.toString());
        assertNotNull(prompts.poll(WAIT.toSeconds(), TimeUnit.SECONDS), "the request before it was not asked");
        assertTrue(prompts.isEmpty(), "the customer was asked about the withdrawn request");
        assertEquals(0, runs.get());
    }

    @Test
    void aCancelWhileTheRequestIsCheckedIsOnRecordAndTheCustomerIsNeverAsked() throws Exception {
        start();
        engine.request(new ActionRequest("r1", "uninstall", Map.of("program", "slow")));
        assertTrue(checking.await(WAIT.toSeconds(), TimeUnit.SECONDS));

        assertTrue(engine.handle(new ControlMessage.ActionCancel("r1")));
        releaseCheck.countDown();

        ActionResult result = resultOf("r1");
        assertEquals(Outcome.CANCELLED, result.outcome());
        assertEquals("The technician withdrew the request before the customer was asked, so nothing was done.",
                result.summary());
        List<LogEntry> r1 = about("r1");
        assertEquals(List.of(LogEventTypes.ACTION_REQUESTED, LogEventTypes.ACTION_STOP_REQUESTED, LogEventTypes.ACTION_RESULT),
                r1.stream().map(LogEntry::type).toList(), "the customer was asked, or the withdrawal is not on record first");
        assertEquals("Uninstall “slow”", only(r1, LogEventTypes.ACTION_STOP_REQUESTED).detail("action"),
                "the withdrawal does not name what was checked");
        assertTrue(prompts.isEmpty(), "the question was shown");
        assertEquals(0, runs.get());
        writer.finish();
        String recap = new RecapGenerator(ZoneOffset.UTC).markdown(LogReader.read(file), SessionLogVerifier.verify(file),
                RecapGenerator.Viewpoint.CUSTOMER);
        assertTrue(recap.contains("## What you were asked to allow\n\nYou were not asked for any permission."), recap);
        assertTrue(recap.contains("## What was done\n\nNo actions were carried out on your computer."), recap);
        assertTrue(recap.contains(" Your technician asked to uninstall “slow” — cancelled: The technician withdrew the request "
                + "before you were asked, so nothing was done."), recap);
        assertFalse(recap.contains("You were not asked about it."), "said twice: " + recap);
    }

    @Test
    void aStopAfterALookIsAllowedAndBeforeItStartsTellsTheCustomerNothingWasDone() throws Exception {
        start();
        // The technician's stop arrives once the look is on record and before it starts.
        onRequested = id -> assertTrue(engine.cancel(id, org.tandem.customer.action.CancellationToken.Reason.TECHNICIAN));

        engine.request(new ActionRequest("r1", "disk", Map.of()));

        ActionResult result = resultOf("r1");
        assertEquals(Outcome.CANCELLED, result.outcome());
        assertEquals("Cancelled by the technician before it started, so nothing was done.", result.summary());
        List<LogEntry> r1 = about("r1");
        assertEquals(List.of(LogEventTypes.ACTION_REQUESTED, LogEventTypes.ACTION_STOP_REQUESTED, LogEventTypes.ACTION_RESULT),
                r1.stream().map(LogEntry::type).toList());
        assertEquals("The technician stopped it before it started.",
                only(r1, LogEventTypes.ACTION_STOP_REQUESTED).detail("reason"));
        assertEquals("The technician stopped it before it started, so nothing was done.",
                only(r1, LogEventTypes.ACTION_RESULT).detail("toCustomer"));
        assertTrue(feedLine("Show disk usage — ").endsWith(
                "Show disk usage — Dana stopped it before it started, so nothing was done."), feed.toString());
        assertEquals(0, runs.get());
    }
}
