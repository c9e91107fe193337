package org.lastmile.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data directory restricted to its owner (issue 10 item 6). The ACL path (Windows, NTFS) cannot
 * run on this Linux machine: here only the choice of it and the entry it writes are checked.
 */
class OwnerOnlyTest {

    @TempDir
    Path dir;

    @Test
    void posixWhereTheFileSystemHasItElseTheAclElseNothing() {
        assertThat(OwnerOnly.choose(Set.of("basic", "posix", "unix", "owner", "dos", "user")))
                .as("Linux").isEqualTo(OwnerOnly.View.POSIX);
        assertThat(OwnerOnly.choose(Set.of("basic", "acl", "owner", "dos", "user")))
                .as("Windows, NTFS").isEqualTo(OwnerOnly.View.ACL);
        assertThat(OwnerOnly.choose(Set.of("basic", "dos"))).as("a FAT stick").isEqualTo(OwnerOnly.View.NONE);
    }

    @Test
    void onLinuxTheFolderBecomes0700AndAFile0600() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("data"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Path file = Files.writeString(folder.resolve("lastmile.db"), "x");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        OwnerOnly.apply(folder, true);
        OwnerOnly.apply(file, false);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        OwnerOnly.apply(folder.resolve("absent"), false); // nothing to restrict, nothing thrown
    }

    @Test
    void theAclHoldsOneEntryThatAllowsTheOwnerAloneAndAFolderPassesItOn() throws Exception {
        UserPrincipal owner = Files.getOwner(dir);
        List<AclEntry> folder = OwnerOnly.entries(owner, true);
        assertThat(folder).hasSize(1);
        AclEntry entry = folder.get(0);
        assertThat(entry.type()).isEqualTo(AclEntryType.ALLOW);
        assertThat(entry.principal()).isEqualTo(owner);
        assertThat(entry.permissions()).contains(AclEntryPermission.READ_DATA, AclEntryPermission.WRITE_DATA,
                AclEntryPermission.DELETE, AclEntryPermission.WRITE_ACL);
        assertThat(entry.flags()).containsExactlyInAnyOrder(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);
        assertThat(OwnerOnly.entries(owner, false).get(0).flags()).as("a file passes nothing on").isEmpty();
    }
}
