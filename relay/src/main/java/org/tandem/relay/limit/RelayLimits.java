package org.tandem.relay.limit;

import java.util.Objects;

/**
 * Every rate limit of the relay, with its defaults in one place. Per-address limits count an IPv4
 * address or an IPv6 /64 (see {@link SourceAddress}); relay-wide ones count everybody together.
 * Decision 0008 explains the numbers.
 *
 * @param joinsPerAddress join requests from one address
 * @param failedJoinsPerAddress joins from one address that led nowhere; what bounds a sweep
 * @param joinsRelayWide join requests from all addresses together
 * @param failedJoinsRelayWide failed joins from all addresses together; bounds a distributed sweep
 * @param connectionsPerAddress new TCP connections from one address
 * @param connectionsRelayWide new TCP connections from all addresses together
 * @param unauthenticatedPerAddress connections from one address open at once and not logged in yet
 * @param unauthenticatedRelayWide connections open at once and not logged in yet, in all
 * @param failedLoginsPerAddress technician keys refused, user names switched, and the like
 * @param loginAttemptsPerConnection authentication requests on one connection, whatever their result
 * @param nameplatesPerTechnician nameplates one technician key may create
 */
public record RelayLimits(
        BackoffPolicy joinsPerAddress,
        BackoffPolicy failedJoinsPerAddress,
        BackoffPolicy joinsRelayWide,
        BackoffPolicy failedJoinsRelayWide,
        BackoffPolicy connectionsPerAddress,
        BackoffPolicy connectionsRelayWide,
        int unauthenticatedPerAddress,
        int unauthenticatedRelayWide,
        BackoffPolicy failedLoginsPerAddress,
        int loginAttemptsPerConnection,
        BackoffPolicy nameplatesPerTechnician) {

    public RelayLimits {
        Objects.requireNonNull(joinsPerAddress, "joinsPerAddress");
        Objects.requireNonNull(failedJoinsPerAddress, "failedJoinsPerAddress");
        Objects.requireNonNull(joinsRelayWide, "joinsRelayWide");
        Objects.requireNonNull(failedJoinsRelayWide, "failedJoinsRelayWide");
        Objects.requireNonNull(connectionsPerAddress, "connectionsPerAddress");
        Objects.requireNonNull(connectionsRelayWide, "connectionsRelayWide");
        Objects.requireNonNull(failedLoginsPerAddress, "failedLoginsPerAddress");
        Objects.requireNonNull(nameplatesPerTechnician, "nameplatesPerTechnician");
        if (unauthenticatedPerAddress < 1 || unauthenticatedRelayWide < unauthenticatedPerAddress) {
            throw new IllegalArgumentException("Connections not logged in: at least 1 per address, and at least as"
                    + " many relay-wide; got " + unauthenticatedPerAddress + " and " + unauthenticatedRelayWide);
        }
        if (loginAttemptsPerConnection < 1 || loginAttemptsPerConnection > 20) {
            throw new IllegalArgumentException("Login attempts per connection: 1 to 20, got " + loginAttemptsPerConnection);
        }
    }

    public static RelayLimits defaults() {
        return new RelayLimits(
                BackoffPolicy.parse("10/1m backoff 1m..1h"),
                BackoffPolicy.parse("5/1h backoff 1h..1d"),
                BackoffPolicy.parse("600/1m backoff 10s..5m"),
                BackoffPolicy.parse("1000/1h backoff 1m..10m"),
                BackoffPolicy.parse("30/1m backoff 1m..1h"),
                BackoffPolicy.parse("200/1s backoff 1s..10s"),
                8,
                256,
                BackoffPolicy.parse("10/10m backoff 10m..1d"),
                6,
                BackoffPolicy.parse("30/1h backoff 10m..1d"));
    }
}
