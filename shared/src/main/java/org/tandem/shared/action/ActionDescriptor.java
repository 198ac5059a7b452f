package org.tandem.shared.action;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the customer's action catalog: what the action is called, how far it reaches, what
 * exactly it touches, and whether it can run on this computer at all.
 *
 * @param id stable identifier, such as {@code uninstall-program}
 * @param title what it does, in plain words, such as "Uninstall a program"
 * @param risk read, scan or change; scans and changes run only after the customer says yes
 * @param touches what exactly it reads or changes, in plain words
 * @param cancellable whether it can be stopped while it runs
 * @param available whether it can run on this computer
 * @param unavailableReason why not, in plain words; empty exactly when available
 * @param parameters what the technician must give it
 */
public record ActionDescriptor(String id, String title, ActionRisk risk, String touches, boolean cancellable,
        boolean available, String unavailableReason, List<ParameterSpec> parameters) {

    public static final int MAX_PARAMETERS = 4;

    public ActionDescriptor {
        ActionText.actionId(id);
        ActionText.line(title, 120, "title");
        Objects.requireNonNull(risk, "risk");
        ActionText.prose(touches, 300, "touches");
        ActionText.prose(unavailableReason, 300, "unavailableReason");
        if (available != unavailableReason.isEmpty()) {
            throw new IllegalArgumentException(available
                    ? "An available action has no unavailable reason" : "An unavailable action needs a reason");
        }
        Objects.requireNonNull(parameters, "parameters");
        if (parameters.size() > MAX_PARAMETERS) {
            throw new IllegalArgumentException("More than " + MAX_PARAMETERS + " parameters");
        }
        parameters = List.copyOf(parameters);
        if (parameters.stream().map(ParameterSpec::name).distinct().count() != parameters.size()) {
            throw new IllegalArgumentException("Parameter names repeat");
        }
    }

    /** The same action, marked as not available here for the given reason. */
    public ActionDescriptor unavailable(String reason) {
        return new ActionDescriptor(id, title, risk, touches, cancellable, false, reason, parameters);
    }

    /** Characters of text it holds, counted against {@link ActionText#MESSAGE_BUDGET}. */
    public int chars() {
        return id.length() + title.length() + touches.length() + unavailableReason.length()
                + parameters.stream().mapToInt(ParameterSpec::chars).sum();
    }
}
