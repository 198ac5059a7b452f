package org.tandem.shared.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class KeyTest {

    /** Every wire id ever assigned. Ids never change: add new keys here, never edit a line. */
    private static final String ASSIGNED_IDS = """
            A=0x04 B=0x05 C=0x06 D=0x07 E=0x08 F=0x09 G=0x0A H=0x0B I=0x0C J=0x0D K=0x0E L=0x0F
            M=0x10 N=0x11 O=0x12 P=0x13 Q=0x14 R=0x15 S=0x16 T=0x17 U=0x18 V=0x19 W=0x1A X=0x1B
            Y=0x1C Z=0x1D DIGIT_1=0x1E DIGIT_2=0x1F DIGIT_3=0x20 DIGIT_4=0x21 DIGIT_5=0x22
            DIGIT_6=0x23 DIGIT_7=0x24 DIGIT_8=0x25 DIGIT_9=0x26 DIGIT_0=0x27 ENTER=0x28 ESCAPE=0x29
            BACKSPACE=0x2A TAB=0x2B SPACE=0x2C MINUS=0x2D EQUALS=0x2E OPEN_BRACKET=0x2F
            CLOSE_BRACKET=0x30 BACK_SLASH=0x31 SEMICOLON=0x33 QUOTE=0x34 BACK_QUOTE=0x35 COMMA=0x36
            PERIOD=0x37 SLASH=0x38 CAPS_LOCK=0x39 F1=0x3A F2=0x3B F3=0x3C F4=0x3D F5=0x3E F6=0x3F
            F7=0x40 F8=0x41 F9=0x42 F10=0x43 F11=0x44 F12=0x45 PRINT_SCREEN=0x46 SCROLL_LOCK=0x47
            PAUSE=0x48 INSERT=0x49 HOME=0x4A PAGE_UP=0x4B DELETE=0x4C END=0x4D PAGE_DOWN=0x4E
            RIGHT=0x4F LEFT=0x50 DOWN=0x51 UP=0x52 NUM_LOCK=0x53 NUMPAD_DIVIDE=0x54
            NUMPAD_MULTIPLY=0x55 NUMPAD_SUBTRACT=0x56 NUMPAD_ADD=0x57 NUMPAD_1=0x59 NUMPAD_2=0x5A
            NUMPAD_3=0x5B NUMPAD_4=0x5C NUMPAD_5=0x5D NUMPAD_6=0x5E NUMPAD_7=0x5F NUMPAD_8=0x60
            NUMPAD_9=0x61 NUMPAD_0=0x62 NUMPAD_DECIMAL=0x63 CONTEXT_MENU=0x65 F13=0x68 F14=0x69
            F15=0x6A F16=0x6B F17=0x6C F18=0x6D F19=0x6E F20=0x6F F21=0x70 F22=0x71 F23=0x72 F24=0x73
            CONTROL=0xE0 SHIFT=0xE1 ALT=0xE2 META=0xE3 ALT_GRAPH=0xE6            """;

    @Test
    void wireIdsNeverChange() {
        Map<String, Integer> pinned = new LinkedHashMap<>();
        for (String pair : ASSIGNED_IDS.trim().split("\\s+")) {
            String[] parts = pair.split("=");
            pinned.put(parts[0], Integer.decode(parts[1]));
        }
        Map<String, Integer> actual = Arrays.stream(Key.values())
                .collect(Collectors.toMap(Key::name, Key::id, (a, b) -> a, LinkedHashMap::new));
        assertEquals(pinned, actual);
    }

    @ParameterizedTest
    @EnumSource(Key.class)
    void everyKeyIsFoundByItsId(Key key) {
        assertEquals(Optional.of(key), Key.ofId(key.id()));
        assertTrue(key.id() > 0 && key.id() <= 0xFFFF, "fits a u16");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 1, 3, 0x32, 0x58, 0x64, 0x66, 0x74, 0xE4, 0xE7, 0xFF, 0x100, 0xFFFF, 0x10000, Integer.MAX_VALUE})
    void unassignedIdsFindNoKey(int id) {
        assertEquals(Optional.empty(), Key.ofId(id));
    }

    @Test
    void everyIdFindsAtMostOneKey() {
        long found = IntStream.rangeClosed(0, 0xFFFF).filter(id -> Key.ofId(id).isPresent()).count();
        assertEquals(Key.values().length, found);
    }

    @Test
    void modifiersAreTheFiveModifierKeys() {
        assertEquals("[CONTROL, SHIFT, ALT, META, ALT_GRAPH]",
                Arrays.stream(Key.values()).filter(Key::isModifier).toList().toString());
    }
}
