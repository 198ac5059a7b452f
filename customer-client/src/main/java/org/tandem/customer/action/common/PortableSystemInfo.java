package org.tandem.customer.action.common;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.FileStore;
import java.nio.file.FileSystems;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tandem.customer.action.Action;
import org.tandem.customer.action.ActionDescriptors;
import org.tandem.customer.action.ActionReport;
import org.tandem.customer.action.Consent;
import org.tandem.customer.action.Words;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionTable;

/**
 * System information as Java sees it on any system: operating system, processors, memory, disks
 * with free space and network interfaces. Platforms that can tell more (Linux) have their own.
 */
public final class PortableSystemInfo implements Action {
    private static final int MAX_DISKS = 16;
    private static final int MAX_INTERFACES = 16;

    @Override
    public ActionDescriptor descriptor() {
        return ActionDescriptors.systemInfo();
    }

    @Override
    public Consent consentFor(Map<String, String> parameters) {
        return new Consent.Ask("Show system information", "Reads what this computer is and how it is doing.",
                (progress, cancel) -> read());
    }

    /** "Windows 11 10.0 (amd64)". */
    public static String osName() {
        return System.getProperty("os.name") + " " + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")";
    }

    private static ActionReport read() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Operating system", osName()));
        rows.add(List.of("Processors", String.valueOf(Runtime.getRuntime().availableProcessors())));
        String memory = "";
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            memory = Words.bytes(os.getTotalMemorySize()) + " in all, " + Words.bytes(os.getFreeMemorySize()) + " free";
            rows.add(List.of("Memory", memory));
        }
        List<String> disks = disks(rows, Set.of());
        interfaces(rows);
        String summary = osName() + "; " + Runtime.getRuntime().availableProcessors() + " processors"
                + (memory.isEmpty() ? "" : "; memory " + memory) + (disks.isEmpty() ? "" : "; " + disks.get(0)) + ".";
        return ActionReport.succeeded(summary, ActionTable.fitting(List.of("Item", "Value"), rows, ActionTable.BUDGET));
    }

    /**
     * Adds a row per disk, each device once, leaving out file systems of the given types; returns
     * short texts for a summary.
     */
    public static List<String> disks(List<List<String>> rows, Set<String> skippedTypes) {
        List<String> shown = new ArrayList<>();
        Set<String> devices = new HashSet<>();
        for (FileStore store : FileSystems.getDefault().getFileStores()) {
            if (shown.size() == MAX_DISKS) {
                break;
            }
            try {
                long total = store.getTotalSpace();
                if (skippedTypes.contains(store.type()) || total <= 0 || !devices.add(store.name())) {
                    continue;
                }
                long free = store.getUsableSpace();
                rows.add(List.of("Disk " + store, Words.bytes(free) + " free of " + Words.bytes(total) + " (" + store.type() + ")"));
                shown.add("disk " + mountPoint(store) + ": " + Words.bytes(free) + " free of " + Words.bytes(total));
            } catch (IOException | SecurityException e) {
                // a file system we may not look at: leave it out
            }
        }
        return shown;
    }

    /** Adds a row per network interface other than loopback: whether it is connected, and its addresses. */
    public static void interfaces(List<List<String>> rows) {
        List<NetworkInterface> all;
        try {
            all = Collections.list(NetworkInterface.getNetworkInterfaces());
        } catch (SocketException e) {
            rows.add(List.of("Network", "could not be read: " + e.getMessage()));
            return;
        }
        int shown = 0;
        for (NetworkInterface nic : all) {
            try {
                if (nic.isLoopback() || shown == MAX_INTERFACES) {
                    continue;
                }
                rows.add(networkRow(nic.getName(), nic.isUp(), Collections.list(nic.getInetAddresses())));
                shown++;
            } catch (SocketException e) {
                // gone meanwhile
            }
        }
    }

    /**
     * One network interface's row, as a person reads it: "Connected: 192.0.2.2 (IPv4), fd00::2 (IPv6)".
     * Link-local IPv6 addresses ("fe80:0:0:0:…%eth0") reach nothing beyond the cable and are left out;
     * IPv6 is written in its shortest form.
     */
    static List<String> networkRow(String name, boolean up, List<InetAddress> addresses) {
        String label = "Network (" + name + ")";
        if (!up) {
            return List.of(label, "Not connected");
        }
        Stream<String> ipv4 = addresses.stream().filter(Inet4Address.class::isInstance)
                .map(address -> address.getHostAddress() + " (IPv4)");
        Stream<String> ipv6 = addresses.stream().filter(Inet6Address.class::isInstance)
                .filter(address -> !address.isLinkLocalAddress())
                .map(address -> shortIpv6(address.getAddress()) + " (IPv6)");
        String listed = Stream.concat(ipv4, ipv6).collect(Collectors.joining(", "));
        return List.of(label, listed.isEmpty() ? "Connected, no address yet" : "Connected: " + listed);
    }

    /** RFC 5952: no leading zeros, the longest run of two or more zero groups (the first of equals) as "::". */
    private static String shortIpv6(byte[] address) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((address[2 * i] & 0xff) << 8) | (address[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int length = 0;
            while (i + length < 8 && groups[i + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }

    /** The mount point of a file store, from its text "/home (/dev/sda2)". */
    private static String mountPoint(FileStore store) {
        String text = store.toString();
        int paren = text.lastIndexOf(" (");
        return paren > 0 ? text.substring(0, paren) : text;
    }
}
