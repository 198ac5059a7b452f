package org.tandem.shared.relay.client;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.tandem.shared.relay.RelayProtocolException;

/**
 * Which way reaching the relay failed, read from what the relay client or the network threw: each app
 * tells its person in its own words, and never in the failure's own text, which is for the app log.
 */
public enum RelayFailure {
    /** The relay's address could not be reached: no network, a wrong address, the relay not running. */
    UNREACHABLE,
    /** The relay, or the network on the way, did not answer in time. */
    NO_ANSWER,
    /** The relay is not the one this computer knows: someone may be posing as it. */
    HOST_KEY_CHANGED,
    /** The relay did not let this computer in. */
    LOGIN_REFUSED,
    /** The relay answered in a way this version does not understand. */
    NOT_UNDERSTOOD;

    /** The kind of this one failure, without looking at its causes; empty for none of these. */
    public static Optional<RelayFailure> of(Throwable failure) {
        if (failure instanceof RelayHostKeyChangedException) {
            return Optional.of(HOST_KEY_CHANGED);
        }
        if (failure instanceof RelayLoginRefusedException) {
            return Optional.of(LOGIN_REFUSED);
        }
        if (failure instanceof SocketTimeoutException || failure instanceof TimeoutException) {
            return Optional.of(NO_ANSWER);
        }
        if (failure instanceof ConnectException || failure instanceof UnknownHostException
                || failure instanceof NoRouteToHostException || failure instanceof PortUnreachableException
                || failure instanceof UnresolvedAddressException) {
            return Optional.of(UNREACHABLE);
        }
        if (failure instanceof RelayProtocolException) {
            return Optional.of(NOT_UNDERSTOOD);
        }
        return Optional.empty();
    }

    /**
     * The first words {@code wordsFor} has for a failure in the chain, from the outermost inwards: Tandem's
     * own failures wrap the library's and the network's, and are the more specific. Empty when none has any.
     */
    public static Optional<String> firstWords(Throwable failure, Function<Throwable, String> wordsFor) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            String words = wordsFor.apply(cause);
            if (words != null) {
                return Optional.of(words);
            }
        }
        return Optional.empty();
    }
}
