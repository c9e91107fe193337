package org.lastmile.app;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import javafx.scene.Parent;

/**
 * Counts what JavaFX's CSS engine keeps for one scene root (com.sun.javafx.css.StyleManager's cache
 * container, read by reflection; the JavaFX jars are on the class path, so nothing needs opening):
 * the selector partitions per kind of node, the style maps (matched selector sets), the shared
 * style caches and their entries (computed values per pseudo-class state). What grows in a switch
 * is styling that had not been done in that root before. Benchmark aid only: internals change.
 */
public final class CssCacheCount {

    private CssCacheCount() {
    }

    /** {partitions, style maps, style caches, style cache entries}, or -1s when unreadable. */
    public static long[] of(Parent root) {
        try {
            Class<?> manager = Class.forName("com.sun.javafx.css.StyleManager");
            Map<?, ?> containers = (Map<?, ?>) manager.getField("cacheContainerMap").get(null);
            Object container = containers.get(root);
            if (container == null) {
                return new long[4];
            }
            long partitions = 0;
            for (Object inner : ((Map<?, ?>) field(container, "cacheMap")).values()) {
                partitions += ((Map<?, ?>) inner).size();
            }
            List<?> maps = (List<?>) field(container, "styleMapList");
            Map<?, ?> caches = (Map<?, ?>) field(container, "styleCache");
            long entries = 0;
            if (caches != null) {
                for (Object cache : caches.values()) {
                    Map<?, ?> e = (Map<?, ?>) field(cache, "entries");
                    entries += e == null ? 0 : e.size();
                }
            }
            return new long[] {partitions, maps == null ? 0 : maps.size(), caches == null ? 0 : caches.size(), entries};
        } catch (ReflectiveOperationException | RuntimeException e) {
            return new long[] {-1, -1, -1, -1};
        }
    }

    /** The kinds of node (type, id, style classes) the root's selector partitions are kept for. */
    static java.util.Set<String> kinds(Parent root) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        try {
            Class<?> manager = Class.forName("com.sun.javafx.css.StyleManager");
            Object container = ((Map<?, ?>) manager.getField("cacheContainerMap").get(null)).get(root);
            if (container == null) {
                return out;
            }
            for (Object inner : ((Map<?, ?>) field(container, "cacheMap")).values()) {
                for (Object key : ((Map<?, ?>) inner).keySet()) {
                    out.add(field(key, "className") + "#" + field(key, "id") + " " + field(key, "styleClasses"));
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            out.add("unreadable: " + e);
        }
        return out;
    }

    static String delta(long[] before, long[] after) {
        return String.format(", css new: partitions %d, style maps %d, caches %d, entries %d",
                after[0] - before[0], after[1] - before[1], after[2] - before[2], after[3] - before[3]);
    }

    private static Object field(Object owner, String name) throws ReflectiveOperationException {
        Field f = owner.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return f.get(owner);
    }
}
