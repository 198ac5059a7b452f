package org.tandem.customer.ui;

import java.util.ArrayList;
import java.util.List;
import org.tandem.customer.session.CustomerState;

/**
 * What "End the session?" says will happen, from where the session stands now: whether the screen is
 * shared or paused, whether the technician controls the mouse and keyboard, and what runs on the
 * computer. It offers Stop control and Pause sharing only where they would do something.
 */
final class EndSessionWords {
    private EndSessionWords() {}

    /**
     * @param running what runs on the customer's computer now
     */
    static String consequences(CustomerState state, boolean controlled, List<RunningActionsViewModel.Row> running) {
        List<String> words = new ArrayList<>();
        if (controlled) {
            words.add(Texts.get("end.consequences.controlled"));
            words.add(Texts.get("end.instead.controlled"));
        } else if (state == CustomerState.SHARING) {
            words.add(Texts.get("end.consequences.shared"));
            words.add(Texts.get("end.instead.shared"));
        } else if (state == CustomerState.NOT_SHARING) {
            words.add(Texts.get("end.consequences.paused"));
        } else {
            words.add(Texts.get("end.consequences.notStarted"));
        }
        if (running.stream().anyMatch(RunningActionsViewModel.Row::stoppable)) {
            words.add(Texts.get("end.running.stops"));
        }
        if (running.stream().anyMatch(row -> !row.stoppable())) {
            words.add(Texts.get("end.running.goesOn"));
        }
        return String.join(" ", words);
    }
}
