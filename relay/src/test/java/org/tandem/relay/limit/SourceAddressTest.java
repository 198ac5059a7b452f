package org.tandem.relay.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceAddressTest {
    @ParameterizedTest
    @CsvSource({
        "203.0.113.7, 203.0.113.7",
        "::ffff:203.0.113.7, 203.0.113.7",
        "2001:db8:1:2:aaaa:bbbb:cccc:dddd, 2001:db8:1:2::/64",
        "2001:db8:1:2::1, 2001:db8:1:2::/64",
        "2001:db8::1, 2001:db8:0:0::/64",
        "::1, 0:0:0:0::/64",
    })
    void countsAnIpv4AddressOrAnIpv6Slash64(String address, String expected) throws Exception {
        assertEquals(expected, SourceAddress.of(new InetSocketAddress(InetAddress.getByName(address), 4022)));
    }

    @ParameterizedTest
    @CsvSource({"2001:db8:1:2::1, 2001:db8:1:2:ffff::9"})
    void twoAddressesOfOneSlash64CountAsOne(String one, String other) throws Exception {
        assertEquals(SourceAddress.of(InetAddress.getByName(one)), SourceAddress.of(InetAddress.getByName(other)));
    }
}
