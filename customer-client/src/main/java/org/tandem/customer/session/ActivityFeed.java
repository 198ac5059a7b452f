package org.tandem.customer.session;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.tandem.customer.action.ActionListener;
import org.tandem.customer.action.CustomerOutcomeWords;
import org.tandem.shared.action.ActionProgress;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionRisk;

/**
 * Everything the technician does on the customer's computer, one plain line each, as it happens:
 * looks (which run without asking), scans and changes, and how each ended.
 */
final class ActivityFeed implements ActionListener {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Consumer<String> lines;
    private final Consumer<ActionEnding> endings;
    private final Clock clock;
    private final Map<String, String> names = new ConcurrentHashMap<>();
    private final Map<String, Integer> quarters = new ConcurrentHashMap<>();
    /** The requests that ran on this computer; one that ends without is withdrawn, refused or unanswered. */
    private final Set<String> started = ConcurrentHashMap.newKeySet();

    ActivityFeed(Consumer<String> lines, Clock clock) {
        this(lines, ending -> { }, clock);
    }

    /** {@code endings} also hears how each action ended, without the time, for a notification. */
    ActivityFeed(Consumer<String> lines, Consumer<ActionEnding> endings, Clock clock) {
        this.lines = lines;
        this.endings = endings;
        this.clock = clock;
    }

    @Override
    public void requested(String requestId, ActionRisk risk, String what) {
        names.put(requestId, what);
        String verb = risk == null ? "asked for something this computer does not offer"
                : switch (risk) {
                    case READ -> "looked at";
                    case SCAN -> "asked to scan";
                    case CHANGE -> "asked to change";
                };
        line("The technician " + verb + (risk == null ? "" : ": " + what) + ".");
    }

    @Override
    public void started(String requestId) {
        started.add(requestId);
        line("Started: " + names.getOrDefault(requestId, "an action") + ".");
    }

    /** Progress goes in the feed at each quarter, so a long scan shows it is moving without a flood. */
    @Override
    public void progressed(ActionProgress progress) {
        if (progress.percent() < 0) {
            return;
        }
        int quarter = progress.percent() / 25;
        Integer shown = quarters.put(progress.requestId(), quarter);
        if (quarter > 0 && quarter < 4 && (shown == null || shown < quarter)) {
            line(names.getOrDefault(progress.requestId(), "An action") + ": " + quarter * 25 + "% done"
                    + (progress.line().isBlank() ? "" : " — " + progress.line()) + ".");
        }
    }

    @Override
    public void finished(ActionResult result) {
        String what = names.getOrDefault(result.requestId(), "An action");
        String ending = what + " — " + CustomerOutcomeWords.ending(result) + ".";
        line(ending);
        endings.accept(new ActionEnding(result.outcome(), ending, started.remove(result.requestId())));
    }

    private void line(String text) {
        lines.accept(LocalTime.now(clock.withZone(ZoneId.systemDefault())).format(TIME) + "  " + text);
    }
}
