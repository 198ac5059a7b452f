package org.tandem.customer.session;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern THE_TECHNICIAN_OPENING = Pattern.compile("\\bThe technician\\b");
    private static final Pattern THE_TECHNICIAN = Pattern.compile("\\bthe technician\\b");

    /** The technician as the session shows them: their verified name, or a neutral phrase. */
    private final String technician;
    private final Consumer<String> lines;
    private final Consumer<ActionEnding> endings;
    private final Clock clock;
    private final Map<String, String> names = new ConcurrentHashMap<>();
    private final Map<String, Integer> quarters = new ConcurrentHashMap<>();
    /** The requests that ran on this computer; one that ends without is withdrawn, refused or unanswered. */
    private final Set<String> started = ConcurrentHashMap.newKeySet();

    ActivityFeed(String technician, Consumer<String> lines, Clock clock) {
        this(technician, lines, ending -> { }, clock);
    }

    /**
     * @param technician the technician as the session shows them: their verified name, or the neutral phrase
     * @param endings also hears how each action ended, without the time, for a notification
     */
    ActivityFeed(String technician, Consumer<String> lines, Consumer<ActionEnding> endings, Clock clock) {
        this.technician = technician;
        this.lines = lines;
        this.endings = endings;
        this.clock = clock;
    }

    /**
     * "Dana Scully asked to uninstall “foo”": {@code what} starts with what the action does ("Uninstall
     * “foo”"). A look runs without asking the customer, so the technician chose it rather than asked.
     */
    @Override
    public void requested(String requestId, ActionRisk risk, String what) {
        names.put(requestId, what);
        String who = TechnicianIntroduction.capitalized(technician);
        line(risk == null ? who + " asked for something this computer does not offer."
                : who + (risk == ActionRisk.READ ? " chose to " : " asked to ") + followingTo(what) + ".");
    }

    @Override
    public void started(String requestId, boolean cancellable) {
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
        finished(result, "");
    }

    /** How it ended, in the customer's own words where the engine gave them, the technician's otherwise. */
    @Override
    public void finished(ActionResult result, String toCustomer) {
        String what = names.getOrDefault(result.requestId(), "An action");
        String ending = what + " — " + named(CustomerOutcomeWords.ending(result, toCustomer)) + ".";
        line(ending);
        endings.accept(new ActionEnding(result.outcome(), ending, started.remove(result.requestId())));
    }

    /** "Uninstall “foo”" after "asked to": its first word in small letters, unless it is an acronym. */
    private static String followingTo(String what) {
        if (what.length() > 1 && Character.isUpperCase(what.charAt(0)) && Character.isLowerCase(what.charAt(1))) {
            return Character.toLowerCase(what.charAt(0)) + what.substring(1);
        }
        return what;
    }

    /**
     * How an action ended speaks of "the technician"; in the customer's list the technician has the one
     * name the session shows them by, in every line.
     */
    private String named(String words) {
        String opening = THE_TECHNICIAN_OPENING.matcher(words)
                .replaceAll(Matcher.quoteReplacement(TechnicianIntroduction.capitalized(technician)));
        return THE_TECHNICIAN.matcher(opening).replaceAll(Matcher.quoteReplacement(technician));
    }

    private void line(String text) {
        lines.accept(stamped(clock, text));
    }

    /** "15:52  " and the text: a line of the list, with the time in this computer's time zone. */
    static String stamped(Clock clock, String text) {
        return LocalTime.ofInstant(clock.instant(), ZoneId.systemDefault()).format(TIME) + "  " + text;
    }
}
