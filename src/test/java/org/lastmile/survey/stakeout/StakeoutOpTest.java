package org.lastmile.survey.stakeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.lastmile.survey.geom.GeometryError;
import org.lastmile.survey.geom.GeometryException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/** Stake-outs worked out by hand on simple shapes (the expected values are the working). */
class StakeoutOpTest {

    private static final double EPS = 1e-9;

    /** 100 m east by 50 m north, counter-clockwise from the south-west corner. */
    private static final Polygon RECTANGLE = Rings.polygon(0, 0, 100, 0, 100, 50, 0, 50);

    @Test
    void aPointBesideTheSouthEdgeOfTheRectangle() {
        // 3 m south of the south edge, 37.42 m east of corner 0: right of 0→1 (east), so offset −3
        Stakeout s = StakeoutOp.stakeout(RECTANGLE, new Coordinate(37.42, -3));
        assertThat(s.edge()).isEqualTo(new Stakeout.Edge(0, 1, 100));
        assertThat(s.alongM()).isCloseTo(37.42, within(EPS));
        assertThat(s.offsetM()).isCloseTo(-3, within(EPS));
        assertThat(s.nearest().corner()).isZero();
        assertThat(s.nearest().distanceM()).isCloseTo(Math.hypot(37.42, 3), within(EPS));
        // east of south: 90° plus the small angle whose tangent is 3 / 37.42
        assertThat(s.nearest().bearingDeg()).isCloseTo(90 + Math.toDegrees(Math.atan(3 / 37.42)), within(EPS));
        // the other corners: (0, 50) is 37.42 east and 53 south of the point, (100, 50) 62.58 and 53
        assertThat(s.checks()).extracting(Stakeout.Check::corner).containsExactly(3, 2);
        assertThat(s.checks().get(0).distanceM()).isCloseTo(Math.hypot(37.42, 53), within(EPS));
        assertThat(s.checks().get(1).distanceM()).isCloseTo(Math.hypot(62.58, 53), within(EPS));
    }

    @Test
    void aPointInsideNearTheWestEdgeIsLeftOfTheDescendingEdge() {
        // edge 3 runs south from (0, 50) to (0, 0); its left is east, where the point lies
        Stakeout s = StakeoutOp.stakeout(RECTANGLE, new Coordinate(4, 30));
        assertThat(s.edge()).isEqualTo(new Stakeout.Edge(3, 0, 50));
        assertThat(s.alongM()).isCloseTo(20, within(EPS));
        assertThat(s.offsetM()).isCloseTo(4, within(EPS));
        // nearest corner (0, 50): 4 m east and 20 m south of it
        assertThat(s.nearest().corner()).isEqualTo(3);
        assertThat(s.nearest().bearingDeg()).isCloseTo(180 - Math.toDegrees(Math.atan(4 / 20.0)), within(EPS));
        assertThat(s.checks()).extracting(Stakeout.Check::corner).containsExactly(2, 1);
    }

    @Test
    void beyondACornerTheStationRunsPastTheEdge() {
        // (106, −5) is √61 from edges 0 and 1 alike (corner 1 is the nearest point of both); the line of
        // edge 0 passes 5 m from it, that of edge 1 6 m: edge 0, the station past its end
        Stakeout s = StakeoutOp.stakeout(RECTANGLE, new Coordinate(106, -5));
        assertThat(s.edge().from()).isZero();
        assertThat(s.alongM()).isCloseTo(106, within(EPS));
        assertThat(s.offsetM()).isCloseTo(-5, within(EPS));
        Stakeout north = StakeoutOp.stakeout(RECTANGLE, new Coordinate(105, -6));
        assertThat(north.edge()).isEqualTo(new Stakeout.Edge(1, 2, 50));
        assertThat(north.alongM()).isCloseTo(-6, within(EPS));
        assertThat(north.offsetM()).isCloseTo(-5, within(EPS));
        // exactly on the bisector (105, −5) the lower edge number wins
        assertThat(StakeoutOp.stakeout(RECTANGLE, new Coordinate(105, -5)).edge().from()).isZero();
        assertThat(s.nearest().corner()).isEqualTo(1);
        // 6 m east and 5 m south of corner 1: 90° plus the angle whose tangent is 5/6
        assertThat(s.nearest().bearingDeg()).isCloseTo(90 + Math.toDegrees(Math.atan(5 / 6.0)), within(EPS));
    }

    @Test
    void onACornerTheBearingIsZero() {
        Stakeout s = StakeoutOp.stakeout(RECTANGLE, new Coordinate(100, 50));
        assertThat(s.nearest().corner()).isEqualTo(2);
        assertThat(s.nearest().distanceM()).isZero();
        assertThat(s.nearest().bearingDeg()).isZero();
    }

    @Test
    void dueNorthAndJustWestOfNorthStayInsideZeroTo360() {
        Stakeout north = StakeoutOp.stakeout(RECTANGLE, new Coordinate(0, 60));
        assertThat(north.nearest().bearingDeg()).isEqualTo(0.0);
        Stakeout west = StakeoutOp.stakeout(RECTANGLE, new Coordinate(-1e-14, 60));
        assertThat(west.nearest().bearingDeg()).isGreaterThanOrEqualTo(0).isLessThan(360);
    }

    @Test
    void aSquareTurned45Degrees() {
        // corners (0,0), (30,30), (0,60), (−30,30); edge 0 runs north-east, u = (1,1)/√2, left n = (−1,1)/√2
        Polygon square = Rings.polygon(0, 0, 30, 30, 0, 60, -30, 30);
        Stakeout s = StakeoutOp.stakeout(square, new Coordinate(20, 8));
        assertThat(s.edge()).isEqualTo(new Stakeout.Edge(0, 1, 30 * Math.sqrt(2)));
        assertThat(s.alongM()).isCloseTo((20 + 8) / Math.sqrt(2), within(EPS));
        assertThat(s.offsetM()).isCloseTo((8 - 20) / Math.sqrt(2), within(EPS));
        assertThat(s.nearest().corner()).isZero();
        assertThat(s.nearest().distanceM()).isCloseTo(Math.sqrt(464), within(EPS));
        assertThat(s.nearest().bearingDeg()).isCloseTo(Math.toDegrees(Math.atan(20 / 8.0)), within(EPS));
        // (−30,30) is √(50² + 22²) = √2984 away, (0,60) √(20² + 52²) = √3104
        assertThat(s.checks()).containsExactly(new Stakeout.Check(3, Math.sqrt(2984)), new Stakeout.Check(2, Math.sqrt(3104)));
    }

    @Test
    void inTheNotchOfTheConcaveL() {
        // survey.md's L: (0,0) (120,0) (120,40) (50,40) (50,90) (0,90); (60,48) is 8 m above edge 2
        // (westward from (120,40) to (50,40)) and 10 m right of edge 3: edge 2, 60 m from corner 2;
        // left of westward is south, the point is north: offset −8
        Polygon l = Rings.polygon(0, 0, 120, 0, 120, 40, 50, 40, 50, 90, 0, 90);
        Stakeout s = StakeoutOp.stakeout(l, new Coordinate(60, 48));
        assertThat(s.edge()).isEqualTo(new Stakeout.Edge(2, 3, 70));
        assertThat(s.alongM()).isCloseTo(60, within(EPS));
        assertThat(s.offsetM()).isCloseTo(-8, within(EPS));
        assertThat(s.nearest().corner()).isEqualTo(3);
        assertThat(s.nearest().distanceM()).isCloseTo(Math.sqrt(164), within(EPS));
        assertThat(s.nearest().bearingDeg()).isCloseTo(Math.toDegrees(Math.atan2(10, 8)), within(EPS));
        // corner 4 (50,90) at √(10² + 42²) = √1864, corner 5 (0,90) at √(60² + 42²) = √5364, corners 0
        // and 1 farther at √5904
        assertThat(s.checks()).containsExactly(new Stakeout.Check(4, Math.sqrt(1864)), new Stakeout.Check(5, Math.sqrt(5364)));
    }

    @Test
    void aTriangleHasOneCheck() {
        Stakeout s = StakeoutOp.stakeout(Rings.polygon(0, 0, 40, 0, 0, 30), new Coordinate(10, -1));
        assertThat(s.edge().from()).isZero();
        assertThat(s.checks()).containsExactly(new Stakeout.Check(2, Math.hypot(10, 31)));
    }

    @Test
    void badRingsAndPointsAreRefusedWithACode() {
        Polygon bowtie = Rings.polygon(0, 0, 10, 10, 10, 0, 0, 10);
        assertThatThrownBy(() -> new StakeoutOp(bowtie)).isInstanceOfSatisfying(GeometryException.class,
                e -> assertThat(e.error()).isEqualTo(GeometryError.SELF_INTERSECTION));
        Polygon repeated = Rings.polygon(0, 0, 10, 0, 10, 0, 10, 10);
        assertThatThrownBy(() -> new StakeoutOp(repeated)).isInstanceOfSatisfying(StakeoutException.class, e -> {
            assertThat(e.error()).isEqualTo(StakeoutError.REPEATED_CORNER);
            assertThat(e.messageArgs()).containsExactly(1, 10.0, 0.0);
        });
        StakeoutOp op = new StakeoutOp(RECTANGLE);
        assertThatThrownBy(() -> op.locate(new Coordinate(Double.NaN, 1))).isInstanceOfSatisfying(
                StakeoutException.class, e -> assertThat(e.error()).isEqualTo(StakeoutError.POINT_NOT_FINITE));
    }
}
