package org.tandem.customer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.shared.identity.TrustedOrganisations;

/**
 * {@code tandem customer --trust CA.pem}: shows the organisation's name and certificate fingerprint,
 * asks "Trust technicians of …? [y/N]" and adds it to the trusted organisations only on a yes. No
 * answer, end of input or anything but y/yes is a no. {@code --yes} answers yes without asking, for
 * scripts that checked the fingerprint themselves.
 */
public final class TrustOrganisationCommand {
    /** The organisation is now trusted, or already was. */
    public static final int TRUSTED = 0;
    /** The customer said no, or the file is not an organisation's certificate, or it could not be saved. */
    public static final int NOT_TRUSTED = 1;

    private static final Logger LOG = LoggerFactory.getLogger(TrustOrganisationCommand.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final Path store;
    private final BufferedReader in;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * @param store the customer's trusted-organisations folder
     * @param in where the customer's answer is read
     */
    public TrustOrganisationCommand(Path store, BufferedReader in, PrintStream out, PrintStream err) {
        this.store = Objects.requireNonNull(store, "store");
        this.in = Objects.requireNonNull(in, "in");
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
    }

    /** Asks about the organisation certificate in {@code file} (unless {@code yes}) and trusts it on a yes. */
    public int run(Path file, boolean yes) {
        X509Certificate organisation;
        try {
            organisation = read(file);
        } catch (IOException e) {
            LOG.warn("Not trusting {}: {}", file, e.getMessage(), e.getCause());
            err.println("tandem customer: " + e.getMessage() + ". Nothing changed.");
            return NOT_TRUSTED;
        }
        String name = TrustedOrganisations.nameOf(organisation);
        String fingerprint = TrustedOrganisations.fingerprint(organisation);
        out.println("Organisation:        " + name);
        out.println("SHA-256 fingerprint: " + fingerprint);
        out.println("Valid until:         " + DAY.format(organisation.getNotAfter().toInstant()));
        out.println("Check this fingerprint with the organisation itself (for example by calling a number you");
        out.println("know is theirs) before you agree. Its technicians will then be shown to you as verified.");
        boolean agreed;
        if (yes) {
            out.println("Trust technicians of " + name + "? yes (--yes)");
            agreed = true;
        } else {
            out.print("Trust technicians of " + name + "? [y/N] ");
            out.flush();
            agreed = answeredYes();
        }
        if (!agreed) {
            LOG.info("The customer did not agree to trust {} (SHA-256 {})", name, fingerprint);
            out.println("Not trusted. Nothing changed.");
            return NOT_TRUSTED;
        }
        LOG.info("The customer agreed{} to trust {} (SHA-256 {}) from {}", yes ? " (--yes)" : "", name, fingerprint,
                file);
        try {
            boolean added = TrustedOrganisations.add(store, organisation);
            out.println(added ? "Trusted: technicians of " + name + " will be shown as verified."
                    : name + " was already trusted. Nothing changed.");
            return TRUSTED;
        } catch (IOException | RuntimeException e) {
            LOG.error("Could not add {} to {}", name, store, e);
            err.println("tandem customer: " + name + " could not be saved in " + store
                    + " (the app log says why). Nothing changed.");
            return NOT_TRUSTED;
        }
    }

    private static X509Certificate read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException("there is no file " + file);
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " is not a file");
        }
        if (!Files.isReadable(file)) {
            throw new IOException(file + " cannot be read (permission denied)");
        }
        return TrustedOrganisations.readOrganisation(file);
    }

    private boolean answeredYes() {
        String answer;
        try {
            answer = in.readLine();
        } catch (IOException e) {
            LOG.warn("Could not read the answer", e);
            answer = null;
        }
        if (answer == null) {
            out.println();
            return false;
        }
        String word = answer.strip().toLowerCase(Locale.ROOT);
        return word.equals("y") || word.equals("yes");
    }
}
