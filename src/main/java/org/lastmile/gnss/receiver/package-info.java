/**
 * GNSS receivers: a serial or USB receiver speaking NMEA ({@link org.lastmile.gnss.receiver.SerialReceiver}
 * through jSerialComm), gpsd over TCP ({@link org.lastmile.gnss.receiver.GpsdReceiver}), and the
 * replay of a recorded log ({@link org.lastmile.gnss.receiver.ReplayReceiver}). All publish fixes
 * and a {@link org.lastmile.gnss.receiver.ReceiverStatus} to listeners, on the receiver's own thread;
 * threads and time are injected ({@link org.lastmile.gnss.receiver.Scheduler}, {@link java.time.Clock})
 * so that tests run deterministically. No JavaFX here: the UI adapts the listeners.
 */
package org.lastmile.gnss.receiver;
