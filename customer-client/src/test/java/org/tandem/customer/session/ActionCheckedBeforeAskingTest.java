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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.customer.action.ActionCatalog;
import org.tandem.customer.action.ActionEngine;
import org.tandem.customer.action.command.FakeCommandRunner;
import org.tandem.customer.action.linux.Dpkg;
import org.tandem.customer.action.linux.DpkgUninstall;
import org.tandem.customer.consent.ConsentBroker;
import org.tandem.shared.action.ActionRequest;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionResult.Outcome;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.log.LogReader;
import org.tandem.shared.log.RecapGenerator;
import org.tandem.shared.log.SessionLogVerifier;
import org.tandem.shared.log.SessionLogWriter;
import org.tandem.shared.session.SessionLogbook;
import org.tandem.shared.ssh.Ed25519Keys;

/**
 * A request that ends as the customer's computer checks it, before any question is put: the
 * technician asks to uninstall a program that is not installed. The customer is never asked, so their
 * recap must not say they were; it tells the request under what was not done, and why. The real
 * engine, consent broker and dpkg uninstall (over scripted dpkg output) record in a real session log.
 */
class ActionCheckedBeforeAskingTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final List<String> QUERY = List.of("/usr/bin/dpkg-query", "-W");

    @TempDir
    Path dir;
    private final BlockingQueue<CompletableFuture<Boolean>> prompts = new LinkedBlockingQueue<>();
    private final BlockingQueue<ActionResult> results = new LinkedBlockingQueue<>();
    private final FakeCommandRunner runner = new FakeCommandRunner();
    private Path file;
    private SessionLogWriter writer;
    private ActionEngine engine;

    @BeforeEach
    void start() throws Exception {
        file = dir.resolve("customer.log");
        writer = SessionLogWriter.create(file, "02df02322e3d5dad", "customer", Ed25519Keys.generate(), 20,
                Clock.systemUTC());
        SessionLogbook book = new SessionLogbook(writer, "customer");
        ConsentBroker broker = new ConsentBroker(book, shown -> {
            CompletableFuture<Boolean> prompt = new CompletableFuture<>();
            prompts.add(prompt);
            return prompt;
        }, () -> () -> { }, Runnable::run, waiting -> { });
        DpkgUninstall uninstall = new DpkgUninstall(runner, new Dpkg(runner, Path.of("/usr/bin/dpkg-query")), List.of(),
                Path.of("/usr/bin/dpkg"));
        engine = new ActionEngine(new ActionCatalog("Debian GNU/Linux 12", List.of(uninstall)),
                new ActionQuestions(broker, new IdentityVerdict.Verified("Dana", "Contoso Support"), "technician:Dana"),
                book, results::add);
        engine.sessionAccepted();
    }

    @AfterEach
    void closeEverything() throws Exception {
        engine.close();
        assertTrue(engine.awaitTermination(WAIT));
        writer.close();
    }

    @Test
    void theCustomersRecapDoesNotSayTheyWereAskedAboutAnUninstallThatFailedItsCheck() throws Exception {
        runner.when(QUERY, List.of("dpkg-query: no packages found matching nano"), 1);

        engine.request(new ActionRequest("r1", "uninstall-program", Map.of("program", "nano")));
        ActionResult result = results.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertNotNull(result, "the request did not end");
        writer.finish();

        assertEquals(Outcome.FAILED, result.outcome());
        assertTrue(prompts.isEmpty(), "the customer was asked");
        assertTrue(LogReader.read(file).stream().noneMatch(e -> e.type().startsWith("consent.")),
                "a question is on record");
        String recap = new RecapGenerator(ZoneOffset.UTC).markdown(LogReader.read(file), SessionLogVerifier.verify(file),
                RecapGenerator.Viewpoint.CUSTOMER);
        assertTrue(recap.contains("## What you were asked to allow\n\nYou were not asked for any permission.\n\n## "),
                recap);
        assertFalse(recap.substring(0, recap.indexOf("## What was done")).contains("nano"), recap);
        assertTrue(recap.contains("## What was not done\n\n- "), recap);
        assertTrue(recap.contains(" Your technician asked to uninstall a program called “nano” — failed: No program called "
                + "“nano” is installed on this computer. You were not asked about it.\n"), recap);
    }
}
