package org.tandem.agent.ui.customer;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.agent.session.ActionStatus;
import org.tandem.agent.ui.Texts;
import org.tandem.agent.ui.plan.PlanViewModel;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionTable;
import org.tandem.shared.action.SystemInfoRows;

/**
 * Who the customer is and what their computer is: the name or ticket the session was started for,
 * the system the customer's client announced, and the summary from the latest system-information
 * result (read on demand: it is one of the looks the customer agreed to).
 */
public final class CustomerViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(CustomerViewModel.class);
    /** The catalog id of the system-information look, the same on every platform. */
    public static final String SYSTEM_INFO = SystemInfoRows.ACTION_ID;

    /** One line of the summary. */
    public record Fact(String name, String value) {}

    private final Executor fx;
    private final Executor send;
    private final PlanViewModel.StepRunner runner;
    private final ReadOnlyStringWrapper os = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(Texts.get("customer.noSummary"));
    private final ObservableList<Fact> facts = FXCollections.observableArrayList();
    /** Read-only, and always the same list: a listener added to it stays. */
    private final ObservableList<Fact> factsView = FXCollections.unmodifiableObservableList(facts);
    private volatile Optional<ActionDescriptor> systemInfo = Optional.empty();
    private volatile String systemInfoRequest = "";

    private final StringBinding computerName = Bindings.createStringBinding(() -> facts.stream()
            .filter(fact -> fact.name().equals(SystemInfoRows.COMPUTER_NAME) && !fact.value().isBlank())
            .map(fact -> fact.value().strip()).findFirst().orElse(""), facts);

    public CustomerViewModel(Executor fx, Executor send, PlanViewModel.StepRunner runner) {
        this.fx = Objects.requireNonNull(fx, "fx");
        this.send = Objects.requireNonNull(send, "send");
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /** The name the customer's computer gave itself in its system information; "" until it was read. */
    public StringBinding computerNameProperty() {
        return computerName;
    }

    public ReadOnlyStringProperty osProperty() {
        return os.getReadOnlyProperty();
    }

    /** The system summary, one fact a line, from the latest system-information result. */
    public ObservableList<Fact> facts() {
        return factsView;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Asks the customer's computer for its system information. */
    public void readSystemInfo() {
        Optional<ActionDescriptor> action = systemInfo;
        if (action.isEmpty() || !action.get().available()) {
            message.set(Texts.get("customer.noSystemInfo"));
            return;
        }
        message.set(Texts.get("customer.reading"));
        send.execute(() -> {
            try {
                systemInfoRequest = runner.run(action.get());
            } catch (IOException | RuntimeException e) {
                LOG.info("System information was not asked for", e);
                fx.execute(() -> message.set(Texts.get("customer.notSent")));
            }
        });
    }

    public void clear() {
        os.set("");
        facts.clear();
        systemInfo = Optional.empty();
        systemInfoRequest = "";
        message.set(Texts.get("customer.noSummary"));
    }

    public void actionCatalog(String system, List<ActionDescriptor> actions) {
        systemInfo = actions.stream().filter(a -> a.id().equals(SYSTEM_INFO)).findFirst();
        fx.execute(() -> os.set(system));
    }

    /** A system-information result, whoever asked for it (the Customer tab, a plan step, the Actions tab). */
    public void actionChanged(ActionStatus status) {
        boolean ours = status.requestId().equals(systemInfoRequest)
                || systemInfo.map(a -> a.title().equals(status.title())).orElse(false);
        if (!ours || status.result().isEmpty()) {
            return;
        }
        ActionResult result = status.result().get();
        if (result.outcome() != ActionResult.Outcome.SUCCEEDED) {
            fx.execute(() -> message.set(Texts.format("customer.failed", status.stage().words())));
            return;
        }
        List<Fact> read = facts(result);
        fx.execute(() -> {
            facts.setAll(read);
            message.set(read.isEmpty() ? result.summary() : "");
        });
    }

    /** A two-column table is name and value; wider tables are shown row by row; lines are "name: value". */
    static List<Fact> facts(ActionResult result) {
        ActionTable table = result.table();
        if (!table.columns().isEmpty()) {
            return table.rows().stream().map(row -> row.size() >= 2
                    ? new Fact(row.get(0), String.join(" · ", row.subList(1, row.size())))
                    : new Fact(row.isEmpty() ? "" : row.get(0), "")).toList();
        }
        return result.lines().stream().map(line -> {
            int colon = line.indexOf(':');
            return colon > 0 ? new Fact(line.substring(0, colon).strip(), line.substring(colon + 1).strip())
                    : new Fact("", line);
        }).toList();
    }
}
