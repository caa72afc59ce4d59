package io.influenceatlas.projectregistry.importer;

import io.influenceatlas.projectregistry.api.PartialDates;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pipe lists, partial dates and the CSV column an error names. */
class CsvCellsTest {

    @Test
    void pipeListsEscapePipesAndBackslashes() {
        assertEquals(List.of(), PipeList.split(""));
        assertEquals(List.of("a", "b|c", "d\\e"), PipeList.split(" a | b\\|c |d\\\\e"));
        List<String> items = List.of("x|y", "back\\slash", "", "plain");
        assertEquals(items, PipeList.split(PipeList.join(items)));
    }

    @Test
    void partialDatesKeepTheirPrecision() {
        assertTrue(PartialDates.isValid("2019"));
        assertTrue(PartialDates.isValid("2019-04"));
        assertTrue(PartialDates.isValid("2024-02-29"));
        assertFalse(PartialDates.isValid("2023-02-29"));
        assertFalse(PartialDates.isValid("2019-13"));
        assertFalse(PartialDates.isValid("1799"));
        assertEquals(0, PartialDates.compare("2020", "2020-05-01"));
        assertTrue(PartialDates.compare("2019-12", "2020") < 0);
        assertTrue(PartialDates.compare("2020-06", "2020-05-31") > 0);
    }

    @Test
    void errorsNameTheCsvColumnAndItem() {
        assertEquals(new ProjectCsv.Column("source_urls", 2), ProjectCsv.column("/sources/1/url"));
        assertEquals(new ProjectCsv.Column("countries", 1), ProjectCsv.column("/countries/0/country"));
        assertEquals(new ProjectCsv.Column("value_currency", null), ProjectCsv.column("/value/currency"));
        assertEquals(new ProjectCsv.Column("layer_criticality", null), ProjectCsv.column("/lockIn/layerCriticality"));
        assertEquals(new ProjectCsv.Column("status_history", 3), ProjectCsv.column("/statusHistory/2/date"));
        assertEquals(new ProjectCsv.Column("geometry", null), ProjectCsv.column("/geometry/coordinates/0"));
        assertEquals(new ProjectCsv.Column("external_id", null), ProjectCsv.column("/externalId"));
        assertEquals(new ProjectCsv.Column("title", null), ProjectCsv.column("/title"));
    }
}
