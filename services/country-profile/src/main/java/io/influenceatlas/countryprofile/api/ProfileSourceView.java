package io.influenceatlas.countryprofile.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ProfileSource", description = "A source backing one profile attribute.")
public record ProfileSourceView(String attribute, String url, String publisher, String title, LocalDate published,
                                LocalDate accessed) {
}
