package org.tandem.relay.rendezvous;

import java.time.Duration;
import org.tandem.shared.relay.RelayMessage;

/** How nameplates, tokens, messages and durations are named in logs and in errors sent to people. */
final class RendezvousLabels {

    private RendezvousLabels() {
    }

    /** The first half of a nameplate: enough to follow it in the logs, never enough to join it. */
    static String shortName(String nameplate) {
        if (nameplate == null) {
            return "-";
        }
        return nameplate.length() > NameplateRegistry.KEY_DIGITS ? nameplate.substring(0, NameplateRegistry.KEY_DIGITS) + "…"
                : nameplate;
    }

    /** The first quarter of a resume token: enough to follow it in the logs. */
    static String shortToken(String token) {
        return token == null ? "-" : token.substring(0, 8) + "…";
    }

    static String typeOf(RelayMessage message) {
        return '"' + message.getClass().getSimpleName().toLowerCase() + '"';
    }

    static String describe(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
    }
}
