package org.lastmile.gnss.receiver;

/** Why a receiver is disconnected; the message takes one argument, the detail (port, host, file, cause). */
public enum ReceiverProblem {
    PORT_NOT_FOUND("gnss.receiver.problem.portNotFound"),
    PORT_UNAVAILABLE("gnss.receiver.problem.portUnavailable"),
    NO_NMEA("gnss.receiver.problem.noNmea"),
    CONNECTION_REFUSED("gnss.receiver.problem.connectionRefused"),
    CONNECTION_LOST("gnss.receiver.problem.connectionLost"),
    FILE_UNREADABLE("gnss.receiver.problem.fileUnreadable");

    private final String messageKey;

    ReceiverProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
