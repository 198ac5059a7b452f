package org.tandem.shared.log;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What happened in a session, gathered from its log events: who helped, when, the plan, the
 * consent decisions and the actions. Both the recap and the console's history are made from it,
 * so they cannot tell different stories. Keys read from the details are those of
 * {@link LogEventTypes}.
 *
 * @param technician   the technician's name, "" when the log does not say
 * @param organisation the technician's verified organisation, "" when it was not verified
 * @param next         what the customer should do next, from {@code session.ended}; "" when not said
 */
public record SessionFacts(String session, Optional<Instant> start, Optional<Instant> end, String technician,
                           String organisation, String customerName, List<PlanStep> plan,
                           List<ConsentDecision> consents, List<ActionRecord> actions, int chatMessages,
                           List<String> errors, String next) {

    /** One step of the plan and what became of it, e.g. {@code done}, {@code skipped}. */
    public record PlanStep(String title, String status) {}

    /** What the customer was asked, and what came of it. */
    public record ConsentDecision(String purpose, Optional<Instant> asked, Decision decision, Optional<Instant> decided) {}

    public enum Decision { GRANTED, DENIED, TIMED_OUT, REVOKED, UNANSWERED }

    /** An action the technician asked for, and its result; result and outcome are "" until known. */
    public record ActionRecord(String id, String action, Optional<Instant> requested, boolean started,
                               String result, String outcome) {}

    public SessionFacts {
        plan = List.copyOf(plan);
        consents = List.copyOf(consents);
        actions = List.copyOf(actions);
        errors = List.copyOf(errors);
    }

    /** From the first event to the last; zero for an empty log. */
    public Duration duration() {
        return start.isPresent() && end.isPresent() ? Duration.between(start.get(), end.get()) : Duration.ZERO;
    }

    /** Consents that were answered one way or another (not those still waiting when the log ended). */
    public long consentDecisionCount() {
        return consents.stream().filter(c -> c.decision() != Decision.UNANSWERED).count();
    }

    public static SessionFacts of(List<LogEntry> entries) {
        String session = entries.isEmpty() ? "" : entries.get(0).session();
        Optional<Instant> start = entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(0).time());
        Optional<Instant> end = entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1).time());
        String technician = "";
        String actorTechnician = "";
        String organisation = "";
        String customer = "";
        String next = "";
        int chat = 0;
        Map<String, String> plan = new LinkedHashMap<>();
        List<ConsentDecision> consents = new ArrayList<>();
        Map<String, ActionRecord> actions = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : entries) {
            if (actorTechnician.isEmpty() && entry.byTechnician()) {
                actorTechnician = entry.technicianName();
            }
            switch (entry.type()) {
                case LogEventTypes.SESSION_CONNECTED -> {
                    customer = firstNonEmpty(entry.detail("customerName"), customer);
                    technician = firstNonEmpty(technician, entry.detail("technician"));
                }
                case LogEventTypes.IDENTITY_VERIFIED -> {
                    technician = firstNonEmpty(entry.detail("technician"), technician);
                    organisation = entry.detail("organisation");
                }
                case LogEventTypes.IDENTITY_UNVERIFIED -> {
                    technician = firstNonEmpty(entry.detail("technician"), technician);
                    organisation = "";
                }
                case LogEventTypes.PLAN_CHANGED -> changePlan(plan, entry);
                case LogEventTypes.CONSENT_ASKED -> consents.add(new ConsentDecision(
                        entry.detail("for"), Optional.of(entry.time()), Decision.UNANSWERED, Optional.empty()));
                case LogEventTypes.CONSENT_GRANTED -> decide(consents, entry, Decision.GRANTED);
                case LogEventTypes.CONSENT_DENIED -> decide(consents, entry, Decision.DENIED);
                case LogEventTypes.CONSENT_TIMED_OUT -> decide(consents, entry, Decision.TIMED_OUT);
                case LogEventTypes.CONSENT_REVOKED -> consents.add(new ConsentDecision(
                        entry.detail("for"), Optional.empty(), Decision.REVOKED, Optional.of(entry.time())));
                case LogEventTypes.ACTION_REQUESTED, LogEventTypes.ACTION_STARTED, LogEventTypes.ACTION_RESULT ->
                        trackAction(actions, entry);
                case LogEventTypes.CHAT -> chat++;
                case LogEventTypes.ERROR -> errors.add(entry.detail("message"));
                case LogEventTypes.SESSION_ENDED -> next = entry.detail("next");
                default -> { }
            }
        }
        return new SessionFacts(session, start, end, firstNonEmpty(technician, actorTechnician), organisation, customer,
                plan.entrySet().stream().map(e -> new PlanStep(e.getKey(), e.getValue())).toList(),
                consents, new ArrayList<>(actions.values()), chat, errors, next);
    }

    private static void changePlan(Map<String, String> plan, LogEntry entry) {
        if (entry.details().get("steps") instanceof List<?> steps) {
            // The whole plan, as it now stands.
            plan.clear();
            for (Object step : steps) {
                if (step instanceof Map<?, ?> map && map.get("title") != null) {
                    plan.put(String.valueOf(map.get("title")), map.get("status") == null ? "" : String.valueOf(map.get("status")));
                } else if (step != null) {
                    plan.put(String.valueOf(step), "");
                }
            }
        } else if (!entry.detail("step").isEmpty()) {
            plan.put(entry.detail("step"), entry.detail("status"));
        }
    }

    /** The answer goes to the oldest unanswered question for the same thing. */
    private static void decide(List<ConsentDecision> consents, LogEntry entry, Decision decision) {
        String purpose = entry.detail("for");
        for (int i = 0; i < consents.size(); i++) {
            ConsentDecision asked = consents.get(i);
            if (asked.decision() == Decision.UNANSWERED && asked.purpose().equals(purpose)) {
                consents.set(i, new ConsentDecision(purpose, asked.asked(), decision, Optional.of(entry.time())));
                return;
            }
        }
        consents.add(new ConsentDecision(purpose, Optional.empty(), decision, Optional.of(entry.time())));
    }

    private static void trackAction(Map<String, ActionRecord> actions, LogEntry entry) {
        String id = firstNonEmpty(entry.detail("id"), entry.detail("action"));
        ActionRecord known = actions.get(id);
        String action = firstNonEmpty(entry.detail("action"), known == null ? "" : known.action());
        Optional<Instant> requested = known == null || known.requested().isEmpty() ? Optional.of(entry.time()) : known.requested();
        boolean started = (known != null && known.started()) || entry.type().equals(LogEventTypes.ACTION_STARTED);
        String result = known == null ? "" : known.result();
        String outcome = known == null ? "" : known.outcome();
        if (entry.type().equals(LogEventTypes.ACTION_RESULT)) {
            result = entry.detail("result");
            outcome = entry.detail("outcome");
        }
        actions.put(id, new ActionRecord(id, action, requested, started, result, outcome));
    }

    private static String firstNonEmpty(String first, String second) {
        return first.isEmpty() ? second : first;
    }
}
