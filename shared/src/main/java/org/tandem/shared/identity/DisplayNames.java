package org.tandem.shared.identity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules for names that end up in certificates and on the customer's screen. Names we issue are
 * checked strictly ({@link #require}); every name that nobody vouches for, such as the display name
 * a technician's console sends or the names in a certificate that did not verify, passes through
 * {@link #untrusted} before it is shown, logged or written into a recap.
 */
public final class DisplayNames {
    /** The X.520 upper bound for both common and organisation names, and the longest name shown. */
    public static final int MAX_LENGTH = 64;

    /** Enough of a long name to find every claim in what will be shown, and no more work than that. */
    private static final int MAX_EXAMINED = 16 * MAX_LENGTH;
    /** Accents stacked on one letter beyond this are dropped, so a name cannot spill over other lines. */
    private static final int MAX_MARKS_IN_A_ROW = 4;
    /** What every word that claims verification contains once folded: verified, unverified, verify, vérifié… */
    private static final String CLAIM = "verif";

    /** Letters that are blank, though Unicode calls them letters. */
    private static final Set<Integer> BLANK_LETTERS = Set.of(0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800);
    /** Check marks: a name must not carry a tick that looks like ours. */
    private static final Set<Integer> CHECK_MARKS = Set.of(0x2713, 0x2714, 0x2705, 0x2611, 0x221A, 0x1F5F8, 0x10102);
    /** Dashes that are not Unicode dash punctuation. */
    private static final Set<Integer> OTHER_DASHES = Set.of(0x2212, 0x2043, 0x02D7, 0x2796, 0x23AF, 0x2500, 0x2501,
            0x2E3A, 0x2E3B, 0xFE58, 0xFE63, 0xFF0D);
    /** Double quotation marks, which would end the quotes a warning puts around a claimed name. */
    private static final Set<Integer> DOUBLE_QUOTES = Set.of(0x22, 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB, 0x2033,
            0x275D, 0x275E, 0x301D, 0x301E, 0x301F, 0xFF02, 0x2E42);
    /** Letters from other scripts (and digits) that read as Latin ones in "verified". */
    private static final Map<Integer, Character> LOOK_ALIKES = Map.ofEntries(
            Map.entry(0x0430, 'a'), Map.entry(0x0435, 'e'), Map.entry(0x0456, 'i'), Map.entry(0x043E, 'o'),
            Map.entry(0x0440, 'p'), Map.entry(0x0441, 'c'), Map.entry(0x0501, 'd'), Map.entry(0x0475, 'v'),
            Map.entry(0x0433, 'r'), Map.entry(0x0491, 'r'), Map.entry(0x0493, 'f'), Map.entry(0x0458, 'j'),
            Map.entry(0x03BD, 'v'), Map.entry(0x03B5, 'e'), Map.entry(0x03B9, 'i'), Map.entry(0x03BF, 'o'),
            Map.entry(0x03C1, 'p'), Map.entry(0x0131, 'i'), Map.entry(0x0269, 'i'), Map.entry(0x1D20, 'v'),
            Map.entry(0x1D07, 'e'), Map.entry(0x0280, 'r'), Map.entry(0x026A, 'i'), Map.entry(0xA730, 'f'),
            Map.entry(0x1D05, 'd'), Map.entry(0x0192, 'f'), Map.entry(0x0257, 'd'), Map.entry(0x01DD, 'e'),
            Map.entry((int) '1', 'i'), Map.entry((int) '3', 'e'), Map.entry((int) '0', 'o'));

    private DisplayNames() {}

    /** Returns {@code value} stripped, or throws when it is not fit to be a name. */
    static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + what + " must not be empty");
        }
        String name = value.strip();
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            throw new IllegalArgumentException("The " + what + " must be at most " + MAX_LENGTH + " characters");
        }
        if (name.codePoints().anyMatch(DisplayNames::isHidden)) {
            throw new IllegalArgumentException("The " + what + " must not contain control or formatting characters");
        }
        return name;
    }

    /**
     * Makes a name nobody vouches for safe to show, log or write into a recap, so that it cannot pass
     * for another name or for Tandem's own words. The result is empty for {@code null}, and applying
     * this again changes nothing.
     *
     * <ul>
     *   <li>Every run of white space, line breaks and tabs included, becomes one space; the name is
     *       stripped.</li>
     *   <li>Invisible characters go: other controls, formatting characters (the
     *       bidirectional overrides and isolates, zero-width spaces and joiners), private-use and
     *       unassigned code points, and letters that print as blanks. More than
     *       {@value #MAX_MARKS_IN_A_ROW} accents stacked on one letter are dropped.</li>
     *   <li>Every dash (any Unicode dash, minus sign or horizontal bar) becomes a plain hyphen
     *       {@code -}, so an untrusted name never contains the em dash of "— verified".</li>
     *   <li>Double quotation marks become an apostrophe, so a claimed name cannot close the quotes
     *       a warning puts around it; check marks go.</li>
     *   <li>Every word that claims verification goes, with the separators before it ("Dana — verified",
     *       "Dana - VERIFIED", "Dana (verified)", "Verified: Dana" all become "Dana"). A word claims
     *       verification when, compared without case, accents or compatibility forms, and with
     *       look-alike letters from other scripts and digits read as Latin letters, it contains
     *       "{@value #CLAIM}".</li>
     *   <li>A name longer than {@value #MAX_LENGTH} characters is cut to {@value #MAX_LENGTH}, the
     *       last being "…".</li>
     * </ul>
     */
    public static String untrusted(String name) {
        if (name == null) {
            return "";
        }
        int[] visible = visible(Normalizer.normalize(name, Normalizer.Form.NFC));
        int[] defused = withoutClaims(visible);
        String tidy = new String(defused, 0, defused.length).replaceAll(" {2,}", " ").strip();
        return bounded(tidy);
    }

    /** The characters that print, with white space, dashes and quotes folded, at most {@link #MAX_EXAMINED}. */
    private static int[] visible(String name) {
        StringBuilder out = new StringBuilder();
        int kept = 0;
        int marks = 0;
        for (int cp : name.codePoints().toArray()) {
            if (kept == MAX_EXAMINED) {
                break;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                cp = ' ';
            } else if (isHidden(cp) || BLANK_LETTERS.contains(cp) || CHECK_MARKS.contains(cp)) {
                continue;
            }
            if (isMark(cp)) {
                if (++marks > MAX_MARKS_IN_A_ROW) {
                    continue;
                }
            } else {
                marks = 0;
            }
            if (isDash(cp)) {
                cp = '-';
            } else if (DOUBLE_QUOTES.contains(cp)) {
                cp = '\'';
            }
            out.appendCodePoint(cp);
            kept++;
        }
        return out.codePoints().toArray();
    }

    /** {@code text} without any word that claims verification, nor the separators that joined it on. */
    private static int[] withoutClaims(int[] text) {
        int[] current = text;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int start = 0; start < current.length; start++) {
                if (!isWord(current[start])) {
                    continue;
                }
                int end = start;
                while (end < current.length && isWord(current[end])) {
                    end++;
                }
                if (!skeleton(current, start, end).contains(CLAIM)) {
                    start = end;
                    continue;
                }
                int from = start;
                while (from > 0 && !isWord(current[from - 1]) && !isClosing(current[from - 1])) {
                    from--;
                }
                int to = end;
                if (from == 0) {
                    while (to < current.length && !isWord(current[to])) {
                        to++;
                    }
                } else {
                    while (to < current.length && isClosing(current[to])) {
                        to++;
                    }
                }
                int[] shorter = new int[current.length - (to - from)];
                System.arraycopy(current, 0, shorter, 0, from);
                System.arraycopy(current, to, shorter, from, current.length - to);
                current = shorter;
                changed = true;
                break;
            }
        }
        return current;
    }

    /** The word as it reads: compatibility forms folded, accents dropped, lower case, look-alikes as Latin. */
    private static String skeleton(int[] text, int start, int end) {
        String folded = Normalizer.normalize(new String(text, start, end - start), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder();
        folded.toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
            if (!isMark(cp)) {
                Character latin = LOOK_ALIKES.get(cp);
                out.appendCodePoint(latin != null ? latin : cp);
            }
        });
        return out.toString();
    }

    private static String bounded(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        String head = name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH - 1)).strip();
        return head + "…";
    }

    /** Letters, digits, accents, and anything that folds to a letter or digit (ⓥ, ｖ). */
    private static boolean isWord(int cp) {
        if (Character.isLetterOrDigit(cp) || isMark(cp)) {
            return true;
        }
        if (cp < 0x80) {
            return false;
        }
        String folded = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
        return !folded.isEmpty() && Character.isLetterOrDigit(folded.codePointAt(0));
    }

    private static boolean isClosing(int cp) {
        int type = Character.getType(cp);
        return type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
    }

    private static boolean isDash(int cp) {
        return Character.getType(cp) == Character.DASH_PUNCTUATION || OTHER_DASHES.contains(cp);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isHidden(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE
                || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED;
    }
}
