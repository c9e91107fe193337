package org.lastmile.app;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * Hands back to the system the memory that reading every case document took. The JVM's default
 * heap sizing on a machine with much memory (an initial heap of 1/64 of it) and the burst of
 * short-lived parser objects while ten thousand documents are read leave a few hundred megabytes
 * committed that the list never needs again. After that one burst, the heap is asked to keep
 * little free space (the manageable flags {@code MinHeapFreeRatio}/{@code MaxHeapFreeRatio}) and
 * collected once, which uncommits the rest. Nothing else depends on it; if the JVM refuses the
 * flags, the app simply keeps the larger heap.
 */
final class HeapTrim {

    private HeapTrim() {
    }

    static void afterBulkLoad() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            vm.setVMOption("MinHeapFreeRatio", "10");
            vm.setVMOption("MaxHeapFreeRatio", "30");
        } catch (RuntimeException notManageable) {
            return; // another collector or a JVM without the flags: keep the heap as it is
        }
        System.gc();
    }
}
