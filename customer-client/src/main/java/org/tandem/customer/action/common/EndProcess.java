package org.tandem.customer.action.common;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.tandem.customer.action.Action;
import org.tandem.customer.action.ActionDescriptors;
import org.tandem.customer.action.ActionReport;
import org.tandem.customer.action.CustomerOutcomeWords;
import org.tandem.customer.action.Consent;
import org.tandem.customer.action.Words;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionTable;

/**
 * Ends one running program by process id: asks it to close (SIGTERM on Unix), and ends it by force
 * if it is still running after a grace period. Refuses the system's first process, Tandem itself and
 * the programs that started Tandem. The process is held by its handle from the question on, so a
 * process id reused by a new program in the meantime is not ended by mistake.
 */
public final class EndProcess implements Action {
    private static final Pattern PID = Pattern.compile("[0-9]{1,10}");

    private final Duration grace;
    private final Function<ProcessHandle, Optional<String>> names;

    /**
     * @param grace how long a program has to close when asked, before it is ended by force
     * @param names the name of a process as people know it; on Linux from {@code /proc}
     */
    public EndProcess(Duration grace, Function<ProcessHandle, Optional<String>> names) {
        this.grace = grace;
        this.names = names;
    }

    /** Names processes by the program they run, as the running system reports it. */
    public static EndProcess withProgramNames() {
        return new EndProcess(Duration.ofSeconds(5), EndProcess::programName);
    }

    @Override
    public ActionDescriptor descriptor() {
        return ActionDescriptors.endProcess();
    }

    @Override
    public Consent consentFor(Map<String, String> parameters) {
        String text = parameters.getOrDefault(ActionDescriptors.PROCESS, "").strip();
        if (!PID.matcher(text).matches()) {
            return new Consent.Refuse("“" + text + "” is not a process id; give the number from the list of running "
                    + "programs.", CustomerOutcomeWords.UNKNOWN_PROCESS);
        }
        long pid = Long.parseLong(text);
        if (pid <= 1) {
            return new Consent.Refuse("Process " + pid + " is part of the operating system; Tandem will not end it.");
        }
        ProcessHandle self = ProcessHandle.current();
        if (pid == self.pid()) {
            return new Consent.Refuse("Process " + pid + " is Tandem itself; to stop it, end the session.");
        }
        for (Optional<ProcessHandle> up = self.parent(); up.isPresent(); up = up.get().parent()) {
            if (up.get().pid() == pid) {
                return new Consent.Refuse("Process " + pid + " started Tandem; ending it would end this session too.");
            }
        }
        Optional<ProcessHandle> found = ProcessHandle.of(pid);
        if (found.isEmpty() || !found.get().isAlive()) {
            return new Consent.Refuse("No program with process id " + pid + " is running.");
        }
        ProcessHandle process = found.get();
        Optional<String> name = names.apply(process).filter(n -> !n.isBlank());
        String shown = name.map(n -> "“" + n + "” (process " + pid + ")").orElse("process " + pid);
        String effect = "The program is asked to close; if it has not closed after " + Words.duration(grace)
                + ", it is ended. Anything unsaved in it is lost.";
        // A number alone tells the customer nothing: the question says the name is not known, and that "no" is safe.
        return new Consent.Ask(name.isPresent() ? "End " + shown
                : "End a program whose name this computer does not tell (process " + pid + ")",
                name.isPresent() ? effect : effect + " Tandem cannot tell you which program this is: if you are not sure, "
                        + "choose Deny.",
                (progress, cancel) -> end(process, shown));
    }

    private ActionReport end(ProcessHandle process, String shown) throws InterruptedException {
        if (!process.isAlive()) {
            return ActionReport.succeeded(shown + " had already closed.", ActionTable.EMPTY);
        }
        boolean asked = process.destroy();
        if (!asked && process.isAlive()) {
            return ActionReport.failed("This computer did not let Tandem end " + shown
                    + "; it may belong to another user or to the system.");
        }
        if (exited(process, grace)) {
            return ActionReport.succeeded(shown + " closed when asked.", ActionTable.EMPTY);
        }
        process.destroyForcibly();
        if (exited(process, grace)) {
            return ActionReport.succeeded(shown + " did not close when asked, so it was ended.", ActionTable.EMPTY);
        }
        return ActionReport.failed(shown + " is still running: it did not close when asked or when ended by force.");
    }

    private static boolean exited(ProcessHandle process, Duration wait) throws InterruptedException {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        }
    }

    /** The base name of the program the process runs, where the system tells. */
    public static Optional<String> programName(ProcessHandle process) {
        return process.info().command().map(command -> {
            int slash = Math.max(command.lastIndexOf('/'), command.lastIndexOf('\\'));
            return command.substring(slash + 1);
        });
    }
}
