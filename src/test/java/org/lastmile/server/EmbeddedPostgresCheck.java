package org.lastmile.server;

/**
 * Whether the embedded PostgreSQL of the tests can start here. PostgreSQL's initdb refuses root;
 * as root the embedded server runs it through {@code unshare -U}, which a chroot or a container
 * without user namespaces forbids. There a test cannot start its database at all, and says so
 * (an assumption) instead of failing on the machine.
 */
public final class EmbeddedPostgresCheck {

    public static final String WHY_NOT = "running as root without user namespaces: PostgreSQL's initdb cannot run here";

    private EmbeddedPostgresCheck() {
    }

    public static boolean canStart() throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            return true;
        }
        Process p = new ProcessBuilder("unshare", "-U", "true").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }
}
