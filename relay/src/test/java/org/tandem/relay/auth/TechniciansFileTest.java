package org.tandem.relay.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.ssh.Ed25519Keys;

class TechniciansFileTest {
    @TempDir
    Path dir;

    @Test
    void theCommentNamesTheTechnician() throws Exception {
        KeyPair alice = Ed25519Keys.generate();
        Path path = Files.writeString(dir.resolve("technicians"), "# list\n"
                + Ed25519Keys.authorizedKeysLine(alice.getPublic(), "alice@contoso") + "\n");

        List<TechnicianKey> keys = new TechniciansFile(path).read();

        assertEquals(1, keys.size());
        assertEquals("alice@contoso", keys.get(0).name());
        assertEquals(Ed25519Keys.fingerprint(alice.getPublic()), keys.get(0).fingerprint());
    }

    @Test
    void aNameMayHaveSpacesAndLettersOfAnyScript() {
        String key = Ed25519Keys.authorizedKeysLine(Ed25519Keys.generate().getPublic(), null);

        assertEquals("Demo Technician", TechniciansFile.parse(key + " Demo Technician").name());
        assertEquals("Zoë O'Brien", TechniciansFile.parse(key + " Zoë O'Brien").name());
        assertThrows(IllegalArgumentException.class, () -> TechniciansFile.parse(key + " be\u0007ll"));
    }

    @Test
    void addAppendsALineWithItsNewlineEvenAfterALineWithoutOne() throws Exception {
        KeyPair alice = Ed25519Keys.generate();
        KeyPair bob = Ed25519Keys.generate();
        Path path = Files.writeString(dir.resolve("technicians"), Ed25519Keys.authorizedKeysLine(alice.getPublic(), "alice"));
        TechniciansFile file = new TechniciansFile(path);

        TechnicianKey added = file.add("  " + Ed25519Keys.authorizedKeysLine(bob.getPublic(), "bob") + "  ");

        assertEquals("bob", added.name());
        assertEquals(List.of("alice", "bob"), file.read().stream().map(TechnicianKey::name).toList());
        assertTrue(Files.readString(path).endsWith("bob\n"));
    }

    @Test
    void addRefusesAKeyListedAlreadyAndLeavesTheFileAlone() throws Exception {
        KeyPair alice = Ed25519Keys.generate();
        TechniciansFile file = new TechniciansFile(dir.resolve("technicians"));
        file.add(Ed25519Keys.authorizedKeysLine(alice.getPublic(), "alice"));
        String before = Files.readString(file.path());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> file.add(Ed25519Keys.authorizedKeysLine(alice.getPublic(), "mallory")));

        assertTrue(e.getMessage().contains("listed already, for alice"), e.getMessage());
        assertEquals(before, Files.readString(file.path()));
    }

    @Test
    void linesThatCannotBeUsedAreRefusedWithAPlainReason() {
        String key = Ed25519Keys.authorizedKeysLine(Ed25519Keys.generate().getPublic(), null);
        assertThrows(IllegalArgumentException.class, () -> TechniciansFile.parse(key), "a name is needed");
        assertThrows(IllegalArgumentException.class, () -> TechniciansFile.parse(key + " customer"));
        assertThrows(IllegalArgumentException.class, () -> TechniciansFile.parse("command=\"sh\" " + key + " alice"));
        assertThrows(IllegalArgumentException.class, () -> TechniciansFile.parse("ssh-ed25519 AAAAnotakey alice"));
        assertThrows(IllegalArgumentException.class, () -> TechniciansFile.parse(key + " alice\n" + key + " bob"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TechniciansFile.parse("hello"));
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }
}
