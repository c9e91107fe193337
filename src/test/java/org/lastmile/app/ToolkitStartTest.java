package org.lastmile.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToolkitStartTest {

    @Test
    void onlyTheWindowsOwnOptionsStartTheToolkitEarly() {
        assertThat(ToolkitStart.opensWindow(new String[0])).isTrue();
        assertThat(ToolkitStart.opensWindow(new String[] {"--data-dir", "D", "--lang=bo", "--no-demo"})).isTrue();
        assertThat(ToolkitStart.opensWindow(new String[] {"--data-dir=D"})).isTrue();
        assertThat(ToolkitStart.opensWindow(new String[] {"cases", "list"})).isFalse();
        assertThat(ToolkitStart.opensWindow(new String[] {"--data-dir", "D", "audit", "verify"})).isFalse();
        assertThat(ToolkitStart.opensWindow(new String[] {"--help"})).isFalse();
        assertThat(ToolkitStart.opensWindow(new String[] {"-V"})).isFalse();
        assertThat(ToolkitStart.opensWindow(new String[] {"--data-dir"})).isFalse();
    }
}
