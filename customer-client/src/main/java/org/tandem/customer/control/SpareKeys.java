package org.tandem.customer.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Which spare key of the keyboard each character the layout lacks is typed on. A spare key is one
 * the layout leaves without any symbol. A character is typed by mapping a spare key to it, then
 * pressing that key; the application looks the key up when it reads the press, which on a busy
 * computer may be seconds later. So a mapping is kept for as long as it can be: a character typed
 * again reuses its key, and a new one takes the key used longest ago. A key held down is never
 * taken. {@link #giveBack} lists every key mapped, to be left without a symbol again.
 *
 * <p>Only the choice lives here; {@link XKeyboard} reads and changes the mapping on the X server.
 * Not thread-safe: its one user holds a lock around every call.
 */
final class SpareKeys {
    /** What one key was mapped to, or absent while it is still free; least recently used first. */
    private final LinkedHashMap<Integer, Long> keys = new LinkedHashMap<>(16, 0.75f, true);
    private final Set<Integer> held = new HashSet<>();

    /** @param spare the key codes the layout leaves without any symbol */
    SpareKeys(List<Integer> spare) {
        spare.forEach(code -> keys.put(code, null));
    }

    /** A key to type this symbol on, and whether it must be mapped to it first. */
    record Choice(int keyCode, boolean mustMap) {}

    /**
     * The key to type {@code keysym} on: the one already mapped to it, else the free key or the one
     * used longest ago that is not held down.
     *
     * @return empty when every spare key is held down, or there is none
     */
    Optional<Choice> choose(long keysym) {
        for (Map.Entry<Integer, Long> entry : keys.entrySet()) {
            if (entry.getValue() != null && entry.getValue() == keysym) {
                keys.get(entry.getKey()); // marks it used now
                return Optional.of(new Choice(entry.getKey(), false));
            }
        }
        for (Map.Entry<Integer, Long> entry : keys.entrySet()) {
            int code = entry.getKey();
            if (!held.contains(code)) {
                keys.put(code, keysym);
                return Optional.of(new Choice(code, true));
            }
        }
        return Optional.empty();
    }

    /** The key is held down (pressed and not released): it keeps its symbol until released. */
    void hold(int keyCode) {
        held.add(keyCode);
    }

    void release(int keyCode) {
        held.remove(keyCode);
    }

    /**
     * Drops the keys another program has mapped since they were counted spare or mapped here, so that
     * its mapping is never overwritten.
     *
     * @param stillOurs whether a key, with the symbol this class gave it (or null), still holds it
     */
    void keepOnly(BiPredicate<Integer, Long> stillOurs) {
        for (Iterator<Map.Entry<Integer, Long>> it = keys.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Integer, Long> entry = it.next();
            if (!stillOurs.test(entry.getKey(), entry.getValue())) {
                held.remove(entry.getKey());
                it.remove();
            }
        }
    }

    /**
     * The keys mapped here and not held down, now counted free again: the caller leaves them
     * without a symbol, as the layout had them.
     */
    List<Integer> giveBack() {
        List<Integer> mapped = new ArrayList<>();
        for (Map.Entry<Integer, Long> entry : keys.entrySet()) {
            if (entry.getValue() != null && !held.contains(entry.getKey())) {
                mapped.add(entry.getKey());
            }
        }
        mapped.forEach(code -> keys.replace(code, null));
        return mapped;
    }

    /** Whether this key is counted spare, mapped here or not. */
    boolean contains(int keyCode) {
        return keys.containsKey(keyCode);
    }
}
