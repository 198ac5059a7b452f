package org.tandem.customer.action;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionText;
import org.tandem.shared.message.ControlMessage;

/**
 * The actions this computer offers, in the order the technician sees them. Actions it cannot run
 * are listed too, marked unavailable with the reason in plain words, so the technician knows what is
 * missing instead of finding out by trying.
 */
public final class ActionCatalog {
    private final String os;
    private final Map<String, Action> actions = new LinkedHashMap<>();

    /**
     * @param os the operating system as the technician should see it, such as "Debian GNU/Linux 12"
     */
    public ActionCatalog(String os, List<? extends Action> actions) {
        this.os = ActionText.clean(os, 100);
        for (Action action : actions) {
            if (this.actions.putIfAbsent(action.descriptor().id(), action) != null) {
                throw new IllegalArgumentException("Two actions have the id " + action.descriptor().id());
            }
        }
        toMessage(); // fails now, not when sent, if the catalog cannot be carried
    }

    public String os() {
        return os;
    }

    public Optional<Action> find(String id) {
        return Optional.ofNullable(actions.get(id));
    }

    public List<ActionDescriptor> descriptors() {
        return actions.values().stream().map(Action::descriptor).toList();
    }

    /**
     * What this computer cannot run, by action id in the catalog's order, with why in the customer's words
     * (decision 0045); what it can run is not in it.
     */
    public Map<String, String> notPossibleHere() {
        Map<String, String> why = new LinkedHashMap<>();
        actions.forEach((id, action) -> {
            if (action instanceof UnavailableAction unavailable) {
                why.put(id, unavailable.toCustomer());
            }
        });
        return java.util.Collections.unmodifiableMap(why);
    }

    /** The catalog as sent to the technician after the hello. */
    public ControlMessage.ActionCatalog toMessage() {
        return new ControlMessage.ActionCatalog(os, descriptors());
    }
}
