package org.tandem.agent.session;

import org.tandem.shared.relay.RelayMessage;
import org.tandem.shared.relay.client.RelayFailure;
import org.tandem.shared.relay.client.RelayRefusedException;

/**
 * What the technician reads when a session could not start because of the relay: which way it failed
 * and what to do, never the failure's own text (addresses, library messages), which is for the app log.
 */
final class RelayFailureWords {
    private static final String COULD_NOT_START = "The session could not start: ";
    static final String UNREACHABLE = COULD_NOT_START + "the console could not reach Tandem's relay. Check that this "
            + "computer is connected to the network and that the relay is running, then press New code.";
    static final String NO_ANSWER = COULD_NOT_START + "Tandem's relay did not answer in time. Check that this computer "
            + "is connected to the network, then press New code.";
    static final String RESTARTING = COULD_NOT_START + "Tandem's relay is restarting. Press New code in a minute.";
    static final String HOST_KEY_CHANGED = COULD_NOT_START + "the relay is not the one this console knows, so someone "
            + "may be posing as it. Nothing was shared. Tell whoever runs your relay.";
    static final String LOGIN_REFUSED = COULD_NOT_START + "the relay did not accept this console. Check that your "
            + "technician certificate is installed, or tell whoever runs your relay.";
    static final String OTHER = COULD_NOT_START + "the relay could not be reached or refused the session, or the "
            + "session's record could not be saved. The console's log has the details.";

    private RelayFailureWords() {}

    /** The technician's words for {@code failure}, read from the outermost cause inwards: Tandem's own wrap the network's. */
    static String describe(Throwable failure) {
        return RelayFailure.firstWords(failure, RelayFailureWords::wordsFor).orElse(OTHER);
    }

    private static String wordsFor(Throwable failure) {
        if (failure instanceof RelayRefusedException refused) {
            return RelayMessage.Error.CLOSING.equals(refused.code()) ? RESTARTING : null;
        }
        return RelayFailure.of(failure).map(kind -> switch (kind) {
            case HOST_KEY_CHANGED -> HOST_KEY_CHANGED;
            case LOGIN_REFUSED -> LOGIN_REFUSED;
            case NO_ANSWER -> NO_ANSWER;
            case UNREACHABLE -> UNREACHABLE;
            case NOT_UNDERSTOOD -> null;
        }).orElse(null);
    }
}
