package org.tandem.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelayConfigFileTest {
    @TempDir
    Path dir;

    private final RelaySettings defaults = RelaySettings.defaults();

    @Test
    void aMissingFileChangesNothing() throws Exception {
        assertEquals(defaults, RelayConfigFile.apply(dir.resolve("relay.conf"), defaults));
    }

    @Test
    void settingsInTheFileOverrideTheDefaults() throws Exception {
        Path file = Files.writeString(dir.resolve("relay.conf"), """
                # a public relay
                listen = 0.0.0.0:4022
                nameplate-lifetime = 5m
                auth-timeout = 20s
                metrics = 127.0.0.1:9464
                limit.joins-per-address = 5/1m backoff 2m..2h
                limit.unauthenticated-per-address = 4
                """);

        RelaySettings settings = RelayConfigFile.apply(file, defaults);

        assertEquals(new ListenAddress("0.0.0.0", 4022), settings.listen());
        assertEquals(Duration.ofMinutes(5), settings.nameplateLifetime());
        assertEquals(Duration.ofSeconds(20), settings.authTimeout());
        assertEquals(Optional.of(new ListenAddress("127.0.0.1", 9464)), settings.metrics());
        assertEquals("5/1m backoff 2m..2h", settings.limits().joinsPerAddress().toString());
        assertEquals(4, settings.limits().unauthenticatedPerAddress());
        assertEquals(defaults.limits().failedJoinsPerAddress(), settings.limits().failedJoinsPerAddress());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "colour = blue | unknown setting 'colour'",
        "listen | expected KEY = VALUE",
        "auth-timeout = 10 minutes | Not a duration",
        "auth-timeout = 5m | at most 2 minutes",
        "window-size = 1k | not a whole number",
        "limit.joins-per-address = 10 a minute | COUNT/WINDOW",
        "nameplate-lifetime = 1h | must be longer than the nameplate lifetime",
    })
    void aBadLineIsAnErrorThatNamesTheLine(String line, String hint) throws Exception {
        Path file = Files.writeString(dir.resolve("relay.conf"), "# first\n" + line + "\n");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RelayConfigFile.apply(file, defaults));

        assertTrue(e.getMessage().contains("relay.conf:2"), e.getMessage());
        assertTrue(e.getMessage().contains(hint), e.getMessage());
    }

    @Test
    void bothLimitsOnConnectionsNotLoggedInMayBeRaisedInEitherOrder() throws Exception {
        Path file = Files.writeString(dir.resolve("relay.conf"),
                "limit.unauthenticated-per-address = 1000\nlimit.unauthenticated-relay-wide = 5000\n");

        RelaySettings settings = RelayConfigFile.apply(file, defaults);

        assertEquals(1000, settings.limits().unauthenticatedPerAddress());
        assertEquals(5000, settings.limits().unauthenticatedRelayWide());
        Path wrong = Files.writeString(dir.resolve("wrong.conf"),
                "limit.unauthenticated-per-address = 1000\nlimit.unauthenticated-relay-wide = 500\n");
        assertThrows(IllegalArgumentException.class, () -> RelayConfigFile.apply(wrong, defaults));
    }

    @Test
    void theDescriptionIsItselfAValidFileThatGivesTheSameSettings() throws Exception {
        RelaySettings custom = defaults.withListen(new ListenAddress("::", 4022)).withMetrics(Optional.of(new ListenAddress("127.0.0.1", 9000)));
        Path file = Files.write(dir.resolve("relay.conf"), RelayConfigFile.describe(custom));

        assertEquals(custom, RelayConfigFile.apply(file, defaults));
    }
}
