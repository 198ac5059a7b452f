package org.tandem.relay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.tandem.relay.limit.BackoffPolicy;
import org.tandem.relay.limit.Durations;
import org.tandem.relay.limit.RelayLimits;

/**
 * {@code relay.conf}: {@code key = value} lines, {@code #} comments, every key optional. What it
 * does not set keeps its default; command-line flags override it. An unknown key or a bad value
 * is an error naming the line, never silently ignored. {@link #describe} prints the settings in
 * the same form, so the output of {@code --check-config} is itself a valid file.
 */
public final class RelayConfigFile {
    private static final Map<String, BiFunction<RelaySettings, String, RelaySettings>> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("listen", (s, v) -> s.withListen(ListenAddress.parse(v)));
        KEYS.put("nameplate-lifetime", (s, v) -> s.withNameplateLifetime(Durations.parse(v)));
        KEYS.put("idle-timeout", (s, v) -> copy(s, Durations.parse(v), null, null));
        KEYS.put("auth-timeout", (s, v) -> s.withTimeouts(Durations.parse(v), s.pairingTimeout()));
        KEYS.put("pairing-timeout", (s, v) -> s.withTimeouts(s.authTimeout(), Durations.parse(v)));
        KEYS.put("window-size", (s, v) -> s.withWindowSize(integer(v)));
        KEYS.put("write-stall-limit", (s, v) -> copy(s, null, Durations.parse(v), null));
        KEYS.put("join-attempts-per-channel", (s, v) -> copy(s, null, null, integer(v)));
        KEYS.put("metrics", (s, v) -> s.withMetrics(v.equals("off") ? Optional.empty() : Optional.of(ListenAddress.parse(v))));
        KEYS.put("audit-log-max-bytes", (s, v) -> s.withAuditLog(Long.parseLong(v), s.auditLogFiles()));
        KEYS.put("audit-log-files", (s, v) -> s.withAuditLog(s.auditLogMaxBytes(), integer(v)));
        KEYS.put("limit.joins-per-address", limit(0));
        KEYS.put("limit.failed-joins-per-address", limit(1));
        KEYS.put("limit.joins-relay-wide", limit(2));
        KEYS.put("limit.failed-joins-relay-wide", limit(3));
        KEYS.put("limit.connections-per-address", limit(4));
        KEYS.put("limit.connections-relay-wide", limit(5));
        KEYS.put("limit.unauthenticated-per-address", (s, v) -> s.withLimits(withCount(s.limits(), 0, integer(v))));
        KEYS.put("limit.unauthenticated-relay-wide", (s, v) -> s.withLimits(withCount(s.limits(), 1, integer(v))));
        KEYS.put("limit.failed-logins-per-address", limit(6));
        KEYS.put("limit.login-attempts-per-connection", (s, v) -> s.withLimits(withCount(s.limits(), 2, integer(v))));
        KEYS.put("limit.nameplates-per-technician", limit(7));
    }

    private RelayConfigFile() {}

    /**
     * Applies {@code file} to {@code base}; a missing file changes nothing.
     *
     * @throws IllegalArgumentException naming the file, line and what is wrong
     */
    public static RelaySettings apply(Path file, RelaySettings base) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return base;
        }
        RelaySettings settings = base;
        // The two limits on connections not logged in are checked against each other: set them in one step.
        Integer perAddress = null;
        Integer relayWide = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            String where = file + ":" + (i + 1) + ": ";
            if (equals <= 0) {
                throw new IllegalArgumentException(where + "expected KEY = VALUE, got '" + line + "'");
            }
            String key = line.substring(0, equals).strip();
            String value = line.substring(equals + 1).strip();
            if (key.equals("limit.unauthenticated-per-address") || key.equals("limit.unauthenticated-relay-wide")) {
                try {
                    int n = integer(value);
                    if (key.endsWith("per-address")) {
                        perAddress = n;
                    } else {
                        relayWide = n;
                    }
                    continue;
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + key + ": " + e.getMessage(), e);
                }
            }
            BiFunction<RelaySettings, String, RelaySettings> setter = KEYS.get(key);
            if (setter == null) {
                throw new IllegalArgumentException(where + "unknown setting '" + key + "'; known: " + String.join(", ", KEYS.keySet()));
            }
            try {
                settings = setter.apply(settings, value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + key + ": " + e.getMessage(), e);
            }
        }
        if (perAddress != null || relayWide != null) {
            RelayLimits l = settings.limits();
            int per = perAddress == null ? l.unauthenticatedPerAddress() : perAddress;
            int all = relayWide == null ? l.unauthenticatedRelayWide() : relayWide;
            try {
                settings = settings.withLimits(withCount(withCount(l, 0, Math.min(per, l.unauthenticatedRelayWide())), 1, all));
                settings = settings.withLimits(withCount(settings.limits(), 0, per));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
            }
        }
        return settings;
    }

    /** The settings as {@code relay.conf} lines. */
    public static List<String> describe(RelaySettings s) {
        RelayLimits l = s.limits();
        List<String> out = new ArrayList<>();
        out.add("listen = " + s.listen());
        out.add("nameplate-lifetime = " + Durations.format(s.nameplateLifetime()));
        out.add("idle-timeout = " + Durations.format(s.idleTimeout()));
        out.add("auth-timeout = " + Durations.format(s.authTimeout()));
        out.add("pairing-timeout = " + Durations.format(s.pairingTimeout()));
        out.add("window-size = " + s.windowSize());
        out.add("write-stall-limit = " + Durations.format(s.writeStallLimit()));
        out.add("join-attempts-per-channel = " + s.maxJoinAttempts());
        out.add("metrics = " + s.metrics().map(ListenAddress::toString).orElse("off"));
        out.add("audit-log-max-bytes = " + s.auditLogMaxBytes());
        out.add("audit-log-files = " + s.auditLogFiles());
        out.add("limit.joins-per-address = " + l.joinsPerAddress());
        out.add("limit.failed-joins-per-address = " + l.failedJoinsPerAddress());
        out.add("limit.joins-relay-wide = " + l.joinsRelayWide());
        out.add("limit.failed-joins-relay-wide = " + l.failedJoinsRelayWide());
        out.add("limit.connections-per-address = " + l.connectionsPerAddress());
        out.add("limit.connections-relay-wide = " + l.connectionsRelayWide());
        out.add("limit.unauthenticated-per-address = " + l.unauthenticatedPerAddress());
        out.add("limit.unauthenticated-relay-wide = " + l.unauthenticatedRelayWide());
        out.add("limit.failed-logins-per-address = " + l.failedLoginsPerAddress());
        out.add("limit.login-attempts-per-connection = " + l.loginAttemptsPerConnection());
        out.add("limit.nameplates-per-technician = " + l.nameplatesPerTechnician());
        return out;
    }

    private static BiFunction<RelaySettings, String, RelaySettings> limit(int which) {
        return (s, v) -> s.withLimits(withPolicy(s.limits(), which, BackoffPolicy.parse(v)));
    }

    private static RelayLimits withPolicy(RelayLimits l, int which, BackoffPolicy p) {
        return new RelayLimits(
                which == 0 ? p : l.joinsPerAddress(),
                which == 1 ? p : l.failedJoinsPerAddress(),
                which == 2 ? p : l.joinsRelayWide(),
                which == 3 ? p : l.failedJoinsRelayWide(),
                which == 4 ? p : l.connectionsPerAddress(),
                which == 5 ? p : l.connectionsRelayWide(),
                l.unauthenticatedPerAddress(),
                l.unauthenticatedRelayWide(),
                which == 6 ? p : l.failedLoginsPerAddress(),
                l.loginAttemptsPerConnection(),
                which == 7 ? p : l.nameplatesPerTechnician());
    }

    private static RelayLimits withCount(RelayLimits l, int which, int n) {
        return new RelayLimits(l.joinsPerAddress(), l.failedJoinsPerAddress(), l.joinsRelayWide(), l.failedJoinsRelayWide(),
                l.connectionsPerAddress(), l.connectionsRelayWide(),
                which == 0 ? n : l.unauthenticatedPerAddress(),
                which == 1 ? n : l.unauthenticatedRelayWide(),
                l.failedLoginsPerAddress(),
                which == 2 ? n : l.loginAttemptsPerConnection(),
                l.nameplatesPerTechnician());
    }

    private static RelaySettings copy(RelaySettings s, Duration idle, Duration stall, Integer attempts) {
        return new RelaySettings(s.listen(), s.dataDir(), s.nameplateLifetime(), idle == null ? s.idleTimeout() : idle,
                s.windowSize(), stall == null ? s.writeStallLimit() : stall, attempts == null ? s.maxJoinAttempts() : attempts,
                s.authTimeout(), s.pairingTimeout(), s.limits(), s.metrics(), s.auditLogMaxBytes(), s.auditLogFiles());
    }

    private static int integer(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a whole number: '" + value + "'");
        }
    }
}
