package org.rapport.contacts.io.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Large CSV files of believable people in Rapport's own layout, every email unique, for the big-file tests. */
final class BenchmarkData {

    private static final String[] FIRST = { "Ada", "Grace", "Amara", "Sofia", "Mei", "Lena", "Priya", "Chloé", "Alan",
            "Tomás", "Kenji", "Omar", "Lars", "Mateo", "Ravi", "Jonas" };
    private static final String[] LAST = { "Lovelace", "Hopper", "Okafor", "Rossi", "Chen", "Schmidt", "Sharma", "Dubois",
            "Johansson", "Haddad", "Tanaka", "Martin", "Müller", "García", "O'Brien", "Nguyen" };
    private static final String[] CITIES = { "Berlin", "Hamburg", "München", "Wien", "Zürich", "Amsterdam", "Lyon" };
    private static final String[] ORGS = { "Northwind Outdoor", "Blue Fjord Bikes", "Lumen Coffee Roasters",
            "Kestrel Analytics", "Atlas Freight", "Mosaic Health" };

    private BenchmarkData() {
    }

    /** Writes people until the file has at least {@code bytes}; returns how many. */
    static int writeCsv(Path file, long bytes, Random random) throws IOException {
        int rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(List.of("First Name", "Last Name", "Birth Date", "Sex", "Tags", "Email 1 Label", "Email 1",
                    "Phone 1 Label", "Phone 1", "Address 1 Street", "Address 1 Postal Code", "Address 1 City",
                    "Organization 1", "Organization 1 Role", "Social 1 Network", "Social 1 Handle", "Social 1 Followers"));
            long written = 0;
            while (written < bytes) {
                String first = FIRST[random.nextInt(FIRST.length)];
                String last = LAST[random.nextInt(LAST.length)];
                List<String> row = List.of(first, last, (1950 + random.nextInt(55)) + "-0" + (1 + random.nextInt(9)) + "-1"
                        + random.nextInt(9), random.nextBoolean() ? "female" : "male", random.nextBoolean() ? "customer" : "prospect;vip",
                        "work", first.toLowerCase() + "." + rows + "@example.com", "mobile",
                        "+49 151 " + (1_000_000 + random.nextInt(8_999_999)), "Lindenstraße " + (1 + random.nextInt(120)),
                        Integer.toString(10_000 + random.nextInt(89_999)), CITIES[random.nextInt(CITIES.length)],
                        ORGS[random.nextInt(ORGS.length)], "Buyer", "mastodon", "@p" + rows + "@mastodon.social",
                        Integer.toString(random.nextInt(5_000)));
                csv.printRecord(row);
                written += row.stream().mapToInt(String::length).sum() + row.size() + 1;
                rows++;
            }
        }
        return rows;
    }
}
