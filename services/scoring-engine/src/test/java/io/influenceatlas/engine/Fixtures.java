package io.influenceatlas.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small builders for engine tests. */
final class Fixtures {

    static final double NA = Double.NaN;

    private Fixtures() {
    }

    /** Units u1..un with one column per indicator code; columns[i][u]. */
    static Data data(List<String> codes, double[]... columns) {
        int n = columns[0].length;
        List<String> units = new ArrayList<>();
        double[][] values = new double[n][codes.size()];
        for (int u = 0; u < n; u++) {
            units.add("u" + (u + 1));
            for (int i = 0; i < codes.size(); i++) {
                values[u][i] = columns[i][u];
            }
        }
        return new Data(units, codes, values, Map.of());
    }

    static Framework arithmetic(Indicator... indicators) {
        return new Framework(new Group("composite", 1, Aggregation.ARITHMETIC, List.of(indicators)), 0);
    }

    static double[] normalised(Result r, String code) {
        return r.units().stream().mapToDouble(u -> {
            Double v = u.indicators().get(code).normalised();
            return v == null ? Double.NaN : v;
        }).toArray();
    }

    static double[] treated(Result r, String code) {
        return r.units().stream().mapToDouble(u -> {
            Double v = u.indicators().get(code).treated();
            return v == null ? Double.NaN : v;
        }).toArray();
    }

    static double composite(Result r, String unit) {
        return r.units().stream().filter(u -> u.unit().equals(unit)).findFirst().orElseThrow().composite();
    }
}
