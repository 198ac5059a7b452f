package org.tandem.customer.action.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A network interface in the system summary reads as a person would say it: whether it is connected,
 * then its addresses labelled and written short, IPv4 first. Link-local IPv6 addresses and their
 * scope ("fe80:0:0:0:…%eth0") are of no use to the technician and are left out.
 */
class NetworkRowTest {
    @Test
    void aConnectedInterfaceListsItsAddressesLabelledAndShort() throws UnknownHostException {
        List<String> row = PortableSystemInfo.networkRow("eth0", true, addresses(
                "fe80:0:0:0:fc:ff:fe00:1%1", "fd00:0:0:0:0:0:0:2", "192.0.2.2"));

        assertEquals(List.of("Network (eth0)", "Connected: 192.0.2.2 (IPv4), fd00::2 (IPv6)"), row);
    }

    @Test
    void ipv6IsWrittenInItsShortestForm() throws UnknownHostException {
        assertEquals(List.of("Network (wlan0)", "Connected: 2001:db8::1:0:0:1 (IPv6)"),
                PortableSystemInfo.networkRow("wlan0", true, addresses("2001:0db8:0:0:1:0:0:1")));
        assertEquals(List.of("Network (wlan0)", "Connected: 2001:db8:0:1:1:1:1:1 (IPv6)"),
                PortableSystemInfo.networkRow("wlan0", true, addresses("2001:db8:0:1:1:1:1:1")),
                "a single zero group stays as it is");
    }

    @Test
    void anInterfaceWithoutUsefulAddressesSaysSo() throws UnknownHostException {
        assertEquals(List.of("Network (eth1)", "Connected, no address yet"),
                PortableSystemInfo.networkRow("eth1", true, addresses("fe80:0:0:0:fc:ff:fe00:1%1")));
        assertEquals(List.of("Network (eth2)", "Not connected"),
                PortableSystemInfo.networkRow("eth2", false, addresses("192.0.2.9")));
    }

    private static List<InetAddress> addresses(String... literals) throws UnknownHostException {
        InetAddress[] parsed = new InetAddress[literals.length];
        for (int i = 0; i < literals.length; i++) {
            parsed[i] = InetAddress.getByName(literals[i]);
        }
        return Arrays.asList(parsed);
    }
}
