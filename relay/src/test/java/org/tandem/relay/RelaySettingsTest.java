package org.tandem.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RelaySettingsTest {

    @Test
    void defaultsListenOnLoopbackPort4022ForTenMinuteNameplates() {
        RelaySettings defaults = RelaySettings.defaults();

        assertEquals(new ListenAddress("127.0.0.1", 4022), defaults.listen());
        assertEquals(Duration.ofMinutes(10), defaults.nameplateLifetime());
    }

    @Test
    void dataLivesUnderXdgDataHomeWhenItIsSet() {
        Path dir = RelaySettings.defaultDataDir(Map.of("XDG_DATA_HOME", "/srv/data"), "/home/ann");

        assertEquals(Path.of("/srv/data/tandem/relay"), dir);
    }

    @Test
    void dataLivesUnderTheHomeFolderOtherwise() {
        Path dir = RelaySettings.defaultDataDir(Map.of(), "/home/ann");

        assertEquals(Path.of("/home/ann/.local/share/tandem/relay"), dir);
    }

    @Test
    void theIdleTimeoutMustOutlastANameplate() {
        RelaySettings defaults = RelaySettings.defaults();

        assertThrows(IllegalArgumentException.class, () -> defaults.withNameplateLifetime(Duration.ofHours(1)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "127.0.0.1:4022, 127.0.0.1, 4022",
        "0.0.0.0:0, 0.0.0.0, 0",
        "'[::1]:4022', ::1, 4022",
        "relay.example.org:22, relay.example.org, 22",
    })
    void listenAddressesParse(String text, String host, int port) {
        assertEquals(new ListenAddress(host, port), ListenAddress.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "4022", "host", ":4022", "host:", "host:65536", "::1:4022", "host:x"})
    void listenAddressesWithoutHostAndPortAreRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> ListenAddress.parse(text));
    }
}
