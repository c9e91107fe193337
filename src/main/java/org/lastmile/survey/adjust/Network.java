package org.lastmile.survey.adjust;

import org.lastmile.survey.crs.PlanePoint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lastmile.survey.observation.Observation;

/**
 * What an adjustment starts from: the observations in their input order (their index is how
 * results and errors refer to them) and optional approximate coordinates of some points. Every
 * point an observation names is an unknown; points without approximate coordinates get starting
 * values from the observations ({@link StartingCoordinates}).
 */
public final class Network {

    private final List<Observation> observations;
    private final Map<String, PlanePoint> approximate;

    /**
     * @param observations the observations, in input order
     * @param approximate approximate plane coordinates by point id (may be empty)
     */
    public Network(List<? extends Observation> observations, Map<String, PlanePoint> approximate) {
        this.observations = List.copyOf(observations);
        this.approximate = Collections.unmodifiableMap(new LinkedHashMap<>(approximate));
    }

    /** A network without approximate coordinates. */
    public static Network of(List<? extends Observation> observations) {
        return new Network(observations, Map.of());
    }

    /** The observations in input order. */
    public List<Observation> observations() {
        return observations;
    }

    /** The approximate coordinates given with the network. */
    public Map<String, PlanePoint> approximate() {
        return approximate;
    }

    /** The ids of every observed point, in order of first appearance. */
    public List<String> pointIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (Observation o : observations) {
            ids.addAll(o.points());
        }
        return new ArrayList<>(ids);
    }

    /** The same network with observation {@code index} replaced (for checking a writing slip). */
    public Network with(int index, Observation replacement) {
        List<Observation> copy = new ArrayList<>(observations);
        copy.set(index, replacement);
        return new Network(copy, approximate);
    }
}
