package org.lastmile.gnss.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.lastmile.survey.crs.GeoPoint;

/**
 * KML 2.2: one placemark per feature ({@code Point}, {@code LineString}, {@code Polygon} with inner
 * rings), coordinates {@code lon,lat[,height]} to 9 decimals of a degree (0.1 mm), heights kept
 * in the tuple (shown clamped to the ground by viewers). Map apps that expect GCJ-02 will show
 * these WGS84 points shifted: that is their problem, not the file's.
 */
public final class KmlExporter implements FeatureExporter {

    private static final String NS = "http://www.opengis.net/kml/2.2";

    private final String documentName;

    /** @param documentName the KML document's name (the file's title in Google Earth) */
    public KmlExporter(String documentName) {
        this.documentName = documentName;
    }

    @Override
    public void write(List<Feature> features, Writer out) throws IOException {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("kml");
            w.writeDefaultNamespace(NS);
            w.writeCharacters("\n");
            w.writeStartElement("Document");
            element(w, "name", documentName);
            for (Feature f : features) {
                w.writeCharacters("\n");
                w.writeStartElement("Placemark");
                element(w, "name", f.name());
                String description = f.properties().get("description");
                if (description != null) {
                    element(w, "description", description);
                }
                shape(w, f.shape());
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void shape(XMLStreamWriter w, FeatureShape shape) throws XMLStreamException {
        if (shape instanceof FeatureShape.PointShape p) {
            w.writeStartElement("Point");
            element(w, "coordinates", tuples(List.of(p.position())));
            w.writeEndElement();
        } else if (shape instanceof FeatureShape.LineShape l) {
            w.writeStartElement("LineString");
            element(w, "coordinates", tuples(l.vertices()));
            w.writeEndElement();
        } else if (shape instanceof FeatureShape.PolygonShape p) {
            w.writeStartElement("Polygon");
            ring(w, "outerBoundaryIs", p.shell());
            for (List<GeoPoint> hole : p.holes()) {
                ring(w, "innerBoundaryIs", hole);
            }
            w.writeEndElement();
        }
    }

    private static void ring(XMLStreamWriter w, String boundary, List<GeoPoint> ring) throws XMLStreamException {
        w.writeStartElement(boundary);
        w.writeStartElement("LinearRing");
        element(w, "coordinates", tuples(ring));
        w.writeEndElement();
        w.writeEndElement();
    }

    private static String tuples(List<GeoPoint> positions) {
        StringBuilder b = new StringBuilder();
        for (GeoPoint p : positions) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(Decimals.degrees(p.lon())).append(',').append(Decimals.degrees(p.lat()));
            if (p.hasHeight()) {
                b.append(',').append(Decimals.metres(p.height()));
            }
        }
        return b.toString();
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }
}
