package org.tandem.customer.action;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a path the technician gave. It must be a full path that exists, written as it really is:
 * no {@code .} or {@code ..} and no link on the way, so that the folder the customer is shown is the
 * folder that is read, and nothing outside it.
 */
public final class PathParameter {
    /** Longest path that can be shown whole in a question. */
    public static final int MAX_SHOWN = 240;

    /**
     * A checked path, or why it was refused: {@code problem} precisely, for the technician, and
     * {@code toCustomer} where those words tell the technician what to do ("" when they suit the customer too).
     */
    public record Checked(Path path, String problem, String toCustomer) {
        public boolean ok() {
            return problem == null;
        }

        /** The refusal of a request that named this path, in both readers' words. */
        public Consent.Refuse refusal() {
            return new Consent.Refuse(problem, toCustomer);
        }
    }

    private PathParameter() {}

    /** A folder (or, when {@code filesToo}, a file) that exists, in canonical form. */
    public static Checked check(String text, boolean filesToo) {
        if (text == null || text.isBlank()) {
            return refused("No folder was given.");
        }
        String shown = "“" + text + "”";
        if (text.chars().anyMatch(Character::isISOControl)) {
            return refusedForTechnician("The path holds control characters; Tandem does not use it.");
        }
        if (text.length() > MAX_SHOWN) {
            return refusedForTechnician("That path is too long to show in full; choose a folder higher up.");
        }
        Path path;
        try {
            path = Path.of(text);
        } catch (InvalidPathException e) {
            return refusedForTechnician(shown + " is not a valid path.");
        }
        if (!path.isAbsolute()) {
            return refusedForTechnician(shown + " is not a full path; give the whole path from the top, such as “"
                    + Path.of(System.getProperty("user.home")).resolve(text) + "”.");
        }
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return refused(shown + " does not exist on this computer.");
        }
        Path real;
        try {
            real = path.toRealPath();
        } catch (IOException e) {
            return refusedForTechnician(shown + " cannot be read: " + e.getMessage());
        }
        if (!real.equals(path) || !real.toString().equals(path.toString())) {
            return refusedForTechnician(shown + " leads to “" + real + "”, outside what it names. Ask for “" + real
                    + "” itself if that is what you mean.");
        }
        if (!filesToo && !Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
            return refused(shown + " is a file, not a folder.");
        }
        return new Checked(real, null, "");
    }

    /** Several paths, one a line; blank lines are ignored. Fails on the first bad one. */
    public static List<Checked> checkLines(String text, boolean filesToo, int max) {
        List<Checked> checked = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                if (!line.isBlank()) {
                    checked.add(check(line.strip(), filesToo));
                }
            }
        }
        if (checked.isEmpty()) {
            return List.of(refused("No folder was given."));
        }
        if (checked.size() > max) {
            return List.of(refused("At most " + Words.count(max, "folder", "folders") + " can be asked for at once."));
        }
        return checked;
    }

    private static Checked refused(String problem) {
        return new Checked(null, problem, "");
    }

    /** A refusal whose words are for the technician: the customer reads that the folder could not be used. */
    private static Checked refusedForTechnician(String problem) {
        return new Checked(null, problem, CustomerOutcomeWords.UNUSABLE_FOLDER);
    }
}
