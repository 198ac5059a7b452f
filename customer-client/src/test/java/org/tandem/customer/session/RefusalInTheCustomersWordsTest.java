package org.tandem.customer.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.customer.action.ActionCatalog;
import org.tandem.customer.action.ActionEngine;
import org.tandem.customer.action.ActionListener;
import org.tandem.customer.action.ActionMessageSender;
import org.tandem.customer.action.command.FakeCommandRunner;
import org.tandem.customer.action.linux.Dpkg;
import org.tandem.customer.action.linux.DpkgUninstall;
import org.tandem.customer.consent.ConsentBroker;
import org.tandem.shared.action.ActionRequest;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.log.LogReader;
import org.tandem.shared.log.RecapGenerator;
import org.tandem.shared.log.SessionLogVerifier;
import org.tandem.shared.log.SessionLogWriter;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.session.SessionLogbook;
import org.tandem.shared.ssh.Ed25519Keys;

/**
 * The technician types a program's name where its id belongs: the real uninstall refuses it, the
 * technician is told precisely why and how to ask, and the customer is told, in their activity list
 * and their recap, what happened to them, in words meant for them.
 */
class RefusalInTheCustomersWordsTest {
    private static final String FOR_THE_TECHNICIAN = "“Firefox ESR” is not a package name; give the id from the list "
            + "of installed programs, such as “firefox-esr”.";

    @TempDir
    Path dir;
    private final BlockingQueue<ControlMessage> atTechnician = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private SessionLogWriter writer;
    private ActionEngine engine;

    @AfterEach
    void close() throws Exception {
        if (engine != null) {
            engine.close();
            assertTrue(engine.awaitTermination(java.time.Duration.ofSeconds(10)));
        }
        if (writer != null) {
            writer.close();
        }
    }

    @Test
    void aNameWhereTheIdBelongsIsExplainedToTheTechnicianAndToldToTheCustomerInTheirWords() throws Exception {
        Path file = dir.resolve("customer.log");
        writer = SessionLogWriter.create(file, "482-7f3c9a", "customer", Ed25519Keys.generate(), 20, Clock.systemUTC());
        SessionLogbook book = new SessionLogbook(writer, "customer");
        ConsentBroker broker = new ConsentBroker(book, shown -> new CompletableFuture<>(), () -> () -> { },
                Runnable::run, waiting -> { });
        FakeCommandRunner runner = new FakeCommandRunner();
        DpkgUninstall uninstall = new DpkgUninstall(runner, new Dpkg(runner, Path.of("/usr/bin/dpkg-query")), List.of(),
                Path.of("/usr/bin/dpkg"));
        engine = new ActionEngine(new ActionCatalog("Debian", List.of(uninstall)),
                new ActionQuestions(broker, new IdentityVerdict.Verified("Dana", "Contoso Support"), "technician:Dana"),
                book, ActionListener.both(new ActionMessageSender(atTechnician::add),
                        new ActivityFeed("Dana", lines::add, Clock.systemUTC())));
        engine.sessionAccepted();

        engine.request(new ActionRequest("r1", "uninstall-program", Map.of("program", "Firefox ESR")));

        ControlMessage.ActionFinished finished = finished();
        assertEquals(ActionResult.Outcome.FAILED, finished.result().outcome());
        assertEquals(FOR_THE_TECHNICIAN, finished.result().summary(), "the technician lost the precise reason");
        String line = endingLine();
        assertTrue(line.endsWith("  Uninstall a program — this computer knows no program by the name your technician "
                + "gave, so nothing was done."), line);
        assertTrue(runner.commands.isEmpty(), "something ran for a name that is no package");
        writer.finish();
        String recap = new RecapGenerator(ZoneOffset.UTC).markdown(LogReader.read(file), SessionLogVerifier.verify(file),
                RecapGenerator.Viewpoint.CUSTOMER);
        assertTrue(recap.contains(" Your technician asked to uninstall a program called “Firefox ESR” — failed: This "
                + "computer knows no program by the name your technician gave, so nothing was done. You were not asked "
                + "about it.\n"), recap);
        assertFalse(recap.contains("give the id"), recap);
        assertTrue(LogReader.read(file).stream().anyMatch(e -> FOR_THE_TECHNICIAN.equals(e.detail("result"))),
                "the customer's log lost what the technician was told");
    }

    /** The activity list's line saying how the request ended; the list hears of it after the technician does. */
    private String endingLine() throws InterruptedException {
        while (true) {
            String line = lines.poll(10, TimeUnit.SECONDS);
            assertNotNull(line, "the activity list said nothing of how it ended");
            if (line.contains(" — ")) {
                return line;
            }
        }
    }

    private ControlMessage.ActionFinished finished() throws InterruptedException {
        while (true) {
            ControlMessage message = atTechnician.poll(10, TimeUnit.SECONDS);
            assertNotNull(message, "the technician heard no result");
            if (message instanceof ControlMessage.ActionFinished finished) {
                return finished;
            }
        }
    }
}
