package org.tandem.customer.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.tandem.shared.input.Key;

/**
 * Types on an X11 display with the {@code xdotool} program, for what AWT's Robot cannot do there:
 * characters that have no key in the current layout, and keys that AWT has no X11 key for (the
 * system key, the menu key, F13 to F24). Arguments are passed as an array, never through a shell.
 */
public final class XdotoolKeyboard {
    static final long TIMEOUT_SECONDS = 5;

    private static final Map<Key, String> KEYSYMS = keysyms();

    private final String program;

    public XdotoolKeyboard() {
        this("xdotool");
    }

    /** @param program the xdotool executable; another name lets tests use a stand-in */
    XdotoolKeyboard(String program) {
        this.program = program;
    }

    /** The X keysym to press for a key AWT's Robot cannot press on X11, or empty for the others. */
    static Optional<String> keysymFor(Key key) {
        return Optional.ofNullable(KEYSYMS.get(key));
    }

    /**
     * Pause between characters, in milliseconds. xdotool types a character the layout lacks by mapping
     * it to a spare key for a moment; with no pause the mapping is undone before the application has
     * looked the key up, and the character is lost. 256 characters take about 3 s, within the timeout.
     */
    static final int DELAY_MILLIS = 12;

    /** Types this text as characters, whatever the keyboard layout, with held modifiers lifted meanwhile. */
    public void type(String text) throws IOException {
        run("type", "--clearmodifiers", "--delay", String.valueOf(DELAY_MILLIS), "--", text);
    }

    /** Presses or releases the key with this X keysym name. */
    public void key(String keysym, boolean pressed) throws IOException {
        run(pressed ? "keydown" : "keyup", "--", keysym);
    }

    private void run(String... args) throws IOException {
        List<String> command = new ArrayList<>(args.length + 1);
        command.add(program);
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new IOException("xdotool is not installed or cannot run (" + e.getMessage() + ")", e);
        }
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("xdotool did not finish within " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while xdotool was typing", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("xdotool failed with exit code " + process.exitValue());
        }
    }

    private static Map<Key, String> keysyms() {
        Map<Key, String> keysyms = new EnumMap<>(Key.class);
        keysyms.put(Key.META, "Super_L");
        keysyms.put(Key.CONTEXT_MENU, "Menu");
        for (int i = 13; i <= 24; i++) {
            keysyms.put(Key.valueOf("F" + i), "F" + i);
        }
        return keysyms;
    }
}
