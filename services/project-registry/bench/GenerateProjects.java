import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes N synthetic projects in the registry's import CSV (deterministic: seed 42), naming the
 * organisations "Bench Org 1" … "Bench Org 100", which the benchmark creates first.
 * Usage: java GenerateProjects.java N out.csv
 */
public class GenerateProjects {

    static final String[] CATEGORIES = {"SUBMARINE_CABLE", "TERRESTRIAL_FIBRE", "MOBILE_NETWORK", "CORE_NETWORK", "DATA_CENTRE",
            "CLOUD_PLATFORM", "SAFE_CITY", "DIGITAL_PAYMENT", "E_COMMERCE", "SOCIAL_MEDIA", "SATELLITE", "GROUND_STATION",
            "SMART_CITY", "TRAINING_RESEARCH", "STANDARDS"};
    static final String[] COUNTRIES = {"KEN", "TZA", "UGA", "ETH", "NGA", "ZAF", "ZMB", "ZWE", "AGO", "EGY", "PAK", "BGD", "LKA",
            "NPL", "MMR", "KHM", "LAO", "THA", "VNM", "MYS", "IDN", "PHL", "SGP", "KAZ", "UZB", "KGZ", "MNG", "IRN", "SAU", "ARE",
            "TUR", "SRB", "HUN", "ITA", "ECU", "BOL", "VEN", "ARG", "BRA", "CHL", "MEX", "PER", "DZA", "MAR", "TUN", "GHA", "SEN",
            "CMR", "NAM", "PNG"};
    static final String[] ROLES = {"HOST", "LANDING", "PARTNER"};
    static final String[] CRITICALITY = {"BACKBONE", "CORE", "DISTRIBUTION", "ACCESS", "EDGE"};
    static final String[] LEVELS = {"LOW", "MEDIUM", "HIGH"};
    static final String[] SUPPLIER_ROLES = {"BUILDS_ONLY", "MAINTAINS", "OPERATES"};
    static final String[] ACCESS = {"NONE", "LIMITED", "FULL"};
    static final String[] WORDS = {"national", "backbone", "fibre", "cable", "data", "centre", "surveillance", "network", "cloud",
            "payment", "wallet", "satellite", "station", "city", "platform", "training", "standards", "upgrade", "expansion", "phase"};

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Random r = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            out.write("external_id,title,description,category,state,countries,status_history,started_on,completed_on,"
                    + "value_amount,value_currency,layer_criticality,switching_cost,supplier_role,data_access,organisations,"
                    + "tags,quality_grade,source_urls,source_publishers,source_titles\n");
            for (int i = 1; i <= n; i++) {
                String a = COUNTRIES[r.nextInt(COUNTRIES.length)];
                String countries = a + ":" + ROLES[r.nextInt(2)];
                if (r.nextInt(3) == 0) {
                    String b = COUNTRIES[r.nextInt(COUNTRIES.length)];
                    if (!b.equals(a)) {
                        countries += "|" + b + ":LANDING";
                    }
                }
                int start = 2008 + r.nextInt(16);
                String history = "AGREED:" + start + "-0" + (1 + r.nextInt(9));
                if (r.nextBoolean()) {
                    history += "|OPERATIONAL:" + (start + 1 + r.nextInt(3));
                }
                StringBuilder title = new StringBuilder("Project " + i);
                for (int w = 0; w < 3; w++) {
                    title.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
                }
                out.write("bench-" + i + "," + title + ",\"" + title + " in " + a + ", generated for the benchmark\","
                        + CATEGORIES[r.nextInt(CATEGORIES.length)] + ",PUBLISHED," + countries + "," + history + ","
                        + start + "," + (history.contains("OPERATIONAL") ? history.substring(history.lastIndexOf(':') + 1) : "") + ","
                        + (r.nextInt(4) == 0 ? "," : (1_000_000 + r.nextInt(900_000_000)) + ",USD") + ","
                        + CRITICALITY[r.nextInt(5)] + "," + LEVELS[r.nextInt(3)] + "," + SUPPLIER_ROLES[r.nextInt(3)] + ","
                        + ACCESS[r.nextInt(3)] + ",SUPPLIER:Bench Org " + (1 + r.nextInt(100)) + "|FINANCIER:Bench Org "
                        + (1 + r.nextInt(100)) + ",bench|t" + r.nextInt(50) + "," + "ABCD".charAt(r.nextInt(4))
                        + ",https://example.org/bench/" + i + ",Benchmark generator,Synthetic record " + i + "\n");
            }
        }
    }
}
