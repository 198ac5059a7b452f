package org.tandem.customer.action.linux;

import org.tandem.shared.log.JournalEvent.Answer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.customer.action.Action;
import org.tandem.customer.action.ActionCatalog;
import org.tandem.customer.action.ActionEngine;
import org.tandem.customer.action.Consent;
import org.tandem.customer.action.RecordingJournal;
import org.tandem.customer.action.RecordingListener;
import org.tandem.customer.action.command.Command;
import org.tandem.customer.action.command.CommandResult;
import org.tandem.customer.action.command.ProcessCommandRunner;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionRequest;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionResult.Outcome;
import org.tandem.shared.action.ActionRisk;
import org.tandem.shared.action.ActionTable;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.SessionMessageCodec;

/**
 * Hostile and broken requests against the real Linux catalog and real processes: each ends with a
 * clear result, nothing crashes, nothing grows without bound.
 */
class BadInputIT {
    private final RecordingJournal journal = new RecordingJournal();
    private final RecordingListener listener = new RecordingListener();
    private final ProcessCommandRunner runner = new ProcessCommandRunner();
    private ActionEngine engine;

    @TempDir
    Path dir;

    @AfterEach
    void close() throws Exception {
        engine.close();
        engine.awaitTermination(Duration.ofSeconds(30));
    }

    private ActionResult request(String action, Map<String, String> parameters, Action... extra) throws Exception {
        List<Action> actions = new ArrayList<>(LinuxActions.actions(runner, new LinuxSystemInfo(), java.util.Optional.empty()));
        actions.addAll(List.of(extra));
        engine = new ActionEngine(new ActionCatalog("Test", actions), request -> CompletableFuture.completedFuture(Answer.GRANTED),
                journal, listener);
        engine.request(new ActionRequest("b1", action, parameters));
        ActionResult result = listener.result("b1");
        new SessionMessageCodec().encode(new ControlMessage.ActionFinished(result)); // fits the wire
        return result;
    }

    @Test
    void anUnknownActionIsUnavailable() throws Exception {
        ActionResult result = request("format-disk", Map.of());

        assertEquals(Outcome.UNAVAILABLE, result.outcome());
        assertEquals("This computer does not offer an action called “format-disk”.", result.summary());
    }

    @Test
    void aFolderThatDoesNotExistFails() throws Exception {
        String missing = dir.toRealPath().resolve("no-such-folder").toString();

        ActionResult result = request("disk-usage", Map.of("folder", missing));

        assertEquals(Outcome.FAILED, result.outcome());
        assertEquals("“" + missing + "” does not exist on this computer.", result.summary());
    }

    @Test
    void aPathLeadingOutsideWhatItNamesIsRefused() throws Exception {
        String sneaky = dir.toRealPath() + "/../../etc";

        ActionResult result = request("disk-usage", Map.of("folder", sneaky));

        assertEquals(Outcome.FAILED, result.outcome());
        assertTrue(result.summary().contains("outside what it names"), result.summary());
    }

    @Test
    void emptyingAFolderOtherThanTheTemporaryOneIsRefused() throws Exception {
        ActionResult result = request("empty-temp-folder", Map.of("folder", "/etc"));

        assertEquals(Outcome.FAILED, result.outcome());
        assertTrue(result.summary().contains("“/etc” is not a temporary-files folder it may empty"), result.summary());
        assertTrue(Files.exists(Path.of("/etc/passwd")), "a file in /etc was deleted");
    }

    @Test
    void endingTheSystemsFirstProcessIsRefused() throws Exception {
        ActionResult result = request("end-process", Map.of("pid", "1"));

        assertEquals(Outcome.FAILED, result.outcome());
        assertEquals("Process 1 is part of the operating system; Tandem will not end it.", result.summary());
    }

    @Test
    void aMissingParameterIsRefused() throws Exception {
        ActionResult result = request("disk-usage", Map.of());

        assertEquals(Outcome.FAILED, result.outcome());
        assertEquals("No folder was given.", result.summary());
    }

    @Test
    void aCommandThatHangsTimesOutAndItsProcessIsEnded() throws Exception {
        CommandAction hang = new CommandAction("hang", Duration.ofSeconds(1), "sleep", "60");

        ActionResult result = request("hang", Map.of(), hang);

        assertEquals(Outcome.TIMED_OUT, result.outcome());
        assertTrue(result.summary().startsWith("Stopped after 1 second: it took longer than allowed."), result.summary());
        long sleeping = ProcessHandle.current().descendants()
                .filter(p -> p.info().command().orElse("").endsWith("sleep")).count();
        assertEquals(0, sleeping, "the hanging command still runs");
    }

    @Test
    void aCommandThatPrintsMegabytesGivesABoundedResult() throws Exception {
        CommandAction chatty = new CommandAction("chatty", Duration.ofMinutes(2), "seq", "1", "5000000");

        ActionResult result = request("chatty", Map.of(), chatty);

        assertEquals(Outcome.SUCCEEDED, result.outcome());
        assertEquals(200, result.lines().size());
        assertEquals("5000000", result.lines().get(199));
        assertEquals(4_999_800, result.omittedLines());
    }

    /** A test action that runs one command through the real runner. */
    private final class CommandAction implements Action {
        private final String id;
        private final Duration timeout;
        private final String[] command;

        CommandAction(String id, Duration timeout, String... command) {
            this.id = id;
            this.timeout = timeout;
            this.command = command;
        }

        @Override
        public ActionDescriptor descriptor() {
            return new ActionDescriptor(id, "Run " + id, ActionRisk.SCAN, "A test command.", true, true, "", List.of());
        }

        @Override
        public Duration timeout() {
            return timeout;
        }

        @Override
        public Consent consentFor(Map<String, String> parameters) {
            return new Consent.Ask("Run " + String.join(" ", command), "A test.", (progress, cancel) -> {
                try {
                    CommandResult result = runner.run(Command.of(Duration.ofMinutes(5), command), line -> { }, cancel);
                    return result.report(result.succeeded() ? Outcome.SUCCEEDED : Outcome.FAILED,
                            "Ran " + command[0] + ".", ActionTable.EMPTY);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

}
