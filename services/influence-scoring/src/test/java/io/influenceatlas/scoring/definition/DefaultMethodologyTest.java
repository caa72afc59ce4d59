package io.influenceatlas.scoring.definition;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.influenceatlas.engine.Framework;
import io.influenceatlas.scoring.api.IndicatorDefinition;
import io.influenceatlas.scoring.api.LensDefinition;
import io.influenceatlas.scoring.api.MethodologyRequest;
import io.influenceatlas.scoring.api.NodeDefinition;
import io.influenceatlas.scoring.sample.DefaultMethodologyLoader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped "DSR exposure" methodology: valid, documented, and each lens a regrouping of the same indicators. */
class DefaultMethodologyTest {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void isValidAndEveryIndicatorIsDocumented() throws Exception {
        MethodologyRequest m = DefaultMethodologyLoader.read(JSON);
        assertEquals(List.of(), MethodologyRules.check(m, true));
        assertEquals(List.of("infrastructure_lock_in", "platform_financial_integration", "standards_rule_setting",
                "governance_model_diffusion", "economic_dependence", "counterweights"),
                m.framework().children().stream().map(NodeDefinition::code).toList());
        for (IndicatorDefinition d : m.indicators()) {
            assertNotNull(d.description(), d.code());
            assertNotNull(d.rationale(), d.code());
            assertNotNull(d.source(), d.code());
        }
        // Counterweights lower the score: every indicator in that dimension is NEGATIVE.
        Map<String, IndicatorDefinition> byCode = m.indicators().stream().collect(Collectors.toMap(IndicatorDefinition::code, d -> d));
        NodeDefinition counterweights = m.framework().children().get(5);
        for (NodeDefinition c : counterweights.children()) {
            assertEquals(io.influenceatlas.engine.Direction.NEGATIVE, byCode.get(c.indicator()).direction(), c.indicator());
        }
    }

    @Test
    void eachLensRegroupsExactlyTheSameIndicators() throws Exception {
        MethodologyRequest m = DefaultMethodologyLoader.read(JSON);
        Set<String> all = m.indicators().stream().map(IndicatorDefinition::code).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(List.of("three-factors", "four-modalities"), m.lenses().stream().map(LensDefinition::code).toList());
        for (LensDefinition lens : m.lenses()) {
            List<String> used = new ArrayList<>();
            leaves(lens.root(), used);
            assertEquals(all, new TreeSet<>(used), lens.code());
            assertEquals(all.size(), used.size(), lens.code() + " uses an indicator twice");
        }
        assertEquals(List.of("national_security", "economic_development", "political_stability"),
                m.lenses().get(0).root().children().stream().map(NodeDefinition::code).toList());
        assertEquals(List.of("law", "norms", "market", "code"),
                m.lenses().get(1).root().children().stream().map(NodeDefinition::code).toList());
    }

    @Test
    void buildsStrictlyValidEngineFrameworks() throws Exception {
        MethodologyRequest m = DefaultMethodologyLoader.read(JSON);
        Map<String, IndicatorDefinition> settings = new HashMap<>();
        m.indicators().forEach(d -> settings.put(d.code(), d));
        Framework main = FrameworkFactory.framework(m.framework(), settings, m.minCoverage());
        assertEquals(List.of(), main.problems(true));
        assertEquals(20, main.indicators().size());
        for (LensDefinition lens : m.lenses()) {
            assertEquals(List.of(), FrameworkFactory.framework(lens.root(), settings, m.minCoverage()).problems(true));
        }
        assertTrue(main.indicators().stream().anyMatch(i -> i.code().equals("autocracy")
                && i.normalisation().kind() == io.influenceatlas.engine.Normalisation.Kind.GOALPOSTS));
    }

    private static void leaves(NodeDefinition n, List<String> out) {
        if (n.isIndicator()) {
            out.add(n.indicator());
        } else {
            n.children().forEach(c -> leaves(c, out));
        }
    }
}
