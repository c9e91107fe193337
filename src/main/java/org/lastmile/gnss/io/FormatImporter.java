package org.lastmile.gnss.io;

/** Reads one file format into an {@link ImportSink}, coordinates as they are in the file. */
interface FormatImporter {

    /**
     * Reads the file; bad parts go to the sink as problems. Throws {@link ImportException} when the
     * file as a whole cannot be read; never another exception for any input.
     */
    void read(ImportInput input, ImportSink sink);
}
