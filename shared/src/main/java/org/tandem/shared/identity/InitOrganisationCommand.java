package org.tandem.shared.identity;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tandem.shared.config.DataDirectories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tandem org init}: creates the organisation CA, once. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = "Create the organisation's certificate authority: ca.pem (give it to customers) "
                + "and ca-key.pem (keep it secret). Never overwrites an existing one.")
final class InitOrganisationCommand implements Callable<Integer> {
    @Option(names = "--name", required = true, paramLabel = "NAME",
            description = "The organisation's name as customers should see it, e.g. \"Contoso Support\".")
    String name;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Where the organisation's files live (default: ${DEFAULT-VALUE}).")
    Path data = DataDirectories.defaultFor("org");

    @ParentCommand
    OrgCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path directory = data.toAbsolutePath().normalize();
        if (OrganisationCa.existsIn(directory)) {
            err.println("An organisation CA already exists in " + directory + "; refusing to overwrite it.");
            err.println("Its key signs every technician certificate. To start over, move that directory away first.");
            return OrgCommand.FAILED;
        }
        OrganisationCa ca;
        try {
            ca = OrganisationCa.create(name, parent.clock());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, name);
        }
        ca.save(directory);
        out.println("Created the certificate authority of " + ca.name() + ", valid until "
                + ca.certificate().getNotAfter().toInstant() + ":");
        out.println("  " + directory.resolve(OrganisationCa.CERTIFICATE_FILE) + "   public: give this to customers");
        out.println("  " + directory.resolve(OrganisationCa.KEY_FILE) + "   secret: keep it private and backed up");
        out.println();
        out.println("Customers' clients recognise your technicians once the customer agrees to trust "
                + OrganisationCa.CERTIFICATE_FILE + " with");
        out.println("  tandem customer --trust " + OrganisationCa.CERTIFICATE_FILE
                + "   (it shows this fingerprint to check: " + TrustedOrganisations.fingerprint(ca.certificate()) + ")");
        out.println("Next: tandem org add-technician --name \"<technician>\" --data " + directory);
        out.flush();
        return 0;
    }
}
