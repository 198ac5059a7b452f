package org.tandem.shared.message;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.Objects;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionProgress;
import org.tandem.shared.action.ActionRequest;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionText;

/**
 * Actions on the customer's computer: the catalog the customer offers, the technician's request, the
 * customer's consent, and how the action runs and ends.
 *
 * <p>Read these records as members of {@link ControlMessage} ({@code ControlMessage.ActionCatalog} and so on):
 * it extends this interface only to give them that name, and permits and registers them as its messages.
 */
interface ActionMessages {

    /**
     * The actions the customer's computer offers, sent by the customer after the hello. Actions this
     * computer cannot run are listed too, marked unavailable with the reason in plain words.
     *
     * @param os the customer's operating system, as shown to the technician
     */
    @JsonTypeName("action-catalog")
    record ActionCatalog(String os, List<ActionDescriptor> actions) implements ControlMessage {
        public static final int MAX_ACTIONS = 24;

        public ActionCatalog {
            ActionText.line(os, 100, "os");
            Objects.requireNonNull(actions, "actions");
            if (actions.size() > MAX_ACTIONS) {
                throw new IllegalArgumentException("More than " + MAX_ACTIONS + " actions");
            }
            actions = List.copyOf(actions);
            if (actions.stream().map(ActionDescriptor::id).distinct().count() != actions.size()) {
                throw new IllegalArgumentException("Action ids repeat");
            }
            if (actions.stream().mapToInt(ActionDescriptor::chars).sum() > ActionText.MESSAGE_BUDGET) {
                throw new IllegalArgumentException("Catalog holds more than " + ActionText.MESSAGE_BUDGET + " characters");
            }
        }
    }

    /** The technician asks for an action; scans and changes run only after the customer says yes. */
    @JsonTypeName("action-requested")
    record ActionRequested(ActionRequest request) implements ControlMessage {
        public ActionRequested {
            Objects.requireNonNull(request, "request");
        }
    }

    /** The customer is being asked, with {@code promptText} exactly as the customer sees it. */
    @JsonTypeName("action-consent-asked")
    record ActionConsentAsked(String requestId, String promptText) implements ControlMessage {
        public ActionConsentAsked {
            ActionText.requestId(requestId);
            ActionText.prose(promptText, 1000, "promptText");
        }
    }

    /** The action is running (after the customer said yes, for scans and changes). */
    @JsonTypeName("action-started")
    record ActionStarted(String requestId) implements ControlMessage {
        public ActionStarted {
            ActionText.requestId(requestId);
        }
    }

    /** How a running action is getting on; sent a few times a second at most. */
    @JsonTypeName("action-progressed")
    record ActionProgressed(ActionProgress progress) implements ControlMessage {
        public ActionProgressed {
            Objects.requireNonNull(progress, "progress");
        }
    }

    /** How the action ended: ran, failed, was refused, denied, timed out or cancelled. Always the last word on a request. */
    @JsonTypeName("action-finished")
    record ActionFinished(ActionResult result) implements ControlMessage {
        public ActionFinished {
            Objects.requireNonNull(result, "result");
        }
    }

    /** The technician withdraws a request, or stops the action if it already runs. */
    @JsonTypeName("action-cancel")
    record ActionCancel(String requestId) implements ControlMessage {
        public ActionCancel {
            ActionText.requestId(requestId);
        }
    }
}
