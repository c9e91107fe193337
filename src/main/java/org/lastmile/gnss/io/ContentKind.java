package org.lastmile.gnss.io;

/** What a file's first bytes show it to be, whatever its name says. */
enum ContentKind {
    EMPTY, ZIP, BINARY, XML, JSON, TEXT
}
