package org.tandem.shared.identity;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The list Tandem keeps of the organisations the customer agreed to trust ({@value #FILE_NAME} in
 * the trusted-organisations folder): for each, its name as shown when the customer agreed, the
 * SHA-256 fingerprint of its certificate, the file that holds the certificate and when it was added.
 * A certificate file is trusted only when an entry names it and its fingerprint still matches.
 */
final class TrustedOrganisationIndex {
    static final String FILE_NAME = "trusted.json";

    /** A list this long is not one a person agreed to entry by entry. */
    private static final long MAX_BYTES = 1024 * 1024;
    private static final Pattern FINGERPRINT = Pattern.compile("([0-9A-F]{2}:){31}[0-9A-F]{2}");
    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}\\.pem");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private TrustedOrganisationIndex() {}

    /**
     * One organisation the customer agreed to trust.
     *
     * @param name the organisation's name as shown when the customer agreed
     * @param sha256 the fingerprint of its certificate, as {@code openssl x509 -fingerprint -sha256} prints it
     * @param file the certificate's file name in the folder
     * @param added when the customer agreed, as an ISO-8601 instant
     */
    record Entry(@JsonProperty("name") String name, @JsonProperty("sha256") String sha256,
            @JsonProperty("file") String file, @JsonProperty("added") String added) {
        Entry {
            Objects.requireNonNull(name, "name");
            if (sha256 == null || !FINGERPRINT.matcher(sha256).matches()) {
                throw new IllegalArgumentException("an entry's fingerprint is not a SHA-256 fingerprint");
            }
            if (file == null || !FILE.matcher(file).matches()) {
                throw new IllegalArgumentException("an entry names a file that is not a .pem file in the folder");
            }
            try {
                Instant.parse(Objects.requireNonNull(added, "added"));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("an entry's date is not a date", e);
            }
        }
    }

    /** The whole file. */
    record Contents(@JsonProperty("organisations") List<Entry> organisations) {
        Contents {
            organisations = List.copyOf(Objects.requireNonNull(organisations, "organisations"));
        }
    }

    /** The entries in {@code folder}'s list; none when there is no list. */
    static List<Entry> read(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IOException(FILE_NAME + " is too large to be Tandem's list of trusted organisations");
            }
            return MAPPER.readValue(Files.readString(file, StandardCharsets.UTF_8), Contents.class).organisations();
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IOException(FILE_NAME + " is not Tandem's list of trusted organisations", e);
        }
    }

    /** Replaces {@code folder}'s list with {@code entries}, in one rename. */
    static void write(Path folder, List<Entry> entries) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        Path temporary = folder.resolve("." + FILE_NAME + ".tmp");
        Files.deleteIfExists(temporary);
        try {
            Files.write(temporary, MAPPER.writeValueAsBytes(new Contents(new ArrayList<>(entries))));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
