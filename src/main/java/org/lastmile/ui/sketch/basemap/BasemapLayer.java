package org.lastmile.ui.sketch.basemap;

import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import org.lastmile.service.BasemapService.Basemap;
import org.lastmile.survey.crs.GeoPoint;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.survey.crs.PlaneSystem;
import org.lastmile.ui.common.Background;
import org.lastmile.ui.sketch.canvas.Layer;
import org.lastmile.ui.sketch.canvas.Pen;
import org.lastmile.ui.sketch.canvas.Viewport;

/**
 * Draws the basemap's raster tiles under the sketch. The tiles are Web Mercator and the sketch is
 * the Gauss-Krüger plane, so each tile is placed by projecting three of its corners onto the plane
 * and drawing it through that affine transform (over a tile of a few hundred metres the two
 * projections differ by far less than a pixel from an affine map). The zoom is the file's level
 * whose pixels come closest to the screen's. Tiles are read and decoded off the FX thread
 * ({@link TileImages}): a tile still on its way is simply not drawn yet, and the screen redraws when
 * it arrives. Drawn faded so that the sketch's lines stay the strongest thing on screen.
 */
public final class BasemapLayer implements Layer {

    /** Web Mercator ground size of a pixel at zoom 0 on the equator, metres (2πR/256). */
    static final double METRES_PER_PIXEL_Z0 = 156_543.033_928;
    /** More tiles than this in view: zoomed too far out for the file, nothing drawn. */
    static final int MAX_TILES = 64;
    private final BasemapViewModel model;
    private final Supplier<PlaneSystem> plane;
    private final TileImages tiles;

    /**
     * @param background reads and decodes tiles off the FX thread
     * @param redraw asks the screen to draw again when a tile has arrived
     */
    public BasemapLayer(BasemapViewModel model, Supplier<PlaneSystem> plane, Background background, Runnable redraw) {
        this(model, plane, new TileImages(background, TileImages::decode, redraw));
    }

    BasemapLayer(BasemapViewModel model, Supplier<PlaneSystem> plane, TileImages tiles) {
        this.model = model;
        this.plane = plane;
        this.tiles = tiles;
    }

    @Override
    public void draw(GraphicsContext g, Viewport v, Pen pen) {
        Basemap map = model.basemapProperty().get();
        if (map == null || !model.shownProperty().get()) {
            return;
        }
        PlaneSystem p = plane.get();
        GeoPoint centre = p.toGeographic(v.centreE(), v.centreN());
        int z = zoom(centre.lat(), v.scale(), map.minZoom(), map.maxZoom());
        double[] lons = new double[4];
        double[] lats = new double[4];
        double[][] screen = {{0, 0}, {v.width(), 0}, {0, v.height()}, {v.width(), v.height()}};
        for (int i = 0; i < 4; i++) {
            GeoPoint c = p.toGeographic(v.planeE(screen[i][0]), v.planeN(screen[i][1]));
            lons[i] = c.lon();
            lats[i] = c.lat();
        }
        int x0 = tileX(min(lons), z);
        int x1 = tileX(max(lons), z);
        int y0 = tileY(max(lats), z);
        int y1 = tileY(min(lats), z);
        if ((long) (x1 - x0 + 1) * (y1 - y0 + 1) > MAX_TILES) {
            return;
        }
        g.save();
        g.setGlobalAlpha(0.75);
        for (int x = x0; x <= x1; x++) {
            for (int y = y0; y <= y1; y++) {
                Image image = tiles.get(map, z, x, y).orElse(null);
                if (image == null) {
                    continue; // not in the file, or still being decoded
                }
                Point2D nw = toScreen(p, v, lon(x, z), lat(y, z));
                Point2D ne = toScreen(p, v, lon(x + 1, z), lat(y, z));
                Point2D sw = toScreen(p, v, lon(x, z), lat(y + 1, z));
                double w = image.getWidth();
                double h = image.getHeight();
                g.save();
                g.transform((ne.getX() - nw.getX()) / w, (ne.getY() - nw.getY()) / w, (sw.getX() - nw.getX()) / h,
                        (sw.getY() - nw.getY()) / h, nw.getX(), nw.getY());
                g.drawImage(image, 0, 0);
                g.restore();
            }
        }
        g.restore();
    }

    private static Point2D toScreen(PlaneSystem p, Viewport v, double lon, double lat) {
        PlanePoint at = p.toPlane(lon, lat);
        return new Point2D(v.screenX(at.e()), v.screenY(at.n()));
    }

    /** The zoom whose tile pixels are closest to the screen's (pixels per metre), within the file's levels. */
    static int zoom(double lat, double pixelsPerMetre, int min, int max) {
        double metresPerScreenPixel = 1 / pixelsPerMetre;
        double z = Math.log(METRES_PER_PIXEL_Z0 * Math.cos(Math.toRadians(lat)) / metresPerScreenPixel) / Math.log(2);
        return (int) Math.max(min, Math.min(max, Math.round(z)));
    }

    static int tileX(double lon, int z) {
        return (int) Math.floor((lon + 180) / 360 * (1 << z));
    }

    static int tileY(double lat, int z) {
        double r = Math.toRadians(lat);
        return (int) Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * (1 << z));
    }

    static double lon(int x, int z) {
        return x * 360.0 / (1 << z) - 180;
    }

    static double lat(int y, int z) {
        double n = Math.PI - 2 * Math.PI * y / (1 << z);
        return Math.toDegrees(Math.atan(Math.sinh(n)));
    }

    private static double min(double[] a) {
        return Math.min(Math.min(a[0], a[1]), Math.min(a[2], a[3]));
    }

    private static double max(double[] a) {
        return Math.max(Math.max(a[0], a[1]), Math.max(a[2], a[3]));
    }
}
