package org.tandem.shared.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** An action as the console records it ("Uninstall a program (program=xterm)") reads in words in the recap. */
class ActionWordsTest {

    static Stream<Arguments> actions() {
        return Stream.of(
                Arguments.of("Find what fills the disk (folder=/usr/share)", Map.of("folder", "/usr/share"),
                        "Find what fills the disk in “/usr/share”"),
                Arguments.of("List installed programs (filter=xterm)", Map.of("filter", "xterm"),
                        "List installed programs whose name contains “xterm”"),
                Arguments.of("Uninstall a program (program=xterm)", Map.of("program", "xterm"),
                        "Uninstall a program called “xterm”"),
                Arguments.of("End a running program (pid=4711)", Map.of("pid", "4711"),
                        "End a running program with process id 4711"),
                Arguments.of("Scan folders for malware (folders=/home/zoe/Downloads\n/tmp\n\n/srv)",
                        Map.of("folders", "/home/zoe/Downloads\n/tmp\n\n/srv"),
                        "Scan folders for malware in “/home/zoe/Downloads”, “/tmp” and “/srv”"),
                Arguments.of("Tidy up (days=30, folder=/tmp)", Map.of("folder", "/tmp", "days", "30"),
                        "Tidy up with days “30”, in “/tmp”"),
                // The customer's own log already names the target in words.
                Arguments.of("Uninstall “xterm” version 379-1 (2.4 MB)", Map.of("program", "xterm"),
                        "Uninstall “xterm” version 379-1 (2.4 MB)"),
                Arguments.of("List installed programs", Map.of(), "List installed programs"));
    }

    @ParameterizedTest
    @MethodSource("actions")
    void theConsolesParametersReadAsWords(String recorded, Map<String, String> parameters, String words) {
        assertEquals(words, ActionWords.described(recorded, parameters));
    }

    @Test
    void whatTheConsoleRecordsReadsBackAsTheTitleAndTheTargetInWords() {
        Map<String, String> parameters = Map.of("folder", "/tmp", "days", "30");
        String recorded = ActionWords.recorded("Tidy up", parameters);

        assertEquals("Tidy up (days=30, folder=/tmp)", recorded);
        assertEquals("with days “30”, in “/tmp”", ActionWords.target(parameters));
        assertEquals("Tidy up with days “30”, in “/tmp”", ActionWords.described(recorded, parameters));
        assertEquals("List installed programs", ActionWords.recorded("List installed programs", Map.of()));
        assertEquals("", ActionWords.target(Map.of()));
    }
}
