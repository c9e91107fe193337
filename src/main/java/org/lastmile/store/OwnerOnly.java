package org.lastmile.store;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Restricts a file or folder of the data directory to its owner (issue 10: folder 0700, files
 * 0600; on Windows the user's own ACL). Which way depends on what the file's store supports:
 * POSIX permissions (Linux, macOS), else an access control list with one entry that allows the
 * owner everything (NTFS on Windows: the inherited entries for other users, administrators and
 * SYSTEM are replaced), else nothing (a FAT stick has neither; the data is no less readable than
 * before). Best effort: a failure leaves the file as it was.
 */
public final class OwnerOnly {

    /** How a file can be restricted to its owner. */
    public enum View {
        POSIX, ACL, NONE
    }

    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /** POSIX where supported (it is what Linux shows with ls), else ACL, else none. */
    public static View choose(Set<String> supportedViews) {
        if (supportedViews.contains("posix")) {
            return View.POSIX;
        }
        return supportedViews.contains("acl") ? View.ACL : View.NONE;
    }

    /** Restricts {@code p} (a folder when {@code directory}) to its owner, where its store allows. */
    public static void apply(Path p, boolean directory) {
        if (!Files.exists(p)) {
            return;
        }
        try {
            switch (choose(supported(Files.getFileStore(p)))) {
                case POSIX -> Files.setPosixFilePermissions(p, directory ? DIRECTORY : FILE);
                case ACL -> {
                    AclFileAttributeView view = Files.getFileAttributeView(p, AclFileAttributeView.class);
                    view.setAcl(entries(view.getOwner(), directory));
                }
                case NONE -> { }
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // The file keeps the rules of its file system; the data is no less readable than before.
        }
    }

    /**
     * The whole ACL of an owner-only file: one entry allowing the owner everything; a folder's entry
     * is inherited by what is created in it later (the database's -wal, new backups).
     */
    public static List<AclEntry> entries(java.nio.file.attribute.UserPrincipal owner, boolean directory) {
        AclEntry.Builder entry = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class));
        if (directory) {
            entry.setFlags(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);
        }
        return List.of(entry.build());
    }

    private static Set<String> supported(FileStore store) {
        Set<String> views = new java.util.HashSet<>();
        for (String name : List.of("posix", "acl")) {
            if (store.supportsFileAttributeView(name)) {
                views.add(name);
            }
        }
        return views;
    }
}
