#!/usr/bin/env python3
"""Independent stake-out values for StakeoutReferenceTest (plain vector math, no GIS library).

For each shape and random point: the nearest edge (distance to the segment; on a tie the edge
whose line is nearer, then the first), the station along it from its first corner and the signed perpendicular offset (positive
left of from->to), the nearest corner with the grid bearing from it (north = 0, clockwise), and
the two nearest corners other than the edge's ends. Corners count from 0 without the closing
point. Written from the definitions, not from the Java code: the foot of the perpendicular by
solving p = a + t*(b - a) + s*normal as a 2x2 linear system with Cramer's rule.

Usage: stakeout_reference.py > src/test/resources/survey/stakeout-reference.csv
"""
import math
import random

E0, N0 = 633500.0, 4097500.0  # a Gauss-Krueger origin in zone 33 (EPSG:4542), as in survey.md


def rotated_square(side, degrees):
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    unit = [(0, 0), (side, 0), (side, side), (0, side)]
    return [(E0 + x * c - y * s, N0 + x * s + y * c) for x, y in unit]


SHAPES = {
    "rectangle": [(0, 0), (100, 0), (100, 50), (0, 50)],
    "rectangle_gk": [(E0, N0), (E0 + 100, N0), (E0 + 100, N0 + 50), (E0, N0 + 50)],
    "rotated_square_gk": rotated_square(40.0, 30.0),
    "l_shape": [(0, 0), (120, 0), (120, 40), (50, 40), (50, 90), (0, 90)],
    "l_shape_clockwise": [(0, 90), (50, 90), (50, 40), (120, 40), (120, 0), (0, 0)],
}


def segment_distance(p, a, b):
    # the nearest point of the segment by clamping the parameter of the foot to [0, 1]
    dx, dy = b[0] - a[0], b[1] - a[1]
    t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)
    if t <= 0:
        return math.dist(p, a)
    if t >= 1:
        return math.dist(p, b)
    return math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy))


def station_offset(p, a, b):
    # solve p - a = t*(b - a) + s*(-dy, dx) for t, s (Cramer); station = t*L, offset = s*L
    dx, dy = b[0] - a[0], b[1] - a[1]
    rx, ry = p[0] - a[0], p[1] - a[1]
    det = dx * dx - (-dy) * dy  # | dx  -dy ; dy  dx |
    t = (rx * dx - (-dy) * ry) / det
    s = (dx * ry - dy * rx) / det
    length = math.hypot(dx, dy)
    return t * length, s * length


def bearing(a, p):
    de, dn = p[0] - a[0], p[1] - a[1]
    if de == 0 and dn == 0:
        return 0.0
    deg = math.degrees(math.atan2(de, dn)) % 360.0
    return 0.0 if deg >= 360.0 else deg


def stakeout(corners, p):
    n = len(corners)
    # beyond a convex corner both of its edges are exactly as far (the corner): then the edge whose
    # line passes closer to the point, then the lower number
    edge = min(range(n), key=lambda i: (segment_distance(p, corners[i], corners[(i + 1) % n]),
                                        abs(station_offset(p, corners[i], corners[(i + 1) % n])[1]), i))
    to = (edge + 1) % n
    along, offset = station_offset(p, corners[edge], corners[to])
    dist = [math.dist(c, p) for c in corners]
    order = sorted(range(n), key=lambda i: (dist[i], i))
    nearest = order[0]
    checks = [i for i in order if i not in (edge, to)][:2]
    return edge, to, along, offset, nearest, dist[nearest], bearing(corners[nearest], p), checks, dist


def main():
    rnd = random.Random(20261206)
    print("# corners,SHAPE,e0,n0,e1,n1,... (the ring without its closing point)")
    print("# point,SHAPE,e,n,from,to,along_m,offset_m,nearest,nearest_m,bearing_deg,check1,check1_m,check2,check2_m")
    for name, corners in SHAPES.items():
        print(",".join(["corners", name] + [repr(float(v)) for c in corners for v in c]))
    for name, corners in SHAPES.items():
        xs = [c[0] for c in corners]
        ys = [c[1] for c in corners]
        for _ in range(40):
            p = (rnd.uniform(min(xs) - 20, max(xs) + 20), rnd.uniform(min(ys) - 20, max(ys) + 20))
            edge, to, along, offset, nearest, nd, brg, checks, dist = stakeout(corners, p)
            print(",".join(["point", name, repr(p[0]), repr(p[1]), str(edge), str(to), repr(along), repr(offset),
                            str(nearest), repr(nd), repr(brg), str(checks[0]), repr(dist[checks[0]]),
                            str(checks[1]), repr(dist[checks[1]])]))


if __name__ == "__main__":
    main()
