package org.tandem.customer.action.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.customer.action.ActionReport;
import org.tandem.customer.action.CancellationToken;

class LinuxProcessesTest {
    @TempDir
    Path root;

    private void process(long pid, String name, long ticks, long rssKb, int uid) throws Exception {
        Path dir = Files.createDirectories(root.resolve("proc/" + pid));
        Files.writeString(dir.resolve("stat"), pid + " (" + name + ") S 1 1 1 0 -1 0 0 0 0 0 " + ticks + " 0 0 0 20 0 1 0 1 1 1");
        Files.writeString(dir.resolve("status"), "Name:\t" + name + "\nUid:\t" + uid + "\t" + uid + "\t" + uid + "\t" + uid
                + (rssKb >= 0 ? "\nVmRSS:\t" + rssKb + " kB\n" : "\n"));
    }

    @Test
    void processesAreReadWithTheirUsersAndMemory() throws Exception {
        Files.createDirectories(root.resolve("etc"));
        Files.writeString(root.resolve("etc/passwd"), "root:x:0:0::/root:/bin/sh\nana:x:1000:1000::/home/ana:/bin/sh\n");
        process(1, "systemd", 500, 12_000, 0);
        process(4242, "firefox-esr", 90_000, 1_048_576, 1000);
        process(77, "kworker/0:1", 10, -1, 0);
        Files.createDirectories(root.resolve("proc/self"));

        Map<Long, LinuxProcesses.Process> read = new LinuxProcesses(root, Duration.ZERO).read();

        assertEquals(Map.of(
                1L, new LinuxProcesses.Process(1, "systemd", "root", 500, 12_000L * 1024),
                4242L, new LinuxProcesses.Process(4242, "firefox-esr", "ana", 90_000, 1_048_576L * 1024)), read);
    }

    @Test
    void theListNamesTheBusiestAndTheLargest() throws Exception {
        process(1, "systemd", 500, 12_000, 0);
        process(4242, "firefox-esr", 90_000, 1_048_576, 1000);

        ActionReport report = new LinuxProcesses(root, Duration.ZERO).list(new CancellationToken());

        assertEquals("2 programs are running. Busiest now: “firefox-esr” (0.0 %). Largest: “firefox-esr” (1 GB). "
                + "Listed: the 20 busiest and the 20 largest.", report.summary());
        assertEquals(List.of("4242", "firefox-esr", "1000", "0.0 %", "15 minutes", "1 GB"), report.table().rows().get(0));
    }
}
