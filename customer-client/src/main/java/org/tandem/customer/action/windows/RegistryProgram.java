package org.tandem.customer.action.windows;

import org.tandem.customer.action.InstalledProgram;

/**
 * One program from the registry's Uninstall keys, the list behind Windows' "Installed apps".
 *
 * @param key the program's key name under {@code …\Uninstall}, which identifies it
 * @param sizeKb {@code EstimatedSize}, in KB; -1 when missing
 * @param uninstallString the command its installer left for removal, as written
 * @param quietUninstallString the command for removal without questions, "" when missing
 */
public record RegistryProgram(String key, String name, String version, String publisher, long sizeKb,
        String uninstallString, String quietUninstallString) {

    public InstalledProgram program() {
        return new InstalledProgram(key, name, version, sizeKb < 0 ? -1 : sizeKb * 1024);
    }
}
