package org.tandem.customer.action.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProcParserTest {

    @Test
    void memInfoIsInBytes() {
        Map<String, Long> memory = ProcParser.memInfo("""
                MemTotal:       16303464 kB
                MemFree:         1234567 kB
                MemAvailable:    9876543 kB
                HugePages_Total:       0
                garbage line
                Broken:          lots kB
                """);
        assertEquals(16303464L * 1024, memory.get("MemTotal"));
        assertEquals(9876543L * 1024, memory.get("MemAvailable"));
        assertEquals(0L, memory.get("HugePages_Total"));
        assertTrue(!memory.containsKey("Broken"));
    }

    @Test
    void cpuInfoCountsProcessorsAndTakesTheFirstModel() {
        ProcParser.Cpu cpu = ProcParser.cpuInfo("""
                processor\t: 0
                vendor_id\t: GenuineIntel
                model name\t: Intel(R) Core(TM) i7-8650U CPU @ 1.90GHz

                processor\t: 1
                model name\t: Intel(R) Core(TM) i7-8650U CPU @ 1.90GHz
                """);
        assertEquals(new ProcParser.Cpu("Intel(R) Core(TM) i7-8650U CPU @ 1.90GHz", 2), cpu);
    }

    @Test
    void armCpuInfoHasAModelLine() {
        assertEquals("Raspberry Pi 4 Model B Rev 1.4",
                ProcParser.cpuInfo("processor\t: 0\nBogoMIPS\t: 108.00\n\nModel\t\t: Raspberry Pi 4 Model B Rev 1.4\n").model());
    }

    @Test
    void uptimeIsWholeSeconds() {
        assertEquals(OptionalLong.of(350735), ProcParser.uptimeSeconds("350735.47 234388.90\n"));
        assertEquals(OptionalLong.empty(), ProcParser.uptimeSeconds(""));
    }

    @Test
    void osReleaseValuesAreUnquoted() {
        Map<String, String> release = ProcParser.osRelease("""
                PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
                NAME='Debian GNU/Linux'
                VERSION_ID="12"
                ID=debian
                # a comment
                QUOTED="say \\"hi\\""
                """);
        assertEquals("Debian GNU/Linux 12 (bookworm)", release.get("PRETTY_NAME"));
        assertEquals("Debian GNU/Linux", release.get("NAME"));
        assertEquals("debian", release.get("ID"));
        assertEquals("say \"hi\"", release.get("QUOTED"));
    }

    @Test
    void statNamesMayHoldSpacesAndParentheses() {
        String line = "4242 (Web Content (x)) S 1 4242 4242 0 -1 4194560 1234 0 0 0 1500 250 0 0 20 0 30 0 12345 "
                + "2147483648 51200 18446744073709551615 0 0 0 0 0 4096 0 0 0 0 17 3 0 0 0 0 0";
        ProcParser.Stat stat = ProcParser.stat(line).orElseThrow();
        assertEquals(4242, stat.pid());
        assertEquals("Web Content (x)", stat.name());
        assertEquals('S', stat.state());
        assertEquals(1750, stat.cpuTicks());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "12 (x", "12 (x) S 1 2", "abc (x) S 1 2 3 4 5 6 7 8 9 10 11 12 13",
            "12 (x) S 1 2 3 4 5 6 7 8 9 10 ten 12 13 14"})
    void badStatLinesAreSkipped(String line) {
        assertTrue(ProcParser.stat(line).isEmpty());
    }

    @Test
    void statusSizesAreInBytes() {
        Map<String, String> status = ProcParser.status("Name:\tfirefox-esr\nUid:\t1000\t1000\t1000\t1000\nVmRSS:\t  524288 kB\n");
        assertEquals("firefox-esr", status.get("Name"));
        assertEquals(OptionalLong.of(524288L * 1024), ProcParser.kilobytes(status.get("VmRSS")));
        assertEquals(OptionalLong.empty(), ProcParser.kilobytes(null));
    }

    @Test
    void usersComeFromPasswd() {
        Map<Long, String> users = ProcParser.users("root:x:0:0:root:/root:/bin/bash\nana:x:1000:1000:Ana,,,:/home/ana:/bin/bash\nbad\n");
        assertEquals(Map.of(0L, "root", 1000L, "ana"), users);
    }
}
