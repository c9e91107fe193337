package org.lastmile.gnss.io;

/**
 * A file to import.
 *
 * @param fileName its name, for messages
 * @param data its bytes
 * @param options how to read it
 */
record ImportInput(String fileName, byte[] data, ImportOptions options) {
}
