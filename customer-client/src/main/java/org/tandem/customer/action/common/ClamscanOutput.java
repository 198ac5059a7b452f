package org.tandem.customer.action.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads {@code clamscan}'s output as it comes: one {@code path: result} line per file, an infected
 * file as {@code path: Threat-Name FOUND}, then a summary block. Keeps only what the result needs:
 * the infected files (up to a bound), the error lines (up to a bound) and the summary.
 */
final class ClamscanOutput {
    static final int MAX_FOUND = 1000;
    static final int MAX_ERRORS = 50;
    private static final String SUMMARY_START = "----------- SCAN SUMMARY -----------";

    /** One infected file. */
    record Found(String file, String threat) {}

    private final List<Found> found = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final List<String> summary = new ArrayList<>();
    private long scanned;
    private long foundCount;
    private long scannedFiles = -1;
    private long infectedFiles = -1;
    private boolean inSummary;

    /** Takes one line; true when it was the result for one file. */
    boolean accept(String line) {
        if (line.startsWith(SUMMARY_START)) {
            inSummary = true;
            return false;
        }
        if (inSummary) {
            if (!line.isBlank()) {
                summary.add(line);
            }
            scannedFiles = number(line, "Scanned files:", scannedFiles);
            infectedFiles = number(line, "Infected files:", infectedFiles);
            return false;
        }
        if (line.startsWith("ERROR:") || line.startsWith("WARNING:") || line.startsWith("LibClamAV Error")) {
            addError(line);
            return false;
        }
        int colon = line.lastIndexOf(": ");
        if (colon < 1) {
            return false;
        }
        String file = line.substring(0, colon);
        String result = line.substring(colon + 2);
        scanned++;
        if (result.endsWith(" FOUND")) {
            foundCount++;
            if (found.size() < MAX_FOUND) {
                found.add(new Found(file, result.substring(0, result.length() - " FOUND".length())));
            }
        } else if (result.endsWith(" ERROR") || result.startsWith("Can't") || result.contains("Access denied")) {
            addError(line);
        }
        return true;
    }

    long scanned() {
        return scanned;
    }

    List<Found> found() {
        return List.copyOf(found);
    }

    /** The lines worth showing: infected files, errors, then the summary block. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        found.stream().limit(50).forEach(f -> lines.add(f.file() + ": " + f.threat() + " FOUND"));
        lines.addAll(errors);
        lines.addAll(summary);
        return lines;
    }

    String summary(int exitStatus) {
        long files = scannedFiles >= 0 ? scannedFiles : scanned;
        long infected = infectedFiles >= 0 ? infectedFiles : foundCount;
        String scannedText = ClamavScan.words(files) + " scanned";
        if (exitStatus == 0) {
            return "No malware found; " + scannedText + ".";
        }
        if (exitStatus == 1 || infected > 0) {
            StringBuilder text = found(infected, " (" + scannedText + ")").append(". Nothing was deleted or moved.");
            if (exitStatus > 1) {
                text.append(" ClamAV also reported an error: ").append(firstError());
            }
            return text.toString();
        }
        return "ClamAV could not finish the scan (exit status " + exitStatus + "): " + firstError()
                + (files > 0 ? " " + scannedText + " before that." : "");
    }

    /**
     * For a scan stopped before clamscan finished: what it scanned and found by then, never what its exit
     * status would say of the whole scan.
     */
    String stoppedSummary() {
        String scannedText = ClamavScan.words(scanned) + " scanned";
        if (foundCount == 0) {
            return "It stopped with " + scannedText + " and nothing found in them; the rest were not scanned.";
        }
        return found(foundCount, " before it stopped (" + scannedText + ")")
                .append(". Nothing was deleted or moved; the rest were not scanned.").toString();
    }

    /** "Found 2 infected files{after}: “a” (Threat); “b” (Threat)", with up to three of them named. */
    private StringBuilder found(long infected, String after) {
        StringBuilder text = new StringBuilder("Found ").append(infected == 1 ? "1 infected file"
                : infected + " infected files").append(after);
        found.stream().limit(3).forEach(f -> text.append(found.indexOf(f) == 0 ? ": " : "; ")
                .append('“').append(f.file()).append("” (").append(f.threat()).append(')'));
        if (infected > 3) {
            text.append("; and more");
        }
        return text;
    }

    private String firstError() {
        return errors.isEmpty() ? "see the output." : errors.get(0);
    }

    private void addError(String line) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(line);
        }
    }

    private static long number(String line, String label, long otherwise) {
        if (!line.toLowerCase(Locale.ROOT).startsWith(label.toLowerCase(Locale.ROOT))) {
            return otherwise;
        }
        try {
            return Long.parseLong(line.substring(label.length()).trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
