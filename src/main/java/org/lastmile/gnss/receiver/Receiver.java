package org.lastmile.gnss.receiver;

/**
 * A source of GNSS fixes. {@link #start()} connects in the background (and reconnects after the
 * receiver is unplugged or the connection drops, with growing pauses); listeners hear every epoch
 * and every change of status on the receiver's thread, so they must hand work to their own thread
 * (the UI: {@code Platform.runLater}). {@link #close()} stops for good.
 */
public interface Receiver extends AutoCloseable {

    /** Starts connecting; does nothing when already started. */
    void start();

    /** Disconnects and stops reconnecting; no event follows the final status. */
    @Override
    void close();

    /** The status now; its age of the last fix is computed at this call from the receiver's clock. */
    ReceiverStatus status();

    void addListener(ReceiverListener listener);

    void removeListener(ReceiverListener listener);

    /** What this receiver reads, for people: a port name, a host and port, a file name. */
    String description();
}
