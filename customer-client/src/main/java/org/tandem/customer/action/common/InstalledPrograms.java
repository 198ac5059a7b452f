package org.tandem.customer.action.common;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tandem.customer.action.Action;
import org.tandem.customer.action.ActionDescriptors;
import org.tandem.customer.action.ActionReport;
import org.tandem.customer.action.CancellationToken;
import org.tandem.customer.action.Consent;
import org.tandem.customer.action.InstalledProgram;
import org.tandem.customer.action.Words;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionTable;

/**
 * Lists installed programs, largest first, optionally only those whose name contains a filter, from
 * whatever package list the platform has.
 */
public final class InstalledPrograms implements Action {
    private static final int MAX_FILTER = 100;

    /** Where a platform's list of programs comes from. */
    @FunctionalInterface
    public interface Source {
        List<InstalledProgram> list(CancellationToken cancel) throws IOException, InterruptedException;
    }

    private final Source source;

    public InstalledPrograms(Source source) {
        this.source = source;
    }

    @Override
    public ActionDescriptor descriptor() {
        return ActionDescriptors.installedPrograms();
    }

    @Override
    public Consent consentFor(Map<String, String> parameters) {
        String filter = parameters.getOrDefault(ActionDescriptors.FILTER, "").strip();
        if (filter.length() > MAX_FILTER || filter.chars().anyMatch(Character::isISOControl)) {
            return new Consent.Refuse("The filter must be one line of at most " + MAX_FILTER + " characters.");
        }
        String what = filter.isEmpty() ? "List installed programs"
                : "List installed programs whose name contains “" + filter + "”";
        return new Consent.Ask(what, "Reads the list of installed programs. Nothing is changed.",
                (progress, cancel) -> list(filter, cancel));
    }

    private ActionReport list(String filter, CancellationToken cancel) throws InterruptedException {
        List<InstalledProgram> all;
        try {
            all = source.list(cancel);
        } catch (IOException e) {
            return ActionReport.failed("The list of installed programs could not be read: " + e.getMessage());
        }
        String needle = filter.toLowerCase(Locale.ROOT);
        List<InstalledProgram> matching = all.stream()
                .filter(p -> needle.isEmpty() || p.name().toLowerCase(Locale.ROOT).contains(needle)
                        || p.id().toLowerCase(Locale.ROOT).contains(needle))
                .sorted(Comparator.comparingLong(InstalledProgram::size).reversed().thenComparing(InstalledProgram::name))
                .toList();
        ActionTable table = ActionTable.fitting(List.of("Name", "Version", "Size", "Id"),
                matching.stream().map(p -> List.of(p.name(), p.version(), p.size() < 0 ? "" : Words.bytes(p.size()),
                        p.id())).toList(),
                ActionTable.BUDGET);
        String listed = table.omittedRows() == 0 ? "" : "; the " + table.rows().size() + " largest are listed";
        String summary = needle.isEmpty()
                ? Words.count(all.size(), "program is", "programs are") + " installed" + listed + "."
                : Words.count(matching.size()) + " of " + Words.count(all.size(), "installed program", "installed programs")
                        + (matching.size() == 1 ? " matches “" : " match “") + filter + "”" + listed + ".";
        return ActionReport.succeeded(summary, table);
    }
}
