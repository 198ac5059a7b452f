package org.tandem.agent.ui;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.agent.session.ActionStatus;
import org.tandem.agent.session.AgentSession;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ParameterSpec;

/**
 * The console's view of the session's actions: what the customer's computer offers, every action
 * asked for with where it stands, and the programs an uninstall can target; and the technician's
 * commands that ask for an action or cancel one. FX thread only.
 */
final class ActionBoard {
    private static final Logger LOG = LoggerFactory.getLogger(ActionBoard.class);
    /** The id of the customer's list of running programs, whose rows the program to end is picked from. */
    static final String RUNNING_PROGRAMS = "running-processes";

    private final Supplier<AgentSession> session;
    private final Consumer<String> status;
    private final ObservableList<ActionDescriptor> catalog = FXCollections.observableArrayList();
    /** Read-only, and always the same list: a listener added to it stays. */
    private final ObservableList<ActionDescriptor> catalogView = FXCollections.unmodifiableObservableList(catalog);
    private final ReadOnlyStringWrapper customerOs = new ReadOnlyStringWrapper("");
    private final ObservableList<ActionStatus> requests = FXCollections.observableArrayList();
    /** Read-only, and always the same list: a listener added to it stays. */
    private final ObservableList<ActionStatus> requestsView = FXCollections.unmodifiableObservableList(requests);
    /** What the installed-programs list found, by package id: what an uninstall can target. */
    private final ListedPrograms installed = new ListedPrograms("id");
    /** What the running-programs list found, by process id: what can be ended. */
    private final ListedPrograms running = new ListedPrograms("pid");

    /**
     * @param session the session the commands go to; null while there is none
     * @param status  where a command that was not sent says why, in words
     */
    ActionBoard(Supplier<AgentSession> session, Consumer<String> status) {
        this.session = Objects.requireNonNull(session, "session");
        this.status = Objects.requireNonNull(status, "status");
    }

    /** What the customer's computer offers; empty until a customer is connected. */
    ObservableList<ActionDescriptor> catalog() {
        return catalogView;
    }

    ReadOnlyStringProperty customerOsProperty() {
        return customerOs.getReadOnlyProperty();
    }

    /** Every action asked for in this session, newest last, with where it stands. */
    ObservableList<ActionStatus> requests() {
        return requestsView;
    }

    /** Programs seen in the customer's installed-programs list, to pick an uninstall target from. */
    ObservableList<String> knownPrograms() {
        return installed.keys();
    }

    /** Whether a known program's id or name holds {@code typed}, ignoring case. */
    boolean programMatches(String id, String typed) {
        return installed.matches(id, typed);
    }

    /** The programs the installed-programs list found, by id. */
    ListedPrograms installedPrograms() {
        return installed;
    }

    /** The programs the running-programs list of this session found, by process id. */
    ListedPrograms runningPrograms() {
        return running;
    }

    /** The request for this action and these parameters that is still under way, if one is. */
    Optional<ActionStatus> underWay(ActionDescriptor action, Map<String, String> parameters) {
        String target = ActionStatus.targetWords(parameters, listedAs(action, parameters));
        return requests.stream().filter(request -> request.isUnderWay(action.title(), target)).findFirst();
    }

    /**
     * What keeps the same request from being sent again, in words: the customer is still being
     * asked about it, or it still runs; empty when it may be sent.
     */
    String whyNotAgain(ActionDescriptor action, Map<String, String> parameters) {
        return underWay(action, parameters).map(request -> request.stage() == ActionStatus.Stage.RUNNING
                ? Texts.get("actions.stillRunning") : Texts.get("actions.beingAsked")).orElse("");
    }

    /**
     * Asks the customer's computer to run an action; the customer is asked first for scans and
     * changes. The same request still under way is not sent again.
     *
     * @return the id of the request sent; empty when none was
     */
    Optional<String> run(ActionDescriptor action, Map<String, String> parameters) {
        AgentSession current = session.get();
        if (current == null) {
            return Optional.empty();
        }
        String refused = whyNotAgain(action, parameters);
        if (!refused.isEmpty()) {
            status.accept(refused);
            return Optional.empty();
        }
        try {
            return Optional.of(current.requestAction(action, parameters, listedAs(action, parameters)));
        } catch (IOException | IllegalArgumentException e) {
            LOG.info("The action {} was not sent", action.id(), e);
            status.accept(Texts.get("console.actionNotSent"));
            return Optional.empty();
        }
    }

    void cancel(ActionStatus request) {
        AgentSession current = session.get();
        if (current != null && !request.stage().isFinished()) {
            current.cancelAction(request.requestId());
        }
    }

    void offered(String os, List<ActionDescriptor> actions) {
        customerOs.set(os);
        catalog.setAll(actions);
    }

    void changed(ActionStatus update) {
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i).requestId().equals(update.requestId())) {
                requests.set(i, update);
                learnPrograms(update);
                return;
            }
        }
        requests.add(update);
    }

    /**
     * A new session: nothing offered or asked for yet. The installed programs learnt stay; the running
     * ones were another computer's, or ran at another time.
     */
    void clear() {
        catalog.clear();
        requests.clear();
        customerOs.set("");
        running.clear();
    }

    /**
     * The id column of an installed-programs list names the programs an uninstall can target; the process
     * id column of a running-programs list, those that can be ended.
     */
    private void learnPrograms(ActionStatus update) {
        update.result().map(ActionResult::table).ifPresent(table -> {
            if (update.title().toLowerCase(java.util.Locale.ROOT).contains("installed")) {
                installed.learn(table);
            } else if (update.title().equals(titleOf(RUNNING_PROGRAMS, Texts.get("actions.processListDefault")))) {
                running.learn(table);
            }
        });
    }

    /**
     * The names the running-programs list gave the process ids among {@code parameters}, by parameter: what
     * the technician picked, as they picked it (decision 0049); a process id the list did not give is absent.
     */
    Map<String, String> listedAs(ActionDescriptor action, Map<String, String> parameters) {
        Map<String, String> names = new java.util.TreeMap<>();
        action.parameters().stream().filter(spec -> spec.kind() == ParameterSpec.Kind.PROCESS).forEach(spec -> {
            String name = running.name(parameters.getOrDefault(spec.name(), "").strip());
            if (!name.isBlank()) {
                names.put(spec.name(), name);
            }
        });
        return names;
    }

    /** The title the customer's catalog gives an action, or {@code otherwise} when it offers none of that id. */
    String titleOf(String actionId, String otherwise) {
        return catalog.stream().filter(a -> a.id().equals(actionId)).map(ActionDescriptor::title).findFirst()
                .orElse(otherwise);
    }
}
