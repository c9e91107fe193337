package org.lastmile.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest ({@code dev} when run from the classes folder). */
final class VersionProvider implements IVersionProvider {

    /** The application version. */
    static String version() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"LastMile " + version()};
    }
}
