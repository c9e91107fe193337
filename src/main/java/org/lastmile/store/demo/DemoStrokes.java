package org.lastmile.store.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.lastmile.domain.record.Stroke;
import org.lastmile.domain.record.StrokePoint;

/** Handwriting-like strokes for the demo signatures, the same for the same name. */
final class DemoStrokes {

    private DemoStrokes() {
    }

    static List<Stroke> of(String name) {
        Random random = new Random(name.hashCode());
        List<Stroke> strokes = new ArrayList<>();
        long t = 0;
        double x0 = 20;
        int count = 2 + random.nextInt(3);
        for (int s = 0; s < count; s++) {
            List<StrokePoint> points = new ArrayList<>();
            double amplitude = 14 + random.nextDouble() * 16;
            double frequency = 0.08 + random.nextDouble() * 0.1;
            double width = 60 + random.nextDouble() * 50;
            for (int i = 0; i <= 40; i++) {
                double u = i / 40.0;
                double x = x0 + u * width;
                double y = 60 + amplitude * Math.sin(u * width * frequency + s) * (1 - 0.5 * u);
                points.add(new StrokePoint(Math.round(x * 10) / 10.0, Math.round(y * 10) / 10.0, t,
                        Math.round((0.5 + 0.4 * Math.sin(u * Math.PI)) * 100) / 100.0));
                t += 12;
            }
            strokes.add(new Stroke(points));
            x0 += width * 0.8;
            t += 180;
        }
        return strokes;
    }
}
