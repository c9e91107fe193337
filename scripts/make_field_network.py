#!/usr/bin/env python3
"""Writes the mixed test network field.json (seeded noise): a six-corner field in Gauss-Kruger
coordinates with GNSS corners (one with a correlated covariance), tapes, grid bearings, two
bearings on a compass whose orientation is estimated, a known coordinate, and a point located by
chainage and offset. Usage: make_field_network.py OUT.json"""
import json
import math
import sys

import numpy as np

rng = np.random.default_rng(20240603)
true = {"A": (633510.20, 4132100.50), "B": (633592.84, 4132121.90), "C": (633630.11, 4132052.37),
        "D": (633600.00, 4132000.00), "E": (633540.70, 4131985.15), "F": (633488.02, 4132031.66),
        "G": (633561.40, 4132105.10)}


def dist(a, b):
    return math.hypot(true[b][0] - true[a][0], true[b][1] - true[a][1])


def brg(a, b):
    return math.degrees(math.atan2(true[b][0] - true[a][0], true[b][1] - true[a][1])) % 360


obs = []
for p, s in (("A", 3.0), ("C", 2.5), ("E", 3.0)):
    obs.append({"type": "gnss", "point": p, "e": round(true[p][0] + rng.normal(0, s), 3),
                "n": round(true[p][1] + rng.normal(0, s), 3), "sigma": s})
cov = np.array([[4.0, 1.2], [1.2, 2.25]])
d = rng.multivariate_normal([0, 0], cov)
obs.append({"type": "gnss", "point": "B", "e": round(true["B"][0] + d[0], 3), "n": round(true["B"][1] + d[1], 3),
            "cov": [4.0, 2.25, 1.2]})
for a, b in (("A", "B"), ("B", "C"), ("C", "D"), ("D", "E"), ("E", "F"), ("F", "A"), ("A", "C"), ("B", "D"),
             ("C", "E"), ("D", "F"), ("A", "G"), ("G", "C")):
    s = dist(a, b)
    sig = round(math.sqrt(0.015 ** 2 + (s / 2000) ** 2), 5)
    obs.append({"type": "tape", "from": a, "to": b, "distance": round(s + rng.normal(0, sig), 3), "sigma": sig})
for a, b in (("A", "B"), ("E", "D")):
    obs.append({"type": "bearing", "from": a, "to": b, "degrees": round(brg(a, b) + rng.normal(0, 0.5), 2),
                "sigma_deg": 0.5})
omega = 2.3  # the compass reads 2.3 degrees too much
for a, b in (("F", "A"), ("F", "E"), ("C", "B")):
    obs.append({"type": "bearing", "from": a, "to": b, "compass": "K1",
                "degrees": round((brg(a, b) + omega + rng.normal(0, 1.0)) % 360, 2), "sigma_deg": 1.0})
obs.append({"type": "coordinate", "point": "D", "e": round(true["D"][0] + rng.normal(0, 0.05), 3),
            "n": round(true["D"][1] + rng.normal(0, 0.05), 3), "sigma": 0.05})
# G from baseline A -> B: chainage along, offset to the left (negative: right)
ae, an = true["A"]
be, bn = true["B"]
L = dist("A", "B")
ue, un = (be - ae) / L, (bn - an) / L
ge, gn = true["G"]
c = (ge - ae) * ue + (gn - an) * un
o = -(ge - ae) * un + (gn - an) * ue
obs.append({"type": "offset", "a": "A", "b": "B", "point": "G", "chainage": round(c + rng.normal(0, 0.02), 3),
            "offset": round(o + rng.normal(0, 0.02), 3), "sigma": 0.02})
start = {k: [round(v[0] + rng.normal(0, 2), 2), round(v[1] + rng.normal(0, 2), 2)] for k, v in true.items()}
with open(sys.argv[1], "w") as f:
    json.dump({"start": start, "observations": obs}, f, indent=1)
