package org.lastmile.store.cases;

/**
 * Hears how far the one-time fill of the case list's table ({@link CaseListTable#fill}) has got, so
 * that the window and the command line can show it: the fill of 100,000 cases takes most of a
 * minute, before anything else can be shown. Called on the thread that opens the store.
 */
@FunctionalInterface
public interface FillProgress {

    /** Hears nothing (tests, tools). */
    FillProgress NONE = (done, total) -> { };

    /**
     * @param done cases that have their row, counting those done before an interrupted fill; never
     *     less than at the call before, and {@code total} at the last call
     * @param total the cases of the file
     */
    void reached(long done, long total);
}
