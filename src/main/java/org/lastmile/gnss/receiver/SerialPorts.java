package org.lastmile.gnss.receiver;

import java.io.IOException;
import java.util.List;

/** The serial ports of the machine: {@link JSerialCommPorts} in the app, a fake in tests. */
public interface SerialPorts {

    /** The ports present now (USB receivers appear and vanish as they are plugged). */
    List<SerialPortInfo> list();

    /** Opens a port at a baud rate (8 data bits, no parity, 1 stop bit). */
    SerialLink open(String name, int baud) throws IOException;

    /** A port as the system names and describes it. */
    record SerialPortInfo(String name, String description) {
    }

    /** An open port. */
    interface SerialLink extends AutoCloseable {

        /**
         * Reads what has arrived, waiting a short while (a fraction of a second) when nothing has;
         * returns 0 when nothing came, -1 when the port is gone.
         */
        int read(byte[] buffer) throws IOException;

        @Override
        void close();
    }
}
