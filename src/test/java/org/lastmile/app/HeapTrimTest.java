package org.lastmile.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class HeapTrimTest {

    @Test
    void asksForLittleFreeHeapAndCollectsInFull() {
        long before = HeapTrim.fullCollections();
        assertThat(HeapTrim.afterBulkLoad()).isTrue();
        assertThat(HeapTrim.fullCollections()).isGreaterThan(before);
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        assertThat(vm.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo("30");
        assertThat(vm.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo("10");
    }
}
