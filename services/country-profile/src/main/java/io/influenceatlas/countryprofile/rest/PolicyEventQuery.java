package io.influenceatlas.countryprofile.rest;

import io.influenceatlas.common.http.Params;
import io.influenceatlas.common.problem.ProblemException;
import io.influenceatlas.countryprofile.domain.Lens;
import io.influenceatlas.countryprofile.domain.PolicyEventRepository;
import io.influenceatlas.countryprofile.domain.PolicyEventType;
import io.influenceatlas.countryprofile.domain.Stance;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;

/** The policy-event filters, shared by the global list and a country's list. */
public class PolicyEventQuery {

    @QueryParam("type")
    @Parameter(description = "Event type(s); repeat or comma-separate.")
    List<String> type;

    @QueryParam("stance")
    @Parameter(description = "Stance(s); repeat or comma-separate.")
    List<String> stance;

    @QueryParam("from")
    @Parameter(description = "On or after this date (YYYY-MM-DD).")
    String from;

    @QueryParam("to")
    @Parameter(description = "On or before this date (YYYY-MM-DD).")
    String to;

    @QueryParam("lens")
    @Parameter(description = "Lens tag, e.g. LAW.")
    String lens;

    @QueryParam("q")
    @Parameter(description = "Text in title or description.")
    String q;

    @QueryParam("sample")
    @Parameter(description = "true: only sample events; false: only others.")
    String sample;

    PolicyEventRepository.Filter toFilter(List<String> countries) {
        var f = new PolicyEventRepository.Filter(countries, Params.enumList("type", type, PolicyEventType.class),
                Params.enumList("stance", stance, Stance.class), Params.date("from", from), Params.date("to", to),
                Params.enumValue("lens", lens, Lens.class), Params.text("q", q, 100), Params.bool("sample", sample));
        if (f.from() != null && f.to() != null && f.from().isAfter(f.to())) {
            throw ProblemException.invalidParameter("from", "must not be after 'to'");
        }
        return f;
    }
}
