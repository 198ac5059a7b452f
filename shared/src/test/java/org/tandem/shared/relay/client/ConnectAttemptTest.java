package org.tandem.shared.relay.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which of Cancel and the end of the try comes first, and what is closed. */
class ConnectAttemptTest {
    private final List<String> closed = new ArrayList<>();
    private final ConnectAttempt attempt = new ConnectAttempt();

    @Test
    void cancelClosesWhatTheTryHoldsNowAndWhateverItIsHandedLater() throws Exception {
        attempt.opened(() -> closed.add("ssh session"));

        assertTrue(attempt.cancel());
        assertEquals(List.of("ssh session"), closed);
        assertThrows(ConnectCancelledException.class, () -> attempt.opened(() -> closed.add("channel")));
        assertEquals(List.of("ssh session", "channel"), closed, "what opened after the cancel is closed at once");
        assertThrows(ConnectCancelledException.class, attempt::checkNotCancelled);
        assertFalse(attempt.finish(), "a try cancelled first does not finish");
    }

    @Test
    void whatTheTryHandsOnReplacesWhatItHeldBefore() throws Exception {
        attempt.opened(() -> closed.add("ssh session"));
        attempt.opened(() -> closed.add("connection"));

        attempt.cancel();

        assertEquals(List.of("connection"), closed, "the connection closes its session itself");
    }

    @Test
    void aTryThatFinishedIsNoLongerCancelledAndKeepsWhatItOpened() throws Exception {
        attempt.opened(() -> closed.add("paired link"));

        assertTrue(attempt.finish());

        assertFalse(attempt.cancel(), "too late: the session owns the link now");
        assertFalse(attempt.isCancelled());
        assertEquals(List.of(), closed);
    }

    @Test
    void aFailingCloseDoesNotHideTheCancel() throws Exception {
        attempt.opened(() -> {
            throw new java.io.IOException("already gone");
        });

        assertTrue(attempt.cancel());
        assertTrue(attempt.isCancelled());
    }
}
