package org.tandem.agent.ui.plan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.agent.conversation.AgentConversation;
import org.tandem.agent.session.ActionStatus;
import org.tandem.agent.ui.ConversationAccess;
import org.tandem.agent.ui.Texts;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.conversation.PlanStep;
import org.tandem.shared.conversation.StepState;
import org.tandem.shared.message.ControlMessage;

/**
 * The plan of action as the technician writes it: steps added, edited, reordered, removed, their
 * states, and the catalog action a step runs. The list here is the technician's plan; every change
 * sends the whole plan, in order, through one serial executor, so the customer sees each revision
 * in the order it was made. Before the customer is connected the plan is kept and sent on arrival.
 */
public final class PlanViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(PlanViewModel.class);

    /** Runs a catalog action for a step, without parameters; returns the request's id. Called off the FX thread. */
    @FunctionalInterface
    public interface StepRunner {
        String run(ActionDescriptor action) throws IOException;
    }

    private final Executor fx;
    private final Executor send;
    private final ConversationAccess access;
    private final StepRunner runner;
    private final ObservableList<ActionDescriptor> catalog;
    private final ObservableList<ActionDescriptor> catalogView;
    private final ObservableList<PlanStep> steps = FXCollections.observableArrayList();
    /** Read-only, and always the same list: a listener added to it stays. */
    private final ObservableList<PlanStep> stepsView = FXCollections.unmodifiableObservableList(steps);
    private final ObservableMap<String, String> answers = FXCollections.observableHashMap();
    /** Read-only, and always the same list: a listener added to it stays. */
    private final ObservableMap<String, String> answersView = FXCollections.unmodifiableObservableMap(answers);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyObjectWrapper<ActionDescriptor> actionToPrepare = new ReadOnlyObjectWrapper<>();
    private final Map<String, String> stepOfRequest = new ConcurrentHashMap<>();
    /** Where a step stood before its request was sent: it goes back there when the request does not succeed. */
    private final Map<String, StepState> stateBeforeRun = new ConcurrentHashMap<>();
    /** How a step's last request ended when it did not succeed, in words, by step id. */
    private final ObservableMap<String, String> outcomes = FXCollections.observableHashMap();
    private final ObservableMap<String, String> outcomesView = FXCollections.unmodifiableObservableMap(outcomes);
    /** The step handed to the Actions tab, waiting for the request of its action; null when none waits. */
    private String preparingStep;
    private String preparingAction;

    /**
     * @param fx      the FX thread ({@code Platform::runLater}; {@code Runnable::run} in tests)
     * @param send    one thread, in order, for what records and sends
     * @param catalog what the customer's computer offers
     */
    public PlanViewModel(Executor fx, Executor send, ConversationAccess access, StepRunner runner,
            ObservableList<ActionDescriptor> catalog) {
        this.fx = Objects.requireNonNull(fx, "fx");
        this.send = Objects.requireNonNull(send, "send");
        this.access = Objects.requireNonNull(access, "access");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.catalogView = FXCollections.unmodifiableObservableList(catalog);
    }

    /** The plan, in order. */
    public ObservableList<PlanStep> steps() {
        return stepsView;
    }

    /** The customer's answer to a step that needed their OK, in words, by step id. */
    public ObservableMap<String, String> answers() {
        return answersView;
    }

    /**
     * How the last request of a step ended when it did not succeed, in words, by step id: the step then
     * stays as it was, and this says why.
     */
    public ObservableMap<String, String> outcomes() {
        return outcomesView;
    }

    /** What became of the last change, or why it was refused, in words. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** False once the session has ended: the plan can then no longer change. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /** An action a step links to that needs its target filled in on the Actions tab first. */
    public ReadOnlyObjectProperty<ActionDescriptor> actionToPrepareProperty() {
        return actionToPrepare.getReadOnlyProperty();
    }

    public ObservableList<ActionDescriptor> catalog() {
        return catalogView;
    }

    /** Adds a step at the end; false (with the reason in {@link #messageProperty()}) when it is not a step. */
    public boolean add(String title, String detail, String actionId) {
        Optional<PlanStep> step = StepDraft.step(UUID.randomUUID().toString(), title, detail, actionId, StepState.PLANNED,
                message::set);
        if (step.isEmpty()) {
            return false;
        }
        List<PlanStep> next = new ArrayList<>(steps);
        next.add(step.get());
        return publish(next);
    }

    /** Changes a step's words or linked action; its state and place stay. */
    public boolean edit(String id, String title, String detail, String actionId) {
        int at = indexOf(id);
        if (at < 0) {
            return false;
        }
        Optional<PlanStep> step = StepDraft.step(id, title, detail, actionId, steps.get(at).state(), message::set);
        if (step.isEmpty()) {
            return false;
        }
        List<PlanStep> next = new ArrayList<>(steps);
        next.set(at, step.get());
        return publish(next);
    }

    public boolean remove(String id) {
        int at = indexOf(id);
        if (at < 0) {
            return false;
        }
        List<PlanStep> next = new ArrayList<>(steps);
        next.remove(at);
        if (!publish(next)) {
            return false;
        }
        answers.remove(id);
        outcomes.remove(id);
        return true;
    }

    /** Moves a step {@code by} places (-1 up, +1 down); nothing at the ends. */
    public boolean move(String id, int by) {
        int at = indexOf(id);
        int to = at + by;
        if (at < 0 || to < 0 || to >= steps.size() || by == 0) {
            return false;
        }
        List<PlanStep> next = new ArrayList<>(steps);
        next.add(to, next.remove(at));
        return publish(next);
    }

    public boolean setState(String id, StepState state) {
        int at = indexOf(id);
        if (at < 0 || steps.get(at).state() == state) {
            return false;
        }
        List<PlanStep> next = new ArrayList<>(steps);
        next.set(at, steps.get(at).withState(state));
        if (!publish(next)) {
            return false;
        }
        if (state == StepState.NEEDS_OK) {
            answers.remove(id);
        }
        return true;
    }

    /**
     * Runs the step's linked action: the step goes in progress and is done when the action is. An
     * action that needs a target is handed to the Actions tab instead, and the step follows the request
     * the technician sends from there (see {@link #actionSent}).
     */
    public void runStep(String id) {
        int at = indexOf(id);
        if (at < 0 || steps.get(at).actionId().isEmpty()) {
            return;
        }
        if (!editable.get()) {
            message.set(Texts.get("plan.ended"));
            return;
        }
        PlanStep step = steps.get(at);
        Optional<ActionDescriptor> action = catalog.stream().filter(a -> a.id().equals(step.actionId())).findFirst();
        if (action.isEmpty() || !action.get().available()) {
            message.set(Texts.format("plan.actionUnavailable", step.title()));
            return;
        }
        if (action.get().parameters().stream().anyMatch(p -> p.required())) {
            preparingStep = id;
            preparingAction = action.get().id();
            actionToPrepare.set(null);
            actionToPrepare.set(action.get());
            message.set(Texts.format("plan.actionNeedsTarget", action.get().title(), step.title()));
            return;
        }
        startFollowing(id);
        ActionDescriptor chosen = action.get();
        send.execute(() -> {
            try {
                stepOfRequest.put(runner.run(chosen), id);
            } catch (IOException | RuntimeException e) {
                LOG.info("The step's action was not sent", e);
                fx.execute(() -> message.set(Texts.format("plan.actionNotSent", chosen.title())));
            }
        });
    }

    /**
     * The Actions tab sent a request (FX thread). When it carries the action of the step handed there
     * by Run step, the step follows it: in progress now, done when it succeeds. A request of another
     * action leaves the step waiting.
     */
    public void actionSent(ActionDescriptor action, String requestId) {
        String id = preparingStep;
        if (id == null || !action.id().equals(preparingAction) || indexOf(id) < 0) {
            return;
        }
        preparingStep = null;
        preparingAction = null;
        startFollowing(id);
        stepOfRequest.put(requestId, id);
        message.set(Texts.format("plan.stepFollows", steps.get(indexOf(id)).title(), action.title()));
    }

    private void startFollowing(String id) {
        int at = indexOf(id);
        StepState before = steps.get(at).state();
        outcomes.remove(id);
        stateBeforeRun.put(id, before == StepState.IN_PROGRESS ? StepState.PLANNED : before);
        setState(id, StepState.IN_PROGRESS);
    }

    /** The customer joined: a plan written before is sent now. */
    public void connected() {
        fx.execute(() -> {
            if (!steps.isEmpty()) {
                publish(new ArrayList<>(steps));
            }
        });
    }

    /**
     * The session has ended: its plan stays as it was last sent, and no change is taken any more (it
     * could be neither recorded nor sent). Any thread.
     */
    public void ended() {
        fx.execute(() -> {
            editable.set(false);
            message.set(Texts.get("plan.ended"));
        });
    }

    /** A new session starts with an empty plan, which may be written before the customer connects. */
    public void clear() {
        editable.set(true);
        steps.clear();
        answers.clear();
        outcomes.clear();
        stepOfRequest.clear();
        stateBeforeRun.clear();
        preparingStep = null;
        preparingAction = null;
        message.set("");
    }

    /** The plan was recorded and sent (called from the session's thread). */
    public void planChanged(List<PlanStep> plan) {
        fx.execute(() -> message.set(plan.size() == 1 ? Texts.get("plan.sentOne")
                : Texts.format("plan.sent", plan.size())));
    }

    /**
     * The question about a step that needed the customer's OK ended. The answer shows beside the step
     * (a question their side closed before they answered, as not answered and why), and a step that still
     * waits on it moves on, for both sides and the recap: in progress after an OK, skipped after a no or
     * no answer (the technician may ask again). A step the technician has moved on since keeps its state.
     */
    public void planStepAnswered(ControlMessage.PlanStepAnswered answer) {
        String stepId = answer.stepId();
        fx.execute(() -> {
            answers.put(stepId, answer.ok() ? Texts.get("plan.answer.ok")
                    : answer.closedBeforeAnAnswer() ? Texts.format("plan.answer.notAnswered", answer.reason())
                    : answer.timedOut() ? Texts.get("plan.answer.none") : Texts.get("plan.answer.no"));
            int at = indexOf(stepId);
            if (at >= 0 && steps.get(at).state() == StepState.NEEDS_OK) {
                setState(stepId, answer.ok() ? StepState.IN_PROGRESS : StepState.SKIPPED);
            }
        });
    }

    /**
     * A step's action finished: done makes the step done. Anything else puts a step still in progress
     * back where it stood before the request, with how the request ended beside it, for the technician
     * to judge. A step the technician has moved on since keeps its state.
     */
    public void actionChanged(ActionStatus status) {
        if (!status.stage().isFinished()) {
            return;
        }
        // On the FX thread, after a link the Actions tab made there when it sent the request.
        fx.execute(() -> {
            String stepId = stepOfRequest.remove(status.requestId());
            if (stepId == null) {
                return;
            }
            StepState before = stateBeforeRun.remove(stepId);
            int at = indexOf(stepId);
            if (at < 0) {
                return;
            }
            String title = steps.get(at).title();
            if (status.stage() == ActionStatus.Stage.DONE) {
                outcomes.remove(stepId);
                setState(stepId, StepState.DONE);
                return;
            }
            outcomes.put(stepId, Texts.format("plan.outcome", status.describe()));
            if (steps.get(at).state() == StepState.IN_PROGRESS && before != null) {
                setState(stepId, before);
            }
            message.set(Texts.format("plan.actionEnded", title, status.stage().words()));
        });
    }

    private boolean publish(List<PlanStep> next) {
        if (!editable.get()) {
            message.set(Texts.get("plan.ended"));
            return false;
        }
        if (next.size() > org.tandem.shared.message.ControlMessage.PlanUpdated.MAX_STEPS) {
            message.set(Texts.format("plan.tooManySteps", org.tandem.shared.message.ControlMessage.PlanUpdated.MAX_STEPS));
            return false;
        }
        steps.setAll(next);
        Optional<AgentConversation> conversation = access.conversation();
        if (conversation.isEmpty()) {
            message.set(Texts.get("plan.notYetSent"));
            return true;
        }
        List<PlanStep> plan = List.copyOf(next);
        send.execute(() -> {
            if (!conversation.get().setPlan(plan)) {
                fx.execute(() -> message.set(Texts.get("plan.notRecorded")));
            }
        });
        return true;
    }

    private int indexOf(String id) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
