package io.influenceatlas.scoring.definition;

import io.influenceatlas.engine.Aggregation;
import io.influenceatlas.engine.Direction;
import io.influenceatlas.engine.Framework;
import io.influenceatlas.engine.Group;
import io.influenceatlas.engine.Indicator;
import io.influenceatlas.engine.MissingData;
import io.influenceatlas.engine.Node;
import io.influenceatlas.engine.Normalisation;
import io.influenceatlas.engine.OutlierTreatment;
import io.influenceatlas.engine.Transformation;
import io.influenceatlas.scoring.api.IndicatorDefinition;
import io.influenceatlas.scoring.api.MissingSettings;
import io.influenceatlas.scoring.api.NodeDefinition;
import io.influenceatlas.scoring.api.NormalisationSettings;
import io.influenceatlas.scoring.api.OutlierSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a checked definition (see {@link MethodologyRules}) into the engine's framework, filling defaults. */
public final class FrameworkFactory {

    private FrameworkFactory() {
    }

    /** @param settings indicator settings by code; a code without settings gets the defaults */
    public static Framework framework(NodeDefinition root, Map<String, IndicatorDefinition> settings, double minCoverage) {
        return new Framework((Group) node(root, settings, true), minCoverage);
    }

    private static Node node(NodeDefinition n, Map<String, IndicatorDefinition> settings, boolean root) {
        double weight = root || n.weight() == null ? 1 : n.weight();
        if (n.isIndicator()) {
            return indicator(n.indicator(), weight, settings.get(n.indicator()));
        }
        List<Node> children = new ArrayList<>();
        for (NodeDefinition c : n.children()) {
            children.add(node(c, settings, false));
        }
        return new Group(n.code(), weight, n.aggregation() == null ? Aggregation.ARITHMETIC : n.aggregation(), children);
    }

    static Indicator indicator(String code, double weight, IndicatorDefinition d) {
        Indicator i = Indicator.of(code, weight);
        if (d == null) {
            return i;
        }
        return i.with(d.direction() == null ? Direction.POSITIVE : d.direction())
                .with(d.transformation() == null ? Transformation.NONE : d.transformation())
                .with(outliers(d.outliers()))
                .with(normalisation(d.normalisation()))
                .with(missing(d.missing()));
    }

    private static OutlierTreatment outliers(OutlierSettings o) {
        if (o == null || o.kind() == OutlierTreatment.Kind.NONE) {
            return OutlierTreatment.none();
        }
        OutlierTreatment defaults = OutlierTreatment.winsorise();
        return new OutlierTreatment(OutlierTreatment.Kind.WINSORISE,
                o.skewThreshold() == null ? defaults.skewThreshold() : o.skewThreshold(),
                o.kurtosisThreshold() == null ? defaults.kurtosisThreshold() : o.kurtosisThreshold(),
                o.maxWinsorised() == null ? defaults.maxWinsorised() : o.maxWinsorised());
    }

    private static Normalisation normalisation(NormalisationSettings n) {
        if (n == null) {
            return Normalisation.minMax();
        }
        return switch (n.kind()) {
            case MIN_MAX -> Normalisation.minMax();
            case GOALPOSTS -> Normalisation.goalposts(n.lower(), n.upper());
            case Z_SCORE -> Normalisation.zScore();
            case RANK -> Normalisation.rank();
            case PERCENTILE_RANK -> Normalisation.percentileRank();
            case DISTANCE_TO_REFERENCE -> Normalisation.distanceToReference(n.reference());
        };
    }

    private static MissingData missing(MissingSettings m) {
        if (m == null) {
            return MissingData.exclude();
        }
        return switch (m.kind()) {
            case EXCLUDE -> MissingData.exclude();
            case GROUP_MEAN -> MissingData.groupMean();
            case CONSTANT -> MissingData.constant(m.constant());
        };
    }
}
