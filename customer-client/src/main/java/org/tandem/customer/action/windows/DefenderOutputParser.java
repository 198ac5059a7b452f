package org.tandem.customer.action.windows;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads what Microsoft Defender's {@code MpCmdRun.exe -Scan -ScanType 3 -File PATH} prints: a line
 * "Scanning PATH found no threats." or "… found N threats.", then for each threat a block with
 * {@code Threat : NAME} and its {@code file : PATH} resources.
 */
public final class DefenderOutputParser {
    /** One threat and the file it was found in. */
    public record Threat(String name, String file) {}

    /** What a scan found. */
    public record Report(boolean clean, List<Threat> threats, List<String> errors) {}

    private DefenderOutputParser() {}

    public static Report parse(List<String> lines) {
        boolean clean = false;
        List<Threat> threats = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        String threat = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("Scanning ") && line.endsWith("found no threats.")) {
                clean = true;
            } else if (line.startsWith("Threat ") && line.contains(":")) {
                threat = value(line);
            } else if (threat != null && line.startsWith("file ") && line.contains(":")) {
                threats.add(new Threat(threat, value(line)));
            } else if (line.startsWith("CmdTool: Failed") || line.startsWith("ERROR") || line.contains("failed with hr")) {
                errors.add(line);
            }
        }
        return new Report(clean && threats.isEmpty(), threats, errors);
    }

    private static String value(String line) {
        return line.substring(line.indexOf(':') + 1).strip();
    }
}
