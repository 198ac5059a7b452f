package org.tandem.customer.action.common;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.tandem.customer.action.Action;
import org.tandem.customer.action.ActionDescriptors;
import org.tandem.customer.action.ActionReport;
import org.tandem.customer.action.Consent;
import org.tandem.customer.action.Words;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionTable;

/**
 * Running programs as Java sees them on any system: name, process id, user and processor time. Java
 * cannot tell memory use, so the list says so instead of guessing; platforms that can tell (Linux)
 * have their own.
 */
public final class PortableProcesses implements Action {
    static final int TOP = 40;

    @Override
    public ActionDescriptor descriptor() {
        return ActionDescriptors.runningProcesses();
    }

    @Override
    public Consent consentFor(Map<String, String> parameters) {
        return new Consent.Ask("List running programs", "Reads which programs run and their processor time.",
                (progress, cancel) -> list());
    }

    private static ActionReport list() {
        List<ProcessHandle> all = ProcessHandle.allProcesses().toList();
        List<List<String>> rows = all.stream()
                .sorted(Comparator.comparing((ProcessHandle p) -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                        .reversed())
                .limit(TOP)
                .map(p -> List.of(String.valueOf(p.pid()), EndProcess.programName(p).orElse("?"),
                        p.info().user().orElse("?"),
                        Words.duration(p.info().totalCpuDuration().orElse(Duration.ZERO))))
                .toList();
        ActionTable table = ActionTable.fitting(List.of("PID", "Name", "User", "Processor time"), rows, ActionTable.BUDGET);
        return ActionReport.succeeded(Words.count(all.size(), "program runs", "programs run") + "; the "
                + rows.size() + " that used the most processor time are listed. Memory use is not known on this system.",
                table);
    }
}
