package org.tandem.shared.log;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tandem.shared.log.SessionFacts.ControlEnd;
import org.tandem.shared.log.SessionFacts.ControlPeriod;
import org.tandem.shared.log.SessionFacts.SharingStop;

/**
 * Gathers, event by event, when the technician had control of the customer's mouse and keyboard and
 * when the customer paused sharing their screen, for {@link SessionFacts}.
 *
 * <p>Who ended control is read from the end's {@code by}: the customer, the technician, or Tandem
 * ({@code system}, the reason saying whether sharing stopped or the session ended) (decision 0031).
 * Logs written before that record every end of control on the customer's side as the customer's, so
 * there the reason tells that the technician gave control back or that the session ended, and control
 * that stops as the customer stops sharing ended with sharing. The console records no end for control
 * that a dropped connection or the end of the session took away; it ends there (decision 0030).
 */
final class ControlAndSharing {
    /** What an event did to sharing. */
    enum Sharing { STOPPED, STARTED_AGAIN, NO_CHANGE }

    private final List<ControlPeriod> periods = new ArrayList<>();
    private final List<SharingStop> stops = new ArrayList<>();
    private Instant controlSince;
    private boolean controlJustStopped;
    private boolean sharing;
    private Instant sharingStopped;

    /** Takes in one event; says what it did to sharing. */
    Sharing add(Instant at, JournalEvent event) {
        boolean justStopped = controlJustStopped;
        controlJustStopped = false;
        if (event instanceof JournalEvent.ControlStarted) {
            controlSince = controlSince == null ? at : controlSince;
        } else if (event instanceof JournalEvent.ControlStopped stopped) {
            controlJustStopped = controlSince != null;
            endControl(at, ControlEnd.of(stopped));
        } else if (event instanceof JournalEvent.ConnectionLost) {
            endControl(at, ControlEnd.CONNECTION_DROPPED);
        } else if (event instanceof JournalEvent.SessionEnded) {
            endControl(at, ControlEnd.SESSION_ENDED);
        } else if (event instanceof JournalEvent.ShareStopped stopped) {
            return shareStopped(at, stopped, justStopped);
        } else if (event instanceof JournalEvent.ShareStarted) {
            sharing = true;
            if (sharingStopped != null) {
                stops.add(new SharingStop(sharingStopped, Optional.of(at)));
                sharingStopped = null;
                return Sharing.STARTED_AGAIN;
            }
        }
        return Sharing.NO_CHANGE;
    }

    /** Whether the customer has paused sharing and not shared again. */
    boolean sharingStopped() {
        return sharingStopped != null;
    }

    /** The periods of control; one still open ends at {@code end}, the end of the log. */
    List<ControlPeriod> periods(Optional<Instant> end) {
        List<ControlPeriod> all = new ArrayList<>(periods);
        if (controlSince != null) {
            all.add(new ControlPeriod(controlSince, end.orElse(controlSince), ControlEnd.SESSION_ENDED));
        }
        return all;
    }

    /** The times the customer paused sharing, the last perhaps never shared again. */
    List<SharingStop> stops() {
        List<SharingStop> all = new ArrayList<>(stops);
        if (sharingStopped != null) {
            all.add(new SharingStop(sharingStopped, Optional.empty()));
        }
        return all;
    }

    private Sharing shareStopped(Instant at, JournalEvent.ShareStopped stopped, boolean controlJustStopped) {
        int last = periods.size() - 1;
        if (controlJustStopped && periods.get(last).end() == ControlEnd.CUSTOMER_TOOK_IT_BACK) {
            ControlPeriod period = periods.get(last);
            periods.set(last, new ControlPeriod(period.from(), period.to(), ControlEnd.SHARING_STOPPED));
        }
        endControl(at, ControlEnd.SHARING_STOPPED);
        if (!sharing || !stopped.paused()) {
            return Sharing.NO_CHANGE;
        }
        sharing = false;
        sharingStopped = at;
        return Sharing.STOPPED;
    }

    private void endControl(Instant at, ControlEnd end) {
        if (controlSince != null) {
            periods.add(new ControlPeriod(controlSince, at, end));
            controlSince = null;
        }
    }
}
