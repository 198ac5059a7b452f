package org.tandem.customer.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.customer.action.Action;
import org.tandem.customer.action.ActionCatalog;
import org.tandem.customer.action.ActionEngine;
import org.tandem.customer.action.ActionReport;
import org.tandem.customer.action.Consent;
import org.tandem.customer.consent.ConsentBroker;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionRequest;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionRisk;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.log.LogEntry;
import org.tandem.shared.log.LogReader;
import org.tandem.shared.log.SessionLogWriter;
import org.tandem.shared.session.SessionLogbook;
import org.tandem.shared.ssh.Ed25519Keys;

/**
 * What the tests of an action's question share: the real engine asks through the real consent broker, as
 * the session wires them, and both record in a real session log; the technician asks to uninstall foo,
 * and the prompts the customer sees, the results and the runs are kept for the test to read.
 */
abstract class RecordedActionQuestionTest {
    static final Duration WAIT = Duration.ofSeconds(10);
    static final String TECHNICIAN = "technician:Dana";
    static final String UNINSTALL_FOO = "Uninstall “foo” version 1.2";
    static final String STOPPED_SHARING = "You paused sharing your screen before you answered.";

    @TempDir
    Path dir;
    final BlockingQueue<CompletableFuture<Boolean>> prompts = new LinkedBlockingQueue<>();
    final BlockingQueue<ActionResult> results = new LinkedBlockingQueue<>();
    final AtomicInteger runs = new AtomicInteger();
    /** Runs once an answer is recorded and before the engine hears it: where a cancel can cross a yes. */
    volatile Runnable answerRecorded = () -> { };
    final CompletableFuture<Void> aQuestionWaits = new CompletableFuture<>();
    Path file;
    SessionLogWriter writer;
    ConsentBroker broker;
    ActionEngine engine;

    /** An uninstall, which cannot be cancelled once it runs; it counts its runs. */
    final Action uninstall = new Action() {
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

    void start() throws Exception {
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
    CompletableFuture<Boolean> asked(String id) throws Exception {
        engine.request(new ActionRequest(id, "uninstall", Map.of("program", "foo")));
        CompletableFuture<Boolean> prompt = prompts.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertNotNull(prompt, "the customer was not asked");
        return prompt;
    }

    ActionResult result() throws InterruptedException {
        ActionResult result = results.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertNotNull(result, "the request did not end");
        return result;
    }

    /** The consent events of the log, as "type by actor", in order. */
    List<String> consents() throws Exception {
        return LogReader.read(file).stream().filter(e -> e.type().startsWith("consent."))
                .map(e -> e.type() + " by " + e.actor()).toList();
    }

    LogEntry last(String type) throws Exception {
        List<LogEntry> entries = LogReader.read(file).stream().filter(e -> e.type().equals(type)).toList();
        assertFalse(entries.isEmpty(), "no " + type);
        return entries.get(entries.size() - 1);
    }
}
