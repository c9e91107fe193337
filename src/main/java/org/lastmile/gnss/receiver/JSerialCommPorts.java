package org.lastmile.gnss.receiver;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The machine's serial and USB-serial ports through jSerialComm. */
public final class JSerialCommPorts implements SerialPorts {

    /** How long a read waits for the first byte. */
    static final int READ_TIMEOUT_MILLIS = 250;

    @Override
    public List<SerialPortInfo> list() {
        List<SerialPortInfo> ports = new ArrayList<>();
        for (SerialPort port : SerialPort.getCommPorts()) {
            ports.add(new SerialPortInfo(port.getSystemPortPath(), port.getPortDescription()));
        }
        return ports;
    }

    @Override
    public SerialLink open(String name, int baud) throws IOException {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(name);
        } catch (RuntimeException e) {
            throw new IOException("no such port: " + name, e);
        }
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, READ_TIMEOUT_MILLIS, 0);
        if (!port.openPort()) {
            throw new IOException("cannot open " + name + " (error " + port.getLastErrorCode() + ")");
        }
        return new SerialLink() {
            @Override
            public int read(byte[] buffer) throws IOException {
                if (!port.isOpen()) {
                    return -1;
                }
                int n = port.readBytes(buffer, buffer.length);
                return n < 0 ? -1 : n;
            }

            @Override
            public void close() {
                port.closePort();
            }
        };
    }
}
