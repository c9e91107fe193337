package org.lastmile.sync;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.server.CourtServer;
import org.lastmile.server.files.FinishPause;

/**
 * The court server in a process of its own, wired as {@code lastmile server start} wires it, with a
 * {@link FinishPause} that stops one upload's finish at one stage, so that {@code FinaliseKillTest}
 * can SIGKILL the real process at an exact point instead of guessing with a sleep. Only the test
 * classpath has this class: the server in the jar has no way to be paused.
 *
 * <p>Arguments: {@code DATA_DIR STAGE SHA256}. Prints {@code listening on https://localhost:PORT}
 * like {@code server start}, then {@code paused at STAGE SHA} when the upload of that file reaches
 * that stage; the request thread then waits until the process is killed.
 */
public final class PausingCourt {

    private PausingCourt() {
    }

    public static void main(String[] args) throws InterruptedException {
        FinishPause pause = stopAt(FinishPause.Stage.valueOf(args[1]), args[2], System.out);
        CourtServer server = CourtServer.open(Path.of(args[0]), null, Clock.systemUTC());
        int port = server.start("127.0.0.1", 0, Messages.of(Language.CHINESE), pause);
        System.out.println("listening on https://localhost:" + port);
        System.out.flush();
        new CountDownLatch(1).await(); // serves until killed
    }

    /** Stops the request thread for ever at {@code at} of the file {@code sha256}, saying so on {@code out}. */
    static FinishPause stopAt(FinishPause.Stage at, String sha256, PrintStream out) {
        return (stage, sha) -> {
            if (stage != at || !sha.equals(sha256)) {
                return;
            }
            out.println("paused at " + stage + " " + sha);
            out.flush();
            try {
                new CountDownLatch(1).await(); // until the test kills the process
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }
}
