package io.influenceatlas.countryprofile.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Source", description = "A public source.")
public record SourceView(String url, String publisher, String title, LocalDate published, LocalDate accessed) {
}
