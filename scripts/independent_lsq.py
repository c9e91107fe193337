#!/usr/bin/env python3
"""Independent least-squares check for the survey adjustment tests.

Reads a network file (JSON, the format of src/test/resources/org/lastmile/survey/adjust/*.json)
and adjusts it in a different way from LastMile's Java code:

- the minimum is found by MINPACK's Levenberg-Marquardt (scipy.optimize.least_squares,
  method='lm'; its trust-region method 'trf' when a free network has fewer values than
  unknowns) on the whitened residuals, with a finite-difference Jacobian (no analytic
  derivatives, no normal equations, no Cholesky);
- statistics come from a dense central-difference Jacobian at the solution and the
  Moore-Penrose pseudo-inverse of the normal matrix (numpy), so free networks need no datum code:
  Q_vv = Sigma - A pinv(A'PA) A', r_i = (Q_vv P)_ii, w_i = v_i / sqrt(q_vv,ii).

Coordinates of a free network are not unique (LM stops at any datum); compare residuals,
redundancy numbers, w, v'Pv and distances there, and coordinates only for networks with a GNSS
position or a known coordinate.

Needs Debian's python3-numpy and python3-scipy. Usage: independent_lsq.py NETWORK.json [--reject i,j]
"""
import json
import math
import sys

import numpy as np
from scipy.optimize import least_squares


def load(path):
    with open(path) as f:
        return json.load(f)


def model(net, active):
    obs = [o for i, o in enumerate(net["observations"]) if i in active]
    ids = []
    for o in net["observations"]:
        for k in ("point", "from", "to", "a", "b"):
            if k in o and o[k] not in ids:
                ids.append(o[k])
    compasses = []
    for o in obs:
        if o["type"] == "bearing" and o.get("compass") and o["compass"] not in compasses:
            compasses.append(o["compass"])
    return obs, ids, compasses


def observed_and_sigma(o):
    t = o["type"]
    if t == "tape":
        return [o["distance"]], np.array([[o["sigma"] ** 2]])
    if t == "bearing":
        return [math.radians(o["degrees"])], np.array([[math.radians(o["sigma_deg"]) ** 2]])
    if t in ("gnss", "coordinate"):
        if "cov" in o:
            ee, nn, en = o["cov"]
        else:
            ee = nn = o["sigma"] ** 2
            en = 0.0
        return [o["e"], o["n"]], np.array([[ee, en], [en, nn]])
    if t == "offset":
        s2 = o["sigma"] ** 2
        return [o["chainage"], o["offset"]], np.array([[s2, 0], [0, s2]])
    raise ValueError(t)


def computed(o, x, ids, compasses):
    def p(name):
        i = ids.index(name)
        return x[2 * i], x[2 * i + 1]
    t = o["type"]
    if t == "tape":
        (e1, n1), (e2, n2) = p(o["from"]), p(o["to"])
        return [math.hypot(e2 - e1, n2 - n1)]
    if t == "bearing":
        (e1, n1), (e2, n2) = p(o["from"]), p(o["to"])
        a = math.atan2(e2 - e1, n2 - n1)
        if o.get("compass"):
            a += x[2 * len(ids) + compasses.index(o["compass"])]
        return [a]
    if t in ("gnss", "coordinate"):
        return list(p(o["point"]))
    if t == "offset":
        (ea, na), (eb, nb), (ep, np_) = p(o["a"]), p(o["b"]), p(o["point"])
        length = math.hypot(eb - ea, nb - na)
        ue, un = (eb - ea) / length, (nb - na) / length
        ve, vn = -un, ue  # offsets positive to the left
        de, dn = ep - ea, np_ - na
        return [de * ue + dn * un, de * ve + dn * vn]
    raise ValueError(t)


def wrap(a):
    return (a + math.pi) % (2 * math.pi) - math.pi


def residuals(x, obs, ids, compasses):
    """v = computed - observed, per value."""
    out = []
    for o in obs:
        obsv, _ = observed_and_sigma(o)
        c = computed(o, x, ids, compasses)
        for k in range(len(obsv)):
            d = c[k] - obsv[k]
            if o["type"] == "bearing":
                d = wrap(d)
            out.append(d)
    return np.array(out)


def covariance(obs):
    blocks = [observed_and_sigma(o)[1] for o in obs]
    n = sum(b.shape[0] for b in blocks)
    s = np.zeros((n, n))
    k = 0
    for b in blocks:
        m = b.shape[0]
        s[k:k + m, k:k + m] = b
        k += m
    return s


def main():
    net = load(sys.argv[1])
    reject = set()
    if len(sys.argv) > 3 and sys.argv[2] == "--reject":
        reject = {int(v) for v in sys.argv[3].split(",")}
    active = [i for i in range(len(net["observations"])) if i not in reject]
    obs, ids, compasses = model(net, active)
    start = net["start"]
    x0 = []
    for name in ids:
        x0 += start[name]
    x0 += [0.0] * len(compasses)
    x0 = np.array(x0, dtype=float)
    sigma = covariance(obs)
    chol = np.linalg.cholesky(sigma)
    linv = np.linalg.inv(chol)

    # Solve for the shift from a local origin: a finite-difference step relative to coordinates in
    # the millions would be centimetres.
    origin = x0.copy()

    def whitened(dx):
        return linv @ residuals(origin + dx, obs, ids, compasses)

    # MINPACK's LM needs at least as many values as unknowns; a free network may have fewer.
    method = "lm" if len(whitened(x0)) >= len(x0) else "trf"
    fit = least_squares(whitened, np.zeros_like(x0), method=method, xtol=1e-15, ftol=1e-15, gtol=1e-15,
                        max_nfev=200000)
    for _ in range(3):  # restart at the solution: each restart takes a fresh finite-difference Jacobian
        origin = origin + fit.x
        fit = least_squares(whitened, np.zeros_like(x0), method=method, xtol=1e-15, ftol=1e-15, gtol=1e-15,
                            max_nfev=200000)
    x = origin + fit.x
    v = residuals(x, obs, ids, compasses)
    p = np.linalg.inv(sigma)
    h = 1e-6
    a = np.zeros((len(v), len(x)))
    for j in range(len(x)):
        xp, xm = x.copy(), x.copy()
        xp[j] += h
        xm[j] -= h
        a[:, j] = (residuals(xp, obs, ids, compasses) - residuals(xm, obs, ids, compasses)) / (2 * h)
    n = a.T @ p @ a
    qxx = np.linalg.pinv(n, rcond=1e-12, hermitian=True)
    rank = np.linalg.matrix_rank(n, tol=1e-9 * np.max(np.abs(n)))
    qvv = sigma - a @ qxx @ a.T
    redundancy = np.diag(qvv @ p)
    pqp = np.diag(p @ qvv @ p)
    pv = p @ v
    w = pv / np.sqrt(pqp)
    out = {
        "status": int(fit.status),
        "nfev": int(fit.nfev),
        "vpv": float(v @ p @ v),
        "method": method,
        "dof": int(len(v) - rank),
        "points": {name: [float(x[2 * i]), float(x[2 * i + 1])] for i, name in enumerate(ids)},
        "compasses": {c: float(x[2 * len(ids) + k]) for k, c in enumerate(compasses)},
        "residuals": [float(t) for t in v],
        "redundancy": [float(t) for t in redundancy],
        "w": [float(t) for t in w],
        "estimate": [float(-pv[i] / pqp[i]) for i in range(len(v))],
    }
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
