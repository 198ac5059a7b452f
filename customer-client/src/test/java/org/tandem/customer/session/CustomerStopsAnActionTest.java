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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.customer.action.Action;
import org.tandem.customer.action.ActionCatalog;
import org.tandem.customer.action.ActionDescriptors;
import org.tandem.customer.action.ActionEngine;
import org.tandem.customer.action.ActionReport;
import org.tandem.customer.action.CancellationToken;
import org.tandem.customer.action.Consent;
import org.tandem.customer.consent.ConsentBroker;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionRequest;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionRisk;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.log.LogEntry;
import org.tandem.shared.log.LogReader;
import org.tandem.shared.log.RecapGenerator;
import org.tandem.shared.log.SessionLogVerifier;
import org.tandem.shared.log.SessionLogWriter;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.SessionMessage;
import org.tandem.shared.session.SessionLogbook;
import org.tandem.shared.ssh.Ed25519Keys;

/**
 * A scan the customer allowed runs on their computer: they see it running, with its progress, and
 * stop it themselves. The real engine asks through the real consent broker and tells everyone the
 * session tells (the technician, the activity list, what runs now), all recording in a real log.
 */
class CustomerStopsAnActionTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    private final BlockingQueue<SessionMessage> atTechnician = new LinkedBlockingQueue<>();
    private final BlockingQueue<List<RunningAction>> running = new LinkedBlockingQueue<>();
    private final List<String> activity = new CopyOnWriteArrayList<>();
    private final CountDownLatch measuring = new CountDownLatch(1);
    private Path file;
    private SessionLogWriter writer;
    private ActionEngine engine;

    /** Measures a folder until stopped, saying how far it got; the catalog's disk-usage entry, cancellable. */
    private final Action measure = new Action() {
        @Override
        public ActionDescriptor descriptor() {
            return ActionDescriptors.diskUsage();
        }

        @Override
        public Consent consentFor(Map<String, String> parameters) {
            return new Consent.Ask("Measure what fills “/”", "Tandem reads the names and sizes of the files.",
                    (progress, cancel) -> {
                        progress.progress(-1, "12,000 files measured; now in /usr/lib");
                        measuring.countDown();
                        CountDownLatch stopped = new CountDownLatch(1);
                        try (CancellationToken.Registration r = cancel.onCancel(stopped::countDown)) {
                            stopped.await();
                        }
                        return ActionReport.failed("Measured 12,000 files before it stopped.");
                    });
        }
    };

    @AfterEach
    void close() throws Exception {
        if (engine != null) {
            engine.close();
            assertTrue(engine.awaitTermination(WAIT));
        }
        if (writer != null) {
            writer.close();
        }
    }

    private void start() throws Exception {
        file = dir.resolve("customer.log");
        writer = SessionLogWriter.create(file, "482-7f3c9a", "customer", Ed25519Keys.generate(), 20, Clock.systemUTC());
        SessionLogbook book = new SessionLogbook(writer, "customer");
        ConsentBroker broker = new ConsentBroker(book, shown -> CompletableFuture.completedFuture(true), () -> () -> { },
                Runnable::run, waiting -> { });
        CustomerSessionListener window = new CustomerSessionListener() {
            @Override
            public void stateChanged(CustomerState state, String detail) {
            }

            @Override
            public void paired(String checkString) {
            }

            @Override
            public void technicianIdentified(IdentityVerdict verdict) {
            }

            @Override
            public void activity(String line) {
                activity.add(line);
            }

            @Override
            public void actionsRunning(List<RunningAction> now) {
                running.add(now);
            }
        };
        engine = new ActionEngine(new ActionCatalog("Debian", List.of(measure)),
                new ActionQuestions(broker, new IdentityVerdict.Verified("Dana", "Contoso Support"), "technician:Dana"),
                book, SessionActionListener.of(atTechnician::add, "Dana", window, Clock.systemUTC()));
        engine.sessionAccepted();
    }

    @Test
    void theCustomerSeesTheScanRunAndStopsItAndTheTechnicianIsToldTheyDid() throws Exception {
        start();
        engine.request(new ActionRequest("r1", ActionDescriptors.DISK_USAGE, Map.of("folder", "/")));

        assertEquals(List.of(new RunningAction("r1", "Measure what fills “/”", ActionRisk.SCAN, true, -1, "")), next(),
                "the customer does not see what runs, or that it can be stopped");
        assertTrue(measuring.await(WAIT.toSeconds(), TimeUnit.SECONDS));
        assertEquals(List.of(new RunningAction("r1", "Measure what fills “/”", ActionRisk.SCAN, true, -1,
                "12,000 files measured; now in /usr/lib")), next(), "the customer does not see its progress");

        assertTrue(engine.cancel("r1", CancellationToken.Reason.CUSTOMER));

        assertEquals(List.of(), next(), "the stopped scan still shows as running");
        ControlMessage.ActionFinished finished = message(ControlMessage.ActionFinished.class);
        assertEquals(ActionResult.Outcome.CANCELLED, finished.result().outcome());
        assertEquals("Cancelled by the customer. Measured 12,000 files before it stopped.", finished.result().summary());
        assertTrue(activity.get(activity.size() - 1).endsWith("  Measure what fills “/” — you stopped it. Measured 12,000 "
                + "files before it stopped."), activity.toString());
        List<String> types = LogReader.read(file).stream().map(LogEntry::type).toList();
        assertTrue(types.indexOf("consent.revoked") > types.indexOf("action.started")
                && types.indexOf("consent.revoked") < types.indexOf("action.result"), types.toString());
        assertEquals("customer", LogReader.read(file).stream().filter(e -> e.type().equals("consent.revoked"))
                .findFirst().orElseThrow().actor());

        writer.finish();
        String recap = new RecapGenerator(ZoneOffset.UTC).markdown(LogReader.read(file), SessionLogVerifier.verify(file),
                RecapGenerator.Viewpoint.CUSTOMER);
        assertTrue(recap.contains(" Asked for permission to measure what fills “/” — you allowed it.\n"), recap);
        assertTrue(recap.contains(" You withdrew your permission to measure what fills “/”.\n"), recap);
        assertTrue(recap.contains(" Measure what fills “/” — cancelled: You stopped it. Measured 12,000 files before it "
                + "stopped.\n"), recap);
        assertFalse(recap.contains("the customer"), recap);
    }

    @Test
    void theTechniciansStopIsRecordedAsTheirsFirstAndTheCustomerIsToldPlainlyWhoStoppedIt() throws Exception {
        start();
        engine.request(new ActionRequest("r1", ActionDescriptors.DISK_USAGE, Map.of("folder", "/")));
        assertTrue(measuring.await(WAIT.toSeconds(), TimeUnit.SECONDS));

        assertTrue(engine.handle(new ControlMessage.ActionCancel("r1")));

        while (!next().isEmpty()) {
            // what runs is told last, after the technician and the activity list
        }
        ControlMessage.ActionFinished finished = message(ControlMessage.ActionFinished.class);
        assertEquals(ActionResult.Outcome.CANCELLED, finished.result().outcome());
        assertEquals(ActionResult.NO_EXIT_STATUS, finished.result().exitStatus());
        assertTrue(activity.get(activity.size() - 1).endsWith("  Measure what fills “/” — Dana stopped it. Measured 12,000 "
                + "files before it stopped."), activity.toString());
        List<LogEntry> log = LogReader.read(file);
        List<String> types = log.stream().map(LogEntry::type).toList();
        assertTrue(types.indexOf("action.stop-requested") > types.indexOf("action.started")
                && types.indexOf("action.stop-requested") < types.indexOf("action.result"), types.toString());
        assertEquals("technician:Dana", log.stream().filter(e -> e.type().equals("action.stop-requested"))
                .findFirst().orElseThrow().actor());
        assertFalse(types.contains("consent.revoked"), "the technician's stop is put down to the customer: " + types);

        writer.finish();
        String toCustomer = new RecapGenerator(ZoneOffset.UTC).markdown(LogReader.read(file),
                SessionLogVerifier.verify(file), RecapGenerator.Viewpoint.CUSTOMER);
        assertTrue(toCustomer.contains(" Measure what fills “/” — cancelled: The technician stopped it. Measured 12,000 "
                + "files before it stopped.\n"), toCustomer);
        assertFalse(toCustomer.contains("You withdrew"), toCustomer);
        String forTechnician = new RecapGenerator(ZoneOffset.UTC).markdown(LogReader.read(file),
                SessionLogVerifier.verify(file), RecapGenerator.Viewpoint.TECHNICIAN);
        assertTrue(forTechnician.contains("cancelled: Cancelled by the technician. Measured 12,000 files before it stopped."),
                forTechnician);
        assertFalse(forTechnician.contains("withdrew"), forTechnician);
    }

    private List<RunningAction> next() throws InterruptedException {
        List<RunningAction> now = running.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertNotNull(now, "what runs was not told");
        return now;
    }

    private <T extends SessionMessage> T message(Class<T> type) throws InterruptedException {
        while (true) {
            SessionMessage message = atTechnician.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertNotNull(message, "the technician heard nothing more");
            if (type.isInstance(message)) {
                return type.cast(message);
            }
        }
    }
}
