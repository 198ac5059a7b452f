package org.tandem.relay.auth;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.shared.relay.RelayProtocol;
import org.tandem.shared.ssh.Ed25519Keys;

/**
 * The technicians file: OpenSSH authorized_keys lines, one technician each, the comment naming
 * the technician ({@code ssh-ed25519 AAAA... alice@contoso}). Lines with options, without a name,
 * or naming the guest user are skipped with a warning; so are lines that cannot be read.
 */
public final class TechniciansFile {
    private static final Logger LOG = LoggerFactory.getLogger(TechniciansFile.class);
    /** A person's name or an address: letters and digits of any script, spaces and a little punctuation. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._@+'()-]{0,63}");
    private static final int MAX_LINE = 8192;

    private final Path file;

    public TechniciansFile(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    public Path path() {
        return file;
    }

    /** The keys listed now; an absent or unreadable file lists none. */
    public List<TechnicianKey> read() {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            LOG.warn("No technicians file at {}: no technician can log in", file);
            return List.of();
        } catch (IOException e) {
            LOG.error("Cannot read the technicians file {}: {}; no technician can log in", file, e.getMessage());
            return List.of();
        }
        List<TechnicianKey> result = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                result.add(parse(line));
            } catch (IllegalArgumentException e) {
                LOG.warn("Skipped {}:{}: {}", file, i + 1, e.getMessage());
            }
        }
        return List.copyOf(result);
    }

    /**
     * Reads one line as a technician's key.
     *
     * @throws IllegalArgumentException with a plain reason when it is not one
     */
    public static TechnicianKey parse(String line) {
        String text = line == null ? "" : line.strip();
        if (text.isEmpty() || text.length() > MAX_LINE || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("Give one public key line, as in a technician's id_ed25519.pub.");
        }
        AuthorizedKeyEntry entry;
        PublicKey key;
        try {
            entry = AuthorizedKeyEntry.parseAuthorizedKeyEntry(text);
            key = entry == null ? null : entry.resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("Not a public key line the relay can read.");
        }
        if (key == null) {
            throw new IllegalArgumentException("Not a public key line the relay can read.");
        }
        if (!entry.getLoginOptions().isEmpty()) {
            throw new IllegalArgumentException("Options such as " + entry.getLoginOptions().keySet()
                    + " are not supported; list the bare key and the technician's name.");
        }
        String name = entry.getComment() == null ? "" : entry.getComment().strip();
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("End the line with the technician's name (up to 64 letters, digits, spaces"
                    + " and . _ @ + ' ( ) -), e.g. '... alice@contoso' or '... Dana Scully'.");
        }
        if (RelayProtocol.CUSTOMER_USER.equals(name)) {
            throw new IllegalArgumentException("'" + name + "' is the relay's guest user; name the technician.");
        }
        return new TechnicianKey(key, name, KeyUtils.getFingerPrint(key));
    }

    /**
     * Appends a technician's line: checked first, refused when the key is listed already, written
     * under a file lock with the newline it needs and synced, so a relay reading the file meanwhile
     * never sees half a line.
     *
     * @return the technician added
     * @throws IllegalArgumentException with a plain reason when the line is refused
     */
    public TechnicianKey add(String line) throws IOException {
        TechnicianKey added = parse(line);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            for (TechnicianKey listed : read()) {
                if (KeyUtils.compareKeys(listed.key(), added.key())) {
                    throw new IllegalArgumentException("This key is listed already, for " + listed.name() + ".");
                }
            }
            long size = channel.size();
            boolean needsNewline = false;
            if (size > 0) {
                ByteBuffer last = ByteBuffer.allocate(1);
                channel.read(last, size - 1);
                needsNewline = last.get(0) != '\n';
            }
            String text = (needsNewline ? "\n" : "") + Ed25519Keys.authorizedKeysLine(added.key(), added.name()) + "\n";
            channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), size);
            channel.force(true);
        }
        return added;
    }
}
