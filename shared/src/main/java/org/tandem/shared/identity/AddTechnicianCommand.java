package org.tandem.shared.identity;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tandem.shared.config.DataDirectories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tandem org add-technician}: issues a technician certificate for the technician's SSH key. */
@Command(
        name = "add-technician",
        mixinStandardHelpOptions = true,
        description = "Issue a technician certificate (technician.pem) signed by the organisation CA, "
                + "for the technician's Ed25519 SSH key, and print the line that lets that key log in to the relay.")
final class AddTechnicianCommand implements Callable<Integer> {
    @Option(names = "--name", required = true, paramLabel = "NAME",
            description = "The technician's name as customers should see it, e.g. \"Dana Scully\".")
    String name;

    @Option(names = "--data", paramLabel = "DIR",
            description = "The organisation's directory, made by 'org init' (default: ${DEFAULT-VALUE}).")
    Path data = DataDirectories.defaultFor("org");

    @Option(names = "--key", paramLabel = "FILE",
            description = "The technician's OpenSSH Ed25519 private key. Without it, a new key is made.")
    Path key;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write technician.pem and technician-key.pem "
                    + "(default: <data>/technicians/<name>).")
    Path out;

    @Option(names = "--days", paramLabel = "DAYS", defaultValue = "365",
            description = "How many days the certificate is valid (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--force", description = "Replace credentials already in the output directory (to renew).")
    boolean force;

    @ParentCommand
    OrgCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (days < 1) {
            throw new ParameterException(spec.commandLine(), "--days must be at least 1");
        }
        Path directory = data.toAbsolutePath().normalize();
        if (!OrganisationCa.existsIn(directory)) {
            err.println("There is no organisation CA in " + directory + ". Create one first:");
            err.println("  tandem org init --name \"<organisation>\" --data " + directory);
            return OrgCommand.FAILED;
        }
        Path target = (out != null ? out : directory.resolve("technicians").resolve(folderName(name)))
                .toAbsolutePath().normalize();
        if (TechnicianCredentials.existsIn(target) && !force) {
            err.println(target + " already holds technician credentials; refusing to overwrite them.");
            err.println("To renew them, run again with --force (and the same --key).");
            return OrgCommand.FAILED;
        }
        OrganisationCa ca = OrganisationCa.load(directory);
        KeyPair technicianKey = key != null ? OpenSshKeyReader.read(key) : newKeyPair();
        TechnicianCredentials credentials;
        try {
            credentials = TechnicianCredentials.issue(ca, name, technicianKey, Duration.ofDays(days), parent.clock());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, name);
        }
        credentials.save(target);

        stdout.println("Issued a technician certificate for " + credentials.technicianName() + ", "
                + credentials.organisationName() + ", valid until " + credentials.certificate().getNotAfter().toInstant() + ":");
        stdout.println("  " + target.resolve(TechnicianCredentials.CHAIN_FILE));
        stdout.println("  " + target.resolve(TechnicianCredentials.KEY_FILE) + "   secret: give it only to "
                + credentials.technicianName() + (key != null ? " (it is the same key as " + key.getFileName() + ")" : ""));
        stdout.println();
        stdout.println("Add this line to the relay's technicians file so this key can log in:");
        stdout.println(Ed25519KeyConverter.authorizedKeysLine(
                credentials.keyPair().getPublic(), credentials.technicianName()));
        stdout.flush();
        return 0;
    }

    /** A folder name from a person's name: "Dana Scully" becomes "dana-scully". */
    static String folderName(String name) {
        String folder = name.strip().toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        return folder.isEmpty() ? "technician" : folder;
    }

    private static KeyPair newKeyPair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot make Ed25519 keys", e);
        }
    }
}
