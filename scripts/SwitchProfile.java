import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the FX thread was during chosen language switches of a flight recording made by
 * scripts/bench-switch-profile: the execution and native samples between the begin and the end of
 * each lastmile.Switch event whose label starts with the given prefix ("record 1 " = the first
 * switch of the record screen), counted per method (inclusive: the method is anywhere on the stack)
 * and per top frame (self), and per coarse phase (CSS, layout, text shaping, listeners, ...).
 *
 * <pre>java scripts/SwitchProfile.java RECORDING.jfr PREFIX [TOP]</pre>
 */
public final class SwitchProfile {
    /** The FX thread: "Event Thread" under Monocle (the bench), "JavaFX Application Thread" under GTK. */
    private static final Set<String> FX_THREADS = Set.of("Event Thread", "JavaFX Application Thread");
    public static void main(String[] args) throws Exception {
        List<RecordedEvent> events = RecordingFile.readAllEvents(Path.of(args[0]));
        String prefix = args[1];
        int top = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        List<Instant[]> windows = new ArrayList<>();
        for (RecordedEvent e : events) {
            if (e.getEventType().getName().equals("lastmile.Switch") && e.getString("what").startsWith(prefix)) {
                windows.add(new Instant[] {e.getStartTime(), e.getEndTime()});
                System.out.printf("%s: %.1f ms%n", e.getString("what"), e.getDuration().toNanos() / 1e6);
            }
        }
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> phases = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : events) {
            String type = e.getEventType().getName();
            if (!type.equals("jdk.ExecutionSample") && !type.equals("jdk.NativeMethodSample")) {
                continue;
            }
            var thread = e.getThread("sampledThread");
            if (thread == null || !FX_THREADS.contains(thread.getJavaName())) {
                continue;
            }
            Instant t = e.getStartTime();
            boolean in = windows.stream().anyMatch(w -> !t.isBefore(w[0]) && !t.isAfter(w[1]));
            if (!in || e.getStackTrace() == null) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                String m = f.getMethod().getType().getName() + "." + f.getMethod().getName();
                if (seen.add(m)) {
                    inclusive.merge(m, 1, Integer::sum);
                }
            }
            if (!frames.isEmpty()) {
                RecordedFrame f = frames.get(0);
                self.merge((type.endsWith("Native") || type.equals("jdk.NativeMethodSample") ? "[native] " : "")
                        + f.getMethod().getType().getName() + "." + f.getMethod().getName(), 1, Integer::sum);
            }
            phases.merge(phase(frames), 1, Integer::sum);
        }
        System.out.println("samples on the FX thread: " + samples + "");
        print("phase (innermost match)", phases, top, samples);
        print("inclusive", inclusive, top, samples);
        print("self (top frame)", self, top, samples);
    }

    /** The innermost known phase of a stack (frames are innermost first). */
    private static String phase(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String c = f.getMethod().getType().getName();
            String m = f.getMethod().getName();
            if (c.contains("PangoGlyphLayout") || c.contains("com.sun.javafx.font.freetype")) return "text shaping (Pango/FreeType)";
            if (c.contains("PrismTextLayout") || c.contains("com.sun.javafx.text")) return "text layout (PrismTextLayout)";
            if (c.startsWith("javafx.css") || c.startsWith("com.sun.javafx.css") || m.equals("applyCss") || m.equals("processCSS")
                    || m.equals("doProcessCSS") || c.equals("javafx.scene.CssStyleHelper")) return "CSS";
            if (m.equals("layoutChildren") || m.equals("layout") || m.startsWith("computePref") || m.startsWith("computeMin")) return "layout";
            if (c.startsWith("org.lastmile")) return "lastmile: " + c.substring(c.lastIndexOf('.') + 1);
        }
        return "other";
    }

    private static void print(String title, Map<String, Integer> counts, int top, int total) {
        System.out.println("--- " + title);
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(top)
                .forEach(e -> System.out.printf("%5d %5.1f%%  %s%n", e.getValue(), 100.0 * e.getValue() / Math.max(1, total), e.getKey()));
    }
}
