package org.tandem.customer.session;

import java.time.Duration;
import java.util.Objects;
import org.tandem.shared.message.Protocol;
import org.tandem.shared.pairing.PairingRole;
import org.tandem.shared.pairing.ResumeSecret;
import org.tandem.shared.session.SessionChannel;
import org.tandem.shared.session.resume.SessionResumer;

/**
 * Whether and how the customer's side reconnects a lost connection (decision 0013): the window, the
 * way back to the relay, where progress is shown, and the resumer of the session under way.
 */
final class ReconnectPlan {
    private volatile Duration window;
    private volatile SessionResumer.Reconnector reconnector;
    private volatile SessionResumer.Progress progress;
    private volatile SessionResumer resumer;

    /** From the next session on, a lost connection is resumed within {@code window}. */
    void set(Duration window, SessionResumer.Reconnector reconnector, SessionResumer.Progress progress) {
        this.window = Objects.requireNonNull(window, "window");
        this.reconnector = Objects.requireNonNull(reconnector, "reconnector");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** Lets {@code channel} resume a lost connection with the session's secret, when reconnecting was asked for. */
    void applyTo(SessionChannel channel, ResumeSecret resumeSecret) {
        SessionResumer.Reconnector reconnect = reconnector;
        if (reconnect != null) {
            SessionResumer resuming = new SessionResumer(PairingRole.CUSTOMER, resumeSecret, Protocol.VERSION, reconnect,
                    window, progress);
            resumer = resuming;
            channel.resumeOnLoss(resuming);
        }
    }

    /** Stops reconnecting, if a reconnect is under way. */
    void cancel() {
        SessionResumer current = resumer;
        if (current != null) {
            current.cancel();
        }
    }
}
