package org.tandem.shared.action;

import java.util.Map;
import java.util.Objects;

/**
 * The technician asks the customer's computer to run one action.
 *
 * @param requestId chosen by the console, unique within the session; every later message about
 *     this run carries it
 * @param actionId which catalog entry
 * @param parameters the action's parameters by name; at most {@link #MAX_PARAMETERS}
 */
public record ActionRequest(String requestId, String actionId, Map<String, String> parameters) {
    public static final int MAX_PARAMETERS = 8;
    public static final int MAX_VALUE_CHARS = 4096;
    public static final int MAX_TOTAL_CHARS = 8192;

    public ActionRequest {
        ActionText.requestId(requestId);
        ActionText.actionId(actionId);
        Objects.requireNonNull(parameters, "parameters");
        if (parameters.size() > MAX_PARAMETERS) {
            throw new IllegalArgumentException("More than " + MAX_PARAMETERS + " parameters");
        }
        int total = 0;
        for (Map.Entry<String, String> entry : parameters.entrySet()) {
            ActionText.parameterName(entry.getKey());
            total += ActionText.prose(entry.getValue(), MAX_VALUE_CHARS, "parameter " + entry.getKey()).length();
        }
        if (total > MAX_TOTAL_CHARS) {
            throw new IllegalArgumentException("Parameters longer than " + MAX_TOTAL_CHARS + " characters in all");
        }
        parameters = Map.copyOf(parameters);
    }
}
