package io.influenceatlas.scoring.compute;

import io.influenceatlas.scoring.api.Measure;
import io.influenceatlas.scoring.api.ProfileAttribute;
import io.influenceatlas.scoring.api.SourceDefinition;
import io.influenceatlas.scoring.api.Stance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How a source's raw material becomes an indicator value, and how a source is described to a reader. */
public final class SourceValues {

    private SourceValues() {
    }

    /** A profile attribute as a number for the run year; null when the profile does not say. */
    public static Double attribute(ProfileAttribute attribute, Map<String, Double> scores, String level, Boolean flag,
                                   LocalDate date, int year) {
        return switch (attribute) {
            case REGIME_TYPE, US_ALIGNMENT, CHINA_THREAT_PERCEPTION -> level == null ? null : scores.get(level);
            case PERSONALIST -> flag == null ? null : flag ? 1.0 : 0.0;
            // A memorandum counts from its year on; no date recorded means none signed.
            case BRI_MEMBER, DSR_MOU -> date != null && date.getYear() <= year ? 1.0 : 0.0;
        };
    }

    /** COUNT: the number of events; NET_STANCE: toward China +1, away −1, neutral 0. */
    public static double events(Measure measure, List<String> stances) {
        if (measure == Measure.NET_STANCE) {
            return stances.stream().mapToInt(s -> Stance.TOWARD_CHINA.name().equals(s) ? 1
                    : Stance.AWAY_FROM_CHINA.name().equals(s) ? -1 : 0).sum();
        }
        return stances.size();
    }

    /** metric ÷ (denominator ÷ scale); null when the denominator is missing or not positive. */
    public static Double per(double metric, Double denominator, double scale) {
        if (denominator == null || !(denominator > 0)) {
            return null;
        }
        return metric / (denominator / scale);
    }

    /** The first day of the window of years ending with the run year. */
    public static LocalDate windowStart(int year, int windowYears) {
        return LocalDate.of(year - windowYears + 1, 1, 1);
    }

    /** One line a reader can check against the source service. */
    public static String describe(SourceDefinition s) {
        return switch (s.kind()) {
            case PROFILE_INDICATOR -> "country-profile indicator " + s.indicator() + ", the run year's observation"
                    + (orDefault(s.maxAge(), 0) > 0 ? " or the latest of the " + s.maxAge() + " years before" : "");
            case REGISTRY_METRIC -> "project-registry: " + (s.measure() == Measure.VALUE_USD ? "U.S.-dollar value" : "number")
                    + " of published projects" + list(" in the roles ", s.roles()) + list(" in categories ", s.categories())
                    + list(" with status at the end of the run year ", s.statuses())
                    + (s.supplierOrigin() == null ? "" : " with a supplier from " + s.supplierOrigin())
                    + (s.organisationOrigin() == null ? "" : " with an organisation from " + s.organisationOrigin())
                    + list(", each weighted by ", s.weightBy() == null ? null
                            : s.weightBy().stream().map(f -> f.key()).toList())
                    + (s.per() == null ? "" : ", per " + (s.per().scale() == null ? "" : format(s.per().scale()) + " ")
                            + s.per().indicator());
            case POLICY_EVENTS -> "country-profile policy events" + list(" of type ", s.eventTypes())
                    + list(" with stance ", s.stances()) + " in the " + orDefault(s.windowYears(), 10)
                    + " years up to the run year, " + (s.measure() == Measure.NET_STANCE ? "toward China minus away" : "counted");
            case PROFILE_ATTRIBUTE -> "country-profile attribute " + s.attribute()
                    + (s.scores() == null ? " (1 or 0)" : " scored " + s.scores().entrySet().stream()
                            .map(e -> e.getKey() + "=" + format(e.getValue())).collect(Collectors.joining(", ")));
        };
    }

    public static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static String list(String prefix, List<?> values) {
        return values == null ? "" : prefix + values.stream().map(Object::toString).collect(Collectors.joining(", "));
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
