#!/usr/bin/env python3
"""Makes the small test basemap src/test/resources/basemap/gangcha-test.mbtiles.

Every tile is drawn here by ImageMagick (no map data of anyone else): a pale field pattern with
the tile's z/x/y written in it and a dark 1-pixel border, so that a screenshot shows which tile
lies where and whether neighbours meet. It covers about 1 km around 100.15°E 37.30°N (the demo
farmland near Gangcha) at zoom 15 to 18. MBTiles 1.3: tiles in TMS order (tile_row = 2^z - 1 - y).
Licence of the output: CC0 1.0 (made for this project). Run: python3 scripts/make_test_mbtiles.py
"""
import math
import os
import sqlite3
import subprocess
import tempfile

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "test", "resources", "basemap", "gangcha-test.mbtiles")
LON, LAT, HALF_DEG = 100.1505, 37.3004, 0.006
FONT = next((f for f in ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"] if os.path.exists(f)), "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
COLOURS = ["#e8f0d8", "#f0ead0", "#dce8e0", "#efe4d6"]


def tile(lon, lat, z):
    n = 2 ** z
    x = int((lon + 180) / 360 * n)
    y = int((1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * n)
    return x, y


def png(z, x, y, path):
    colour = COLOURS[(x + y) % len(COLOURS)]
    subprocess.run(["convert", "-size", "256x256", "xc:" + colour,
                    "-fill", "none", "-stroke", "#b8c8a0", "-strokewidth", "3",
                    "-draw", "line 0,64 256,40", "-draw", "line 0,150 256,120", "-draw", "line 0,230 256,210",
                    "-stroke", "#404040", "-strokewidth", "1", "-draw", "rectangle 0,0 255,255",
                    "-stroke", "none", "-fill", "#505050", "-font", FONT, "-pointsize", "20",
                    "-draw", "text 10,30 '%d/%d/%d'" % (z, x, y),
                    "-define", "png:compression-level=9", "PNG8:" + path], check=True)


def main():
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    if os.path.exists(OUT):
        os.remove(OUT)
    db = sqlite3.connect(OUT)
    db.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    db.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)")
    db.execute("CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)")
    meta = {"name": "LastMile test basemap (Gangcha)", "format": "png", "type": "baselayer", "version": "1",
            "minzoom": "15", "maxzoom": "18", "center": "%f,%f,17" % (LON, LAT),
            "bounds": "%f,%f,%f,%f" % (LON - HALF_DEG, LAT - HALF_DEG, LON + HALF_DEG, LAT + HALF_DEG),
            "attribution": "Drawn by scripts/make_test_mbtiles.py; CC0 1.0",
            "description": "Synthetic tiles labelled z/x/y for tests; not a map"}
    db.executemany("INSERT INTO metadata VALUES (?, ?)", meta.items())
    with tempfile.TemporaryDirectory() as tmp:
        for z in range(15, 19):
            x0, y0 = tile(LON - HALF_DEG, LAT + HALF_DEG, z)
            x1, y1 = tile(LON + HALF_DEG, LAT - HALF_DEG, z)
            for x in range(x0, x1 + 1):
                for y in range(y0, y1 + 1):
                    path = os.path.join(tmp, "t.png")
                    png(z, x, y, path)
                    with open(path, "rb") as f:
                        db.execute("INSERT INTO tiles VALUES (?, ?, ?, ?)", (z, x, 2 ** z - 1 - y, f.read()))
    db.commit()
    db.execute("VACUUM")
    db.close()


if __name__ == "__main__":
    main()
