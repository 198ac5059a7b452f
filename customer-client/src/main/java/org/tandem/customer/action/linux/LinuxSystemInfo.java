package org.tandem.customer.action.linux;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.tandem.customer.action.Action;
import org.tandem.customer.action.ActionDescriptors;
import org.tandem.customer.action.ActionReport;
import org.tandem.customer.action.Consent;
import org.tandem.customer.action.Words;
import org.tandem.customer.action.common.PortableSystemInfo;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionTable;
import org.tandem.shared.action.SystemInfoRows;

/**
 * What this Linux computer is: distribution and kernel, processor, memory, disks with free space,
 * network interfaces with their addresses, and how long it has been up. Read from {@code /proc},
 * {@code /etc/os-release} and Java's view of file systems and network interfaces; changes nothing.
 */
public final class LinuxSystemInfo implements Action {
    /** File systems that hold no files of the customer's. */
    private static final Set<String> PSEUDO_FILE_SYSTEMS = Set.of("proc", "sysfs", "tmpfs", "devtmpfs", "devpts",
            "cgroup", "cgroup2", "securityfs", "pstore", "debugfs", "tracefs", "configfs", "fusectl", "mqueue",
            "hugetlbfs", "bpf", "autofs", "binfmt_misc", "nsfs", "ramfs", "efivarfs", "rpc_pipefs", "squashfs");

    private final Path root;

    /** Reads this computer's {@code /proc} and {@code /etc}. */
    public LinuxSystemInfo() {
        this(Path.of("/"));
    }

    /** Reads {@code proc} and {@code etc} under {@code root}, for tests. */
    public LinuxSystemInfo(Path root) {
        this.root = root;
    }

    @Override
    public ActionDescriptor descriptor() {
        return ActionDescriptors.systemInfo();
    }

    @Override
    public Consent consentFor(Map<String, String> parameters) {
        return new Consent.Ask("Show system information", "Reads what this computer is and how it is doing.",
                (progress, cancel) -> read());
    }

    /** The operating system's name as people know it, such as "Debian GNU/Linux 12 (bookworm)". */
    public String osName() {
        Map<String, String> release = ProcParser.osRelease(text("etc/os-release"));
        String name = release.getOrDefault("PRETTY_NAME", release.getOrDefault("NAME", ""));
        return name.isBlank() ? "Linux" : name;
    }

    ActionReport read() {
        List<List<String>> rows = new ArrayList<>();
        String os = osName();
        add(rows, "Operating system", os);
        add(rows, "Kernel", text("proc/sys/kernel/osrelease").trim());
        add(rows, SystemInfoRows.COMPUTER_NAME, text("proc/sys/kernel/hostname").trim());
        ProcParser.Cpu cpu = ProcParser.cpuInfo(text("proc/cpuinfo"));
        String processor = (cpu.model().isEmpty() ? "Unknown model" : cpu.model())
                + (cpu.processors() > 0 ? " × " + cpu.processors() : "");
        add(rows, "Processor", processor);
        Map<String, Long> memory = ProcParser.memInfo(text("proc/meminfo"));
        String memoryText = "";
        if (memory.containsKey("MemTotal")) {
            memoryText = Words.bytes(memory.get("MemTotal")) + " in all"
                    + (memory.containsKey("MemAvailable") ? ", " + Words.bytes(memory.get("MemAvailable")) + " available" : "");
            add(rows, "Memory", memoryText);
        }
        if (memory.getOrDefault("SwapTotal", 0L) > 0) {
            add(rows, "Swap", Words.bytes(memory.get("SwapTotal")) + " in all, "
                    + Words.bytes(memory.getOrDefault("SwapFree", 0L)) + " free");
        }
        OptionalLong uptime = ProcParser.uptimeSeconds(text("proc/uptime"));
        uptime.ifPresent(seconds -> add(rows, "Up for", Words.duration(Duration.ofSeconds(seconds))));
        List<String> disks = PortableSystemInfo.disks(rows, PSEUDO_FILE_SYSTEMS);
        PortableSystemInfo.interfaces(rows);
        String summary = os + "; " + processor + (memoryText.isEmpty() ? "" : "; memory " + memoryText)
                + (uptime.isPresent() ? "; up for " + Words.duration(Duration.ofSeconds(uptime.getAsLong())) : "")
                + (disks.isEmpty() ? "" : "; " + disks.get(0)) + ".";
        return ActionReport.succeeded(summary, ActionTable.fitting(List.of("Item", "Value"), rows, ActionTable.BUDGET));
    }

    private static void add(List<List<String>> rows, String item, String value) {
        if (!value.isBlank()) {
            rows.add(List.of(item, value));
        }
    }

    private String text(String file) {
        try {
            return new String(Files.readAllBytes(root.resolve(file)), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
