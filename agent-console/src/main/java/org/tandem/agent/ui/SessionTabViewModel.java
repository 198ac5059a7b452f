package org.tandem.agent.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.tandem.agent.session.ActionStatus;
import org.tandem.agent.session.AgentState;
import org.tandem.agent.session.ControlState;
import org.tandem.shared.conversation.StepState;

/**
 * One customer's tab in the console: its title (the customer's name or ticket, else who joined, else the code) and
 * its badge (unread chat, questions waiting for the customer's answer, in control), over the
 * session's own view models.
 */
public final class SessionTabViewModel {
    private final ConsoleWorkspace workspace;
    private final StringBinding title;
    private final IntegerBinding waiting;
    private final BooleanBinding inControl;
    private final BooleanBinding ended;
    private final StringBinding badge;
    private final StringBinding summary;
    /** The number of a customer who joined without a name; 0 before they joined, or when they have a name. */
    private final IntegerProperty customerNumber = new SimpleIntegerProperty();

    /** A tab of its own, numbering its customer by itself; {@link SessionsViewModel} numbers across its tabs. */
    public SessionTabViewModel(ConsoleWorkspace workspace) {
        this(workspace, new AtomicInteger()::incrementAndGet);
    }

    /**
     * @param customerNumbers the next number for a customer who joins without a name (1, 2, …), once
     *                        per such customer, shared by the window's tabs
     */
    public SessionTabViewModel(ConsoleWorkspace workspace, IntSupplier customerNumbers) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(customerNumbers, "customerNumbers");
        ConsoleViewModel console = workspace.console();
        console.stateProperty().addListener((obs, was, now) -> {
            if (now == AgentState.CONNECTED && customerNumber.get() == 0 && console.sessionCustomerProperty().get().isEmpty()) {
                customerNumber.set(customerNumbers.getAsInt());
            }
        });
        StringBinding computer = workspace.customer().computerNameProperty();
        title = Bindings.createStringBinding(() -> {
            String customer = console.sessionCustomerProperty().get();
            if (!customer.isEmpty()) {
                return customer;
            }
            if (!computer.get().isEmpty()) {
                return computer.get();
            }
            if (customerNumber.get() > 0) {
                return Texts.format("sessions.titleNumbered", customerNumber.get());
            }
            String code = console.codeProperty().get();
            return code.isEmpty() ? Texts.get("sessions.titleNew") : Texts.format("sessions.titleCode", code);
        }, console.sessionCustomerProperty(), console.codeProperty(), computer, customerNumber);
        ended = Bindings.createBooleanBinding(() -> console.stateProperty().get() == AgentState.ENDED,
                console.stateProperty());
        inControl = Bindings.createBooleanBinding(() -> !ended.get() && console.controlProperty().get().held(), ended,
                console.controlProperty());
        waiting = Bindings.createIntegerBinding(this::countWaiting, console.stateProperty(), console.controlProperty(),
                console.actions().requests(), workspace.wrapUp().askedProperty(), workspace.wrapUp().answerProperty(),
                workspace.plan().steps(), workspace.plan().answers());
        badge = Bindings.createStringBinding(this::describeBadge, workspace.chat().unreadProperty(), waiting, inControl,
                ended, console.stateProperty());
        summary = Bindings.createStringBinding(() -> badge.get().isEmpty() ? title.get()
                : Texts.format("sessions.joined", title.get(), badge.get()), title, badge);
    }

    /** Questions put to the customer that they have not answered yet; none once the session ended. */
    private int countWaiting() {
        ConsoleViewModel console = workspace.console();
        if (console.stateProperty().get() == AgentState.ENDED) {
            return 0;
        }
        int count = console.controlProperty().get() == ControlState.REQUESTED ? 1 : 0;
        count += (int) console.actions().requests().stream()
                .filter(request -> request.stage() == ActionStatus.Stage.WAITING_FOR_CONSENT).count();
        if (workspace.wrapUp().askedProperty().get() && workspace.wrapUp().answerProperty().get().isEmpty()) {
            count++;
        }
        count += (int) workspace.plan().steps().stream().filter(step -> step.state() == StepState.NEEDS_OK
                && !workspace.plan().answers().containsKey(step.id())).count();
        return count;
    }

    private String describeBadge() {
        List<String> parts = new ArrayList<>();
        int unread = workspace.chat().unreadProperty().get();
        if (unread > 0) {
            parts.add(Texts.format("sessions.unread", unread));
        }
        if (waiting.get() > 0) {
            parts.add(Texts.format("sessions.waiting", waiting.get()));
        }
        if (inControl.get()) {
            parts.add(Texts.get("sessions.inControl"));
        }
        if (workspace.console().stateProperty().get() == AgentState.RECONNECTING) {
            parts.add(Texts.get("sessions.reconnecting"));
        }
        if (ended.get()) {
            parts.add(Texts.get("sessions.ended"));
        }
        return parts.stream().reduce((left, right) -> Texts.format("sessions.joined", left, right)).orElse("");
    }

    /**
     * The customer's name or ticket as typed; else, once they joined, their computer's name or
     * "Customer 2"; before that the code, or "New session" before the code.
     */
    public StringBinding titleProperty() {
        return title;
    }

    /** e.g. "2 unread · 1 waiting · in control"; "" when there is nothing to tell. */
    public StringBinding badgeProperty() {
        return badge;
    }

    /** The title and the badge in one line, for the tab's tooltip and spoken name: "Alice · 2 unread · in control". */
    public StringBinding summaryProperty() {
        return summary;
    }

    /** Questions the customer has not answered yet: control, consent to an action, a step's OK, "is it working?". */
    public IntegerBinding waitingProperty() {
        return waiting;
    }

    /** Whether the technician's hands are on this customer's computer (paused included). */
    public BooleanBinding inControlProperty() {
        return inControl;
    }

    public BooleanBinding endedProperty() {
        return ended;
    }

    /** Whether closing the tab ends a session with a connected customer, so it asks first. */
    public boolean needsConfirmation() {
        return workspace.console().customerConnected();
    }

    /** This session's own view models. */
    public ConsoleWorkspace workspace() {
        return workspace;
    }

    public ConsoleViewModel console() {
        return workspace.console();
    }
}
