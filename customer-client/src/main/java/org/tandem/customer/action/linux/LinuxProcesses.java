package org.tandem.customer.action.linux;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tandem.customer.action.Action;
import org.tandem.customer.action.ActionDescriptors;
import org.tandem.customer.action.ActionReport;
import org.tandem.customer.action.CancellationToken;
import org.tandem.customer.action.Consent;
import org.tandem.customer.action.Words;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionTable;

/**
 * The running programs of a Linux computer, from {@code /proc}: the 20 that use the most processor
 * now (measured over one second) and the 20 that use the most memory. Kernel threads, which use no
 * memory of their own, are left out.
 */
public final class LinuxProcesses implements Action {
    static final int TOP = 20;
    /** Clock ticks a second in {@code /proc} times: USER_HZ, 100 on every Linux platform Java runs on. */
    private static final int TICKS_PER_SECOND = 100;

    private final Path root;
    private final Duration sample;

    /** Reads this computer's {@code /proc}, measuring processor use over one second. */
    public LinuxProcesses() {
        this(Path.of("/"), Duration.ofSeconds(1));
    }

    /** Reads {@code proc} and {@code etc/passwd} under {@code root}, for tests. */
    public LinuxProcesses(Path root, Duration sample) {
        this.root = root;
        this.sample = sample;
    }

    /** One process as read from {@code /proc}. */
    record Process(long pid, String name, String user, long cpuTicks, long memory) {}

    @Override
    public ActionDescriptor descriptor() {
        return ActionDescriptors.runningProcesses();
    }

    @Override
    public Consent consentFor(Map<String, String> parameters) {
        return new Consent.Ask("List running programs", "Reads which programs run and what they use.",
                (progress, cancel) -> list(cancel));
    }

    ActionReport list(CancellationToken cancel) throws InterruptedException {
        Map<Long, Process> before = read();
        long start = System.nanoTime();
        Thread.sleep(sample.toMillis());
        Map<Long, Process> now = read();
        double seconds = Math.max(0.001, (System.nanoTime() - start) / 1e9);
        Map<Long, Double> cpu = new HashMap<>();
        for (Process process : now.values()) {
            Process earlier = before.get(process.pid());
            long ticks = earlier == null ? 0 : Math.max(0, process.cpuTicks() - earlier.cpuTicks());
            cpu.put(process.pid(), ticks * 100.0 / TICKS_PER_SECOND / seconds);
        }
        List<Process> byCpu = now.values().stream()
                .sorted(Comparator.comparingDouble((Process p) -> cpu.get(p.pid())).reversed()
                        .thenComparing(Comparator.comparingLong(Process::cpuTicks).reversed()))
                .limit(TOP).toList();
        List<Process> byMemory = now.values().stream()
                .sorted(Comparator.comparingLong(Process::memory).reversed()).limit(TOP).toList();
        Set<Process> listed = new LinkedHashSet<>(byCpu);
        listed.addAll(byMemory);
        List<List<String>> rows = new ArrayList<>();
        for (Process p : listed) {
            rows.add(List.of(String.valueOf(p.pid()), p.name(), p.user(),
                    String.format(Locale.ROOT, "%.1f %%", cpu.get(p.pid())),
                    Words.duration(Duration.ofMillis(p.cpuTicks() * 1000 / TICKS_PER_SECOND)),
                    Words.bytes(p.memory())));
        }
        ActionTable table = ActionTable.fitting(List.of("PID", "Name", "User", "Processor now", "Processor time",
                "Memory"), rows, ActionTable.BUDGET);
        StringBuilder summary = new StringBuilder(Words.count(now.size(), "program is", "programs are")).append(" running.");
        byCpu.stream().findFirst().ifPresent(p -> summary.append(" Busiest now: “").append(p.name()).append("” (")
                .append(String.format(Locale.ROOT, "%.1f %%", cpu.get(p.pid()))).append(")."));
        byMemory.stream().findFirst().ifPresent(p -> summary.append(" Largest: “").append(p.name()).append("” (")
                .append(Words.bytes(p.memory())).append(")."));
        summary.append(" Listed: the ").append(TOP).append(" busiest and the ").append(TOP).append(" largest.");
        return ActionReport.succeeded(summary.toString(), table);
    }

    /** Every process with memory of its own, by process id. */
    Map<Long, Process> read() {
        Map<Long, String> users = ProcParser.users(text(root.resolve("etc/passwd")));
        Map<Long, Process> processes = new HashMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root.resolve("proc"), "[0-9]*")) {
            for (Path dir : entries) {
                readOne(dir, users).ifPresent(p -> processes.put(p.pid(), p));
            }
        } catch (IOException e) {
            return processes;
        }
        return processes;
    }

    private static Optional<Process> readOne(Path dir, Map<Long, String> users) {
        Optional<ProcParser.Stat> stat = ProcParser.stat(text(dir.resolve("stat")));
        Map<String, String> status = ProcParser.status(text(dir.resolve("status")));
        if (stat.isEmpty() || !status.containsKey("VmRSS")) {
            return Optional.empty(); // gone meanwhile, or a kernel thread
        }
        long memory = ProcParser.kilobytes(status.get("VmRSS")).orElse(0);
        String name = status.getOrDefault("Name", stat.get().name());
        String user = "";
        String uid = status.getOrDefault("Uid", "").split("\\s+")[0];
        try {
            user = users.getOrDefault(Long.parseLong(uid), uid);
        } catch (NumberFormatException e) {
            user = uid;
        }
        return Optional.of(new Process(stat.get().pid(), name, user, stat.get().cpuTicks(), memory));
    }

    private static String text(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
