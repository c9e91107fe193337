package org.lastmile.survey.adjust;

import java.util.*;
import org.junit.jupiter.api.Test;
import org.lastmile.survey.observation.*;

class ScratchTest {
    @Test
    void pentagon() {
        double[][] p = {{0,0},{85.368,0},{110,70},{40,110},{-20,60}};
        String[] id = {"A","B","C","D","E"};
        List<Observation> obs = new ArrayList<>();
        Random rnd = new Random(1);
        for (int i=0;i<5;i++) for (int j=i+1;j<5;j++) {
            double d = Math.hypot(p[j][0]-p[i][0], p[j][1]-p[i][1]);
            double s = TapeDistance.defaultSigma(d, 0.01);
            double m = Math.round((d + rnd.nextGaussian()*s)*1000)/1000.0;
            if (i==0&&j==1) m = 58.368;
            obs.add(new TapeDistance(id[i], id[j], m, s));
        }
        AdjustmentResult r = Adjustment.adjust(Network.of(obs));
        System.out.println("dof " + r.degreesOfFreedom() + " vpv " + r.vpv() + " it " + r.iterations());
        for (ObservationResult o : r.observations()) System.out.println(o.index() + " " + Arrays.toString(o.residual()) + " w " + Arrays.toString(o.w()) + " r " + Arrays.toString(o.redundancy()) + " " + o.rejected());
        for (Blunder b : r.blunders()) System.out.println(b);
        for (AdjustedPoint a : r.points()) System.out.println(a);
        System.out.println(r.warnings());
    }
}
