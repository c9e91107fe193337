package org.lastmile.gnss.receiver;

/** Where a receiver's connection stands. */
public enum ConnectionState {
    /** Not connected (not started, closed, unplugged, or waiting to retry). */
    DISCONNECTED("gnss.receiver.state.disconnected"),
    /** Opening the port or socket, or looking for the baud rate. */
    CONNECTING("gnss.receiver.state.connecting"),
    /** Connected and receiving, but without a position (or the last one is stale). */
    NO_FIX("gnss.receiver.state.noFix"),
    /** Connected with a recent position. */
    FIX("gnss.receiver.state.fix");

    private final String messageKey;

    ConnectionState(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
