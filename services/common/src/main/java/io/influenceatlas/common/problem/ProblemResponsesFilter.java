package io.influenceatlas.common.problem;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.List;
import java.util.Map;

/**
 * Documents the problem+json body on every error response of every operation, so resources only
 * declare which error statuses they can return. Adds the Problem schemas and the generic 400/500.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addSchema("ProblemError", OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("One offending field, parameter or row and the reason.")
                .addProperty("field", string("JSON pointer into the body (e.g. /sources/0/url), parameter name, or CSV column."))
                .addProperty("row", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int64")
                        .description("Row of a bulk file: CSV record number (header = 1) or JSON array index."))
                .addProperty("message", string("Why the value was refused.")));
        components.addSchema("Problem", OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details, media type application/problem+json.")
                .required(List.of("type", "title", "status"))
                .addProperty("type", string("Problem type; see docs/api-conventions.md.").example("/problems/validation-failed"))
                .addProperty("title", string("Short summary of the problem type.").example("Validation failed"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32")
                        .example(422))
                .addProperty("detail", string("What went wrong in this occurrence."))
                .addProperty("instance", string("Request path."))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/ProblemError"))));

        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : item.getOperations().entrySet()) {
                APIResponses responses = op.getValue().getResponses();
                if (responses == null) {
                    continue;
                }
                addIfAbsent(responses, "400", "Malformed request or invalid parameter");
                addIfAbsent(responses, "500", "Unexpected error");
                if (op.getKey() != PathItem.HttpMethod.GET && op.getKey() != PathItem.HttpMethod.DELETE) {
                    addIfAbsent(responses, "413", "Request body too large");
                    addIfAbsent(responses, "415", "Unsupported media type");
                    addIfAbsent(responses, "422", "The body failed validation; errors name each field or row");
                }
                for (Map.Entry<String, APIResponse> r : responses.getAPIResponses().entrySet()) {
                    if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                        r.getValue().setContent(problemContent());
                    }
                }
            }
        }
    }

    private static void addIfAbsent(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Content problemContent() {
        MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }
}
