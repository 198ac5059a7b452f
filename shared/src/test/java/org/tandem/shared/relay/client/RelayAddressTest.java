package org.tandem.shared.relay.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RelayAddressTest {

    @ParameterizedTest(name = "{0} -> {1} port {2}")
    @CsvSource({
        "127.0.0.1:4022, 127.0.0.1, 4022",
        "relay.example.org:22, relay.example.org, 22",
        "relay.example.org, relay.example.org, 4022",
        "localhost, localhost, 4022",
        "'[::1]:4022', ::1, 4022",
        "'[::1]', ::1, 4022",
        "'[fe80::1%eth0]:65535', fe80::1%eth0, 65535",
        "'  10.0.0.7:1  ', 10.0.0.7, 1",
    })
    void parsesHostAndPort(String text, String host, int port) {
        RelayAddress address = RelayAddress.parse(text);

        assertEquals(host, address.host());
        assertEquals(port, address.port());
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1:4022", "relay.example.org:4022", "[::1]:4022"})
    void toStringParsesBackToTheSameAddress(String text) {
        RelayAddress address = RelayAddress.parse(text);

        assertEquals(text, address.toString());
        assertEquals(address, RelayAddress.parse(address.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "   ", ":4022", "host:", "host:0", "host:65536", "host:-1", "host:abc", "host:4022:1",
        "::1", "[::1", "[::1]x", "[nohost]:1", "host name:1", "host/path", "-host", "[]:4022",
    })
    void refusesWhatIsNoAddressWithAClearMessage(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RelayAddress.parse(text));

        assertTrue(e.getMessage().contains("HOST:PORT"), e.getMessage());
    }

    @Test
    void refusesNull() {
        assertThrows(IllegalArgumentException.class, () -> RelayAddress.parse(null));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 65536})
    void constructorRefusesAPortOutOfRange(int port) {
        assertThrows(IllegalArgumentException.class, () -> new RelayAddress("localhost", port));
    }
}
