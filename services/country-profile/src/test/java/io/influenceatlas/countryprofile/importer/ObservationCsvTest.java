package io.influenceatlas.countryprofile.importer;

import io.influenceatlas.countryprofile.api.ObservationView;
import io.influenceatlas.countryprofile.api.SourceView;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ObservationCsvTest {

    static final String HEADER = "country,indicator,year,value,source_url,source_publisher,source_title,source_date,note\r\n";

    @Test
    void rowsAreNumberedAsASpreadsheetShowsThem() {
        ObservationCsv.Parsed p = ObservationCsv.parse(new StringReader(HEADER
                + "VNM,x,2020,1.5,https://a.org,Pub,Title,2021-02-03,n\r\n"
                + "\r\n"
                + "SGP,x,2021,-2,,Pub,T,,\r\n"));
        assertTrue(p.errors().isEmpty(), p.errors().toString());
        assertEquals(2, p.rows().size());
        assertEquals(2, p.rows().get(0).row());
        assertEquals(4, p.rows().get(1).row(), "a blank line is a row in a spreadsheet too");
        ImportRow first = p.rows().get(0);
        assertEquals(new BigDecimal("1.5"), first.request().value());
        assertEquals(LocalDate.of(2021, 2, 3), first.request().source().published());
        assertEquals("n", first.request().note());
        assertNull(p.rows().get(1).request().source().url(), "empty cells are absent values");
    }

    @Test
    void unparseableCellsAreReportedByColumnAndRemembered() {
        ObservationCsv.Parsed p = ObservationCsv.parse(new StringReader(HEADER + "VNM,x,20x0,1.2.3,,P,T,03/02/2021,\n"));
        assertEquals(List.of("year", "value", "source_date"), p.errors().stream().map(e -> e.field()).toList());
        assertTrue(p.errors().stream().allMatch(e -> e.row() == 2));
        assertEquals(Set.of("/year", "/value", "/source/published"), p.rows().get(0).unparsed());
    }

    @Test
    void headerProblems() {
        assertEquals(1, ObservationCsv.parse(new StringReader("")).errors().get(0).row());
        var missing = ObservationCsv.parse(new StringReader("country,year\n")).errors();
        assertEquals(Set.of("indicator", "value", "source_publisher"),
                Set.copyOf(missing.stream().map(e -> e.field()).toList()));
        var unknown = ObservationCsv.parse(new StringReader(HEADER.trim() + ",extra\n")).errors();
        assertEquals("extra", unknown.get(0).field());
    }

    @Test
    void byteOrderMarkIsIgnored() {
        ObservationCsv.Parsed p = ObservationCsv.parse(new StringReader("\uFEFF" + HEADER + "VNM,x,2020,1,,P,T,,\n"));
        assertTrue(p.errors().isEmpty(), p.errors().toString());
    }

    @Test
    void writeThenParseRoundTrips() {
        var o = new ObservationView("VNM", "x", 2020, new BigDecimal("1E+3"),
                new SourceView("https://a.org/?q=1,2", "Pub, Inc.", "Title \"quoted\"\nsecond line", LocalDate.of(2020, 1, 2), null),
                "note", false, 0, null, null);
        StringBuilder out = new StringBuilder();
        ObservationCsv.write(List.of(o), out);
        ObservationCsv.Parsed p = ObservationCsv.parse(new StringReader(out.toString()));
        assertTrue(p.errors().isEmpty(), p.errors().toString());
        var r = p.rows().get(0).request();
        assertEquals(0, new BigDecimal("1000").compareTo(r.value()));
        assertTrue(out.toString().contains(",1000,"), "values are written without exponents");
        assertEquals("Pub, Inc.", r.source().publisher());
        assertEquals("Title \"quoted\"\nsecond line", r.source().title());
        assertEquals("https://a.org/?q=1,2", r.source().url());
    }
}
