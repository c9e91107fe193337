package org.lastmile.app;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * Hands back to the system the memory that reading every case document took. The JVM's default
 * heap sizing on a machine with much memory (an initial heap of 1/64 of it) and the burst of
 * short-lived parser objects while ten thousand documents are read leave a few hundred megabytes
 * committed that the list never needs again. After that one burst, the heap is asked to keep
 * little free space (the manageable flags {@code MinHeapFreeRatio}/{@code MaxHeapFreeRatio}) and
 * collected once in full, which uncommits the rest. A full collection asked for while another
 * thread is inside a JNI critical region (SQLite, the renderer) is silently skipped by G1, so the
 * collection is asked for again, a few times, until a full collection has happened. Nothing else
 * depends on it; if the JVM refuses the flags, the app simply keeps the larger heap.
 */
final class HeapTrim {

    private static final int ATTEMPTS = 5;

    private HeapTrim() {
    }

    /** Trims the heap; returns whether a full collection ran. Blocks up to about half a second. */
    static boolean afterBulkLoad() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            vm.setVMOption("MinHeapFreeRatio", "10");
            vm.setVMOption("MaxHeapFreeRatio", "30");
        } catch (RuntimeException notManageable) {
            return false; // another collector or a JVM without the flags: keep the heap as it is
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            long before = fullCollections();
            System.gc();
            if (fullCollections() > before) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** Full collections so far ("G1 Old Generation", "MarkSweepCompact", "PS MarkSweep"). */
    static long fullCollections() {
        long count = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            String name = gc.getName();
            if (name.contains("Old") || name.contains("MarkSweep")) {
                count += Math.max(0, gc.getCollectionCount());
            }
        }
        return count;
    }
}
