package org.lastmile.domain.sketch;

/**
 * The four boundaries (四至): what lies to the north, east, south and west (a neighbour's name, a
 * road, a canal). Empty strings when not written.
 */
public record FourBoundaries(String north, String east, String south, String west) {

    public static final FourBoundaries EMPTY = new FourBoundaries("", "", "", "");

    public FourBoundaries {
        north = clean(north);
        east = clean(east);
        south = clean(south);
        west = clean(west);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
