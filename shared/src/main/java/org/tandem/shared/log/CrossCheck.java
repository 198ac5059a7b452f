package org.tandem.shared.log;

import java.util.List;

/**
 * Both endpoints' logs of one session, checked against each other: each must be intact and hold
 * the other's final checkpoint as its receipt. Either side alone could rewrite and re-sign its own
 * log; it cannot change the receipt the other side keeps.
 *
 * @param problems what does not match, in plain words; empty when the two logs agree
 */
public record CrossCheck(LogVerification mine, LogVerification theirs, List<String> problems) {
    public CrossCheck {
        problems = List.copyOf(problems);
    }

    public boolean consistent() {
        return problems.isEmpty();
    }
}
