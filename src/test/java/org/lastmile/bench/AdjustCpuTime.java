package org.lastmile.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The robust start's cost beside plain data snooping as CPU time of the benchmark thread, the two
 * alternated in one JVM on the networks of {@link AdjustBenchmark}. On the shared two-core machine
 * JMH's wall-clock samples of the same code swing by a factor of ten from one minute to the next
 * (the thread waits for a core); the thread's CPU time does not count the waiting, so the
 * difference robust − plain is what the budget of issue 13 speaks of.
 * Run: {@code java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt)
 * org.lastmile.bench.AdjustCpuTime [rounds]} after {@code scripts/bench} has built the class path.
 */
public final class AdjustCpuTime {

    private AdjustCpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int warmup = Math.max(5, rounds / 3);
        AdjustBenchmark b = new AdjustBenchmark();
        b.setUp();
        compare("500-corner pasture, one slip", b::pastureSlip, b::pastureSlipPlain, warmup, rounds);
        compare("10-corner field, one slip", b::fieldSlip, b::fieldSlipPlain, warmup * 20, rounds * 20);
        compare("10-corner field, clean", b::field, b::fieldPlain, warmup * 20, rounds * 20);
    }

    private static void compare(String name, Supplier<?> robust, Supplier<?> plain, int warmup, int rounds) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<Double> r = new ArrayList<>();
        List<Double> p = new ArrayList<>();
        List<Double> d = new ArrayList<>();
        for (int i = 0; i < warmup + rounds; i++) {
            long t0 = mx.getCurrentThreadCpuTime();
            robust.get();
            long t1 = mx.getCurrentThreadCpuTime();
            plain.get();
            long t2 = mx.getCurrentThreadCpuTime();
            if (i >= warmup) {
                r.add((t1 - t0) / 1e6);
                p.add((t2 - t1) / 1e6);
                d.add(((t1 - t0) - (t2 - t1)) / 1e6);
            }
        }
        System.out.printf(Locale.ROOT, "%s: CPU ms median robust %.2f, plain %.2f, robust - plain %.2f (p90 %.2f), %d rounds%n",
                name, median(r), median(p), median(d), quantile(d, 0.9), rounds);
    }

    private static double median(List<Double> v) {
        return quantile(v, 0.5);
    }

    private static double quantile(List<Double> v, double q) {
        double[] a = v.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return a[Math.min(a.length - 1, (int) Math.floor(q * a.length))];
    }
}
