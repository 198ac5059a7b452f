package org.tandem.bench.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class CpuClockTest {

    @Test
    void readsUserAndSystemTicksPastACommandNameWithSpacesAndParentheses() throws IOException {
        String stat = "4242 (a (weird) name) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 12 0 100 0 0";

        assertEquals(3.0, new CpuClock(100).parse(stat), 1e-9);
    }

    @Test
    void refusesALineThatIsNotAStatLine() {
        assertThrows(IOException.class, () -> new CpuClock(100).parse("no parentheses here"));
    }

    @Test
    void seesThisProcessUseProcessorTime() throws IOException {
        Assumptions.assumeTrue(Files.exists(Path.of("/proc/self/stat")), "Linux only");
        CpuClock clock = CpuClock.system();
        long pid = ProcessHandle.current().pid();
        double before = clock.seconds(pid);
        long sum = 0;
        long giveUp = System.nanoTime() + 20_000_000_000L; // the machine may be busy with others
        while (clock.seconds(pid) - before < 0.1 && System.nanoTime() < giveUp) {
            for (int i = 0; i < 1_000_000; i++) {
                sum += Long.numberOfTrailingZeros(System.nanoTime() ^ i);
            }
        }
        double after = clock.seconds(pid);

        assertTrue(sum > 0);
        assertTrue(after - before >= 0.1, "20 s of spinning showed as " + (after - before) + " s");
    }

    @Test
    void seesThisJvmsCompilerThreadsAsPartOfItsProcessorTime() throws IOException {
        Assumptions.assumeTrue(Files.exists(Path.of("/proc/self/task")), "Linux only");
        CpuClock clock = CpuClock.system();
        long pid = ProcessHandle.current().pid();
        long sum = 0;
        long giveUp = System.nanoTime() + 20_000_000_000L;
        double compiling = total(clock.compilerThreads(pid));
        while (compiling == 0 && System.nanoTime() < giveUp) {
            for (int i = 0; i < 100_000; i++) {
                sum += Long.toString(i * 31L + sum).hashCode(); // code for the JIT to compile
            }
            compiling = total(clock.compilerThreads(pid));
        }
        double total = clock.seconds(pid);

        assertTrue(sum != 1);
        assertTrue(compiling > 0, "the JIT's threads showed no processor time");
        assertTrue(compiling <= total, compiling + " s compiling of " + total + " s in all");
    }

    @Test
    void aProgramThatIsNotAJvmCompilesNothing() throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("/proc/self/task")), "Linux only");
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        try {
            assertEquals(java.util.Map.of(), CpuClock.system().compilerThreads(sleeper.pid()));
        } finally {
            sleeper.destroy();
        }
    }

    @Test
    void aCompilerThreadTheJvmStoppedLosesOnlyItsTimeSinceTheEarlierReading() {
        java.util.Map<Long, Double> earlier = java.util.Map.of(11L, 2.0, 12L, 5.0);
        java.util.Map<Long, Double> later = java.util.Map.of(11L, 2.5, 13L, 0.25); // 12 stopped, 13 started

        assertEquals(0.75, CpuClock.compilingBetween(earlier, later), 1e-9);
    }

    private static double total(java.util.Map<Long, Double> threads) {
        return threads.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
