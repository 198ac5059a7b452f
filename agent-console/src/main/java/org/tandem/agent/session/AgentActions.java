package org.tandem.agent.session;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionRequest;
import org.tandem.shared.log.LogEventTypes;
import org.tandem.shared.log.SessionJournal;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.ProtocolException;

/**
 * The technician's side of actions: the customer's catalog, the requests sent, and what became of
 * each, recorded in the console's log. The customer's side asks, decides and runs; this side asks
 * and follows.
 */
final class AgentActions {
    private final Map<String, ActionStatus> requests = new ConcurrentHashMap<>();
    private final AgentSessionListener listener;
    private volatile List<ActionDescriptor> catalog = List.of();

    AgentActions(AgentSessionListener listener) {
        this.listener = listener;
    }

    /** Sends a request; the returned id names it in every update. */
    String request(ActionDescriptor action, Map<String, String> parameters, SessionJournal journal, String actor,
            Consumer<ControlMessage> send) throws java.io.IOException {
        if (!action.available()) {
            throw new IllegalArgumentException(action.title() + " is not available: " + action.unavailableReason());
        }
        String id = UUID.randomUUID().toString();
        String target = new TreeMap<>(parameters).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
        journal.record(actor, LogEventTypes.ACTION_REQUESTED, Map.of("requestId", id, "action", action.id(),
                "title", action.title(), "target", target, "risk", action.risk().name().toLowerCase(java.util.Locale.ROOT)));
        ActionStatus status = new ActionStatus(id, action.title(), target, ActionStatus.Stage.REQUESTED, -1, "",
                Optional.empty());
        update(status);
        send.accept(new ControlMessage.ActionRequested(new ActionRequest(id, action.id(), parameters)));
        return id;
    }

    /** Handles an action message from the customer; false for any other message. */
    boolean handle(ControlMessage message, SessionJournal journal, String actor) throws ProtocolException {
        if (message instanceof ControlMessage.ActionCatalog offered) {
            catalog = List.copyOf(offered.actions());
            listener.actionCatalog(offered.os(), catalog);
        } else if (message instanceof ControlMessage.ActionConsentAsked asked) {
            known(asked.requestId()).ifPresent(s -> update(s.with(ActionStatus.Stage.WAITING_FOR_CONSENT, -1,
                    asked.promptText())));
        } else if (message instanceof ControlMessage.ActionStarted started) {
            known(started.requestId()).ifPresent(s -> update(s.with(ActionStatus.Stage.RUNNING, 0, "")));
        } else if (message instanceof ControlMessage.ActionProgressed progressed) {
            known(progressed.progress().requestId()).ifPresent(s -> update(s.with(ActionStatus.Stage.RUNNING,
                    progressed.progress().percent(), progressed.progress().line())));
        } else if (message instanceof ControlMessage.ActionFinished finished) {
            ActionStatus status = known(finished.result().requestId())
                    .orElseThrow(() -> new ProtocolException("A result for an action nobody asked for"));
            try {
                journal.record(actor, LogEventTypes.ACTION_RESULT, Map.of("requestId", status.requestId(),
                        "title", status.title(), "outcome", finished.result().outcome().name().toLowerCase(
                                java.util.Locale.ROOT), "exitStatus", finished.result().exitStatus(),
                        "summary", finished.result().summary()));
            } catch (java.io.IOException e) {
                throw new ProtocolException("The console's log could not be written: " + e.getMessage(), e);
            }
            update(status.finished(finished.result()));
        } else {
            return false;
        }
        return true;
    }

    List<ActionDescriptor> catalog() {
        return catalog;
    }

    Optional<ActionStatus> status(String requestId) {
        return Optional.ofNullable(requests.get(requestId));
    }

    private Optional<ActionStatus> known(String requestId) {
        return Optional.ofNullable(requests.get(requestId));
    }

    private void update(ActionStatus status) {
        requests.put(status.requestId(), status);
        listener.actionChanged(status);
    }
}
