package org.tandem.shared.log;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.tandem.shared.log.ConversationJournalEvents.PlanStep;

/**
 * A plan change in words, for the timelines (Activity, History, {@code log show}): which steps came,
 * went, or moved on, so a colleague reading the session later sees the plan as the customer saw it
 * grow, not "Plan changed: 3 steps" six times. A {@code plan.changed} event holds the whole plan;
 * what changed is read against the plan before it. Steps are known by their titles.
 */
final class PlanChangeWords {
    private PlanChangeWords() {}

    /** "Plan: “Look at what is installed” (done), “Remove the program” (planned)": the plan alone. */
    static String alone(List<PlanStep> steps, UnaryOperator<String> written) {
        if (steps.isEmpty()) {
            return "Plan: no steps";
        }
        return "Plan: " + steps.stream().map(step -> quoted(step.title(), written) + " (" + step.status() + ")")
                .collect(Collectors.joining(", "));
    }

    /**
     * "Plan: added “Remove the program”; “Look at what is installed” done; removed “Restart”": what
     * {@code now} changed of {@code before} ({@code before} empty for the first plan of a session).
     */
    static String between(List<PlanStep> before, List<PlanStep> now, UnaryOperator<String> written) {
        Map<String, String> was = states(before);
        Map<String, String> is = states(now);
        List<String> said = new ArrayList<>();
        List<String> added = is.keySet().stream().filter(title -> !was.containsKey(title))
                .map(title -> quoted(title, written)).toList();
        if (!added.isEmpty()) {
            said.add("added " + String.join(", ", added));
        }
        is.forEach((title, status) -> {
            String old = was.get(title);
            if (old != null && !old.equals(status)) {
                said.add(quoted(title, written) + " " + status);
            }
        });
        List<String> removed = was.keySet().stream().filter(title -> !is.containsKey(title))
                .map(title -> quoted(title, written)).toList();
        if (!removed.isEmpty()) {
            said.add("removed " + String.join(", ", removed));
        }
        if (said.isEmpty()) {
            boolean sameOrder = List.copyOf(was.keySet()).equals(List.copyOf(is.keySet()));
            said.add(sameOrder ? "no step changed" : "steps put in another order");
        }
        return "Plan: " + String.join("; ", said);
    }

    private static Map<String, String> states(List<PlanStep> steps) {
        Map<String, String> states = new LinkedHashMap<>();
        steps.forEach(step -> states.putIfAbsent(step.title(), step.status()));
        return states;
    }

    private static String quoted(String title, UnaryOperator<String> written) {
        return "“" + written.apply(title.isEmpty() ? "a step without a title" : title) + "”";
    }
}
