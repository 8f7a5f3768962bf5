package io.genreshift.cli;

import picocli.CommandLine;

/** Version from the jar manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = GenreShiftCli.class.getPackage().getImplementationVersion();
        return new String[] {"GenreShift " + (v == null ? "development build" : v)};
    }
}
