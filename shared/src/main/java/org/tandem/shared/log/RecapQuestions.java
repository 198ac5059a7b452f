package org.tandem.shared.log;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tandem.shared.log.SessionFacts.ConsentDecision;
import org.tandem.shared.log.SessionFacts.SharingStop;

/**
 * The part of a recap that tells what the customer was asked to allow, in time order: every question
 * put to them (a {@code consent.asked}, or an answer on record) and its answer, and each pause in
 * sharing the screen. Nothing else: a request that ended before any question was put is told under
 * what was not done ({@link RecapDone}), for a recap that says the customer was asked when they were
 * not is false.
 */
final class RecapQuestions {
    private final DateTimeFormatter clock;

    RecapQuestions(DateTimeFormatter clock) {
        this.clock = clock;
    }

    private record Line(Instant at, String text) {}

    void write(SessionFacts facts, RecapWords words, RecapWriter out) {
        out.heading(words.consentHeading);
        List<Line> lines = new ArrayList<>();
        for (ConsentDecision consent : facts.consents()) {
            Instant when = consent.asked().or(consent::decided).orElseThrow();
            lines.add(new Line(when, clock.format(when) + " " + RecapGenerator.sentence(answered(consent,
                    facts, words))));
        }
        for (SharingStop stop : facts.sharingStops()) {
            lines.add(new Line(stop.stopped(), clock.format(stop.stopped()) + " "
                    + words.sharingStopped(stop.again().isPresent()) + stop.again().map(clock::format).orElse("") + "."));
        }
        if (facts.consents().isEmpty()) {
            out.paragraph(words.noConsents);
        }
        // A stable sort: lines of the same minute keep the order of the log.
        lines.sort(Comparator.comparing(Line::at));
        lines.forEach(line -> out.item(line.text()));
    }

    private static String answered(ConsentDecision consent, SessionFacts facts, RecapWords words) {
        String purpose = purpose(consent, facts, words);
        String asked = "Asked for permission to " + purpose + " — ";
        return switch (consent.decision()) {
            case GRANTED -> asked + words.customer + " allowed it";
            case DENIED -> asked + refusal(consent, words);
            case TIMED_OUT -> asked + (words == RecapWords.TO_CUSTOMER ? "nobody answered in time"
                    : "the customer did not answer in time") + ", so it was not allowed";
            case WITHDRAWN -> asked + "the technician withdrew the request before " + words.customer + " answered";
            case SESSION_ENDED, CONNECTION_DROPPED -> asked + words.cutOff(consent.decision(), facts.ending().how(), facts);
            case UNANSWERED -> asked + "no answer was recorded";
            case REVOKED -> words.withdrew + purpose;
        };
    }

    /** What a permission was for, in the words of this copy's reader, an action's target in words. */
    private static String purpose(ConsentDecision consent, SessionFacts facts, RecapWords words) {
        if (consent.purpose().isEmpty()) {
            return "do something that was not described";
        }
        String purpose = facts.actionFor(consent)
                .map(action -> ActionWords.described(consent.purpose(), action.parameters(), action.listedAs()))
                .orElse(consent.purpose());
        return RecapGenerator.lowerFirst(words != RecapWords.TO_CUSTOMER ? ConsentPurposes.forTechnician(purpose)
                : purpose);
    }

    /** A no from the customer, or one Tandem gave for them, with its reason. */
    private static String refusal(ConsentDecision consent, RecapWords words) {
        if (consent.byCustomer() || consent.decidedBy().isEmpty()) {
            return words.customer + " said no";
        }
        return consent.reason().isEmpty() ? "it was not allowed" : "it was not allowed: " + consent.reason();
    }
}
