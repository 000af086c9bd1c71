package org.rapport.benchmarks.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a CSV of believable people in Rapport's own layout for the import benchmark: one or two emails and phones,
 * an address, an organization and role, up to two social profiles, tags, segmentation and consent, some notes.
 * Every email and handle is unique, so every row creates a person. The same seed gives the same file.
 */
final class PeopleCsvGenerator {

    static final List<String> HEADER = List.of("First Name", "Last Name", "Birth Date", "Sex", "Income Band", "Language",
            "Owner", "Tags", "Marketing Opt-In", "Consent Date", "Notes", "Email 1 Label", "Email 1", "Email 2 Label",
            "Email 2", "Phone 1 Label", "Phone 1", "Phone 2 Label", "Phone 2", "Address 1 Label", "Address 1 Street",
            "Address 1 Postal Code", "Address 1 City", "Address 1 Region", "Address 1 Country", "Organization 1",
            "Organization 1 Role", "Social 1 Network", "Social 1 Handle", "Social 1 URL", "Social 1 Followers",
            "Social 1 Verified", "Social 2 Network", "Social 2 Handle", "Social 2 URL", "Social 2 Followers",
            "Social 2 Verified");

    private static final String[] FIRST = { "Ada", "Grace", "Amara", "Sofia", "Mei", "Lena", "Priya", "Chloé", "Ingrid",
            "Fatima", "Yuki", "Olivia", "Alan", "Tomás", "Kenji", "Omar", "Lars", "Mateo", "Ravi", "Jonas", "Felix", "Kwame" };
    private static final String[] LAST = { "Lovelace", "Hopper", "Okafor", "Rossi", "Chen", "Schmidt", "Sharma", "Dubois",
            "Johansson", "Haddad", "Tanaka", "Martin", "Berg", "Popescu", "Mensah", "Novak", "García", "Fischer", "O'Brien",
            "Weber", "Costa", "Yılmaz", "Ivanova", "Park" };
    private static final String[][] CITIES = { { "Berlin", "10115", "DE" }, { "Hamburg", "20095", "DE" },
            { "München", "80331", "DE" }, { "Wien", "1010", "AT" }, { "Zürich", "8001", "CH" }, { "Amsterdam", "1012", "NL" },
            { "Lyon", "69001", "FR" }, { "København", "1050", "DK" }, { "Barcelona", "08001", "ES" }, { "Milano", "20121", "IT" } };
    private static final String[] STREETS = { "Lindenstraße", "Hafenweg", "Marktplatz", "Kastanienallee", "Rue des Fleurs",
            "Via Roma", "Strandvejen", "Canal Street" };
    private static final String[] ROLES = { "CEO", "Head of Purchasing", "Marketing Manager", "Store Manager", "Member",
            "Founder", "Community Lead", "Office Manager", "CTO", "Sales Director" };
    private static final String[] TAGS = { "customer", "prospect", "vip", "newsletter", "partner", "event-2026", "b2b", "b2c" };
    private static final String[] OWNERS = { "anna.keller", "ben.osei", "chloe.martin", "david.lind" };
    private static final String[] LANGUAGES = { "en", "de", "fr", "es", "it", "nl" };
    private static final String[] ORG_WORDS = { "Northwind", "Blue Fjord", "Lumen", "Kestrel", "Harbor", "Greenleaf",
            "Atlas", "Copperline", "Mosaic", "Brightwater", "Pixelforge", "Nordlicht", "Bellwether", "Saffron", "Orbit" };
    private static final String[] ORG_KINDS = { "Outdoor", "Bikes", "Coffee", "Analytics", "Realty", "Organics", "Freight",
            "Studios", "Health", "Hotels", "Games", "Solar", "Consulting", "Kitchen", "Telecom", "Books" };

    private PeopleCsvGenerator() {
    }

    static void write(Path file, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(HEADER);
            for (int i = 0; i < rows; i++) {
                csv.printRecord(row(random, i));
            }
        }
    }

    private static List<String> row(Random random, int i) {
        String first = pick(random, FIRST);
        String last = pick(random, LAST);
        String handle = slug(first) + "." + slug(last) + i;
        String[] city = CITIES[random.nextInt(CITIES.length)];
        boolean consent = random.nextInt(5) < 3;
        List<String> row = new ArrayList<>(HEADER.size());
        row.add(first);
        row.add(last);
        row.add(random.nextInt(5) == 0 ? "" : String.format("%d-%02d-%02d", 1950 + random.nextInt(55),
                1 + random.nextInt(12), 1 + random.nextInt(28)));
        row.add(random.nextInt(12) == 0 ? "unspecified" : random.nextBoolean() ? "female" : "male");
        row.add(random.nextInt(5) == 0 ? "" : "ABCDE".substring(random.nextInt(5)).substring(0, 1));
        row.add(pick(random, LANGUAGES));
        row.add(pick(random, OWNERS));
        row.add(tags(random));
        row.add(consent ? "yes" : "no");
        row.add(consent ? String.format("202%d-%02d-%02d", 3 + random.nextInt(3), 1 + random.nextInt(12),
                1 + random.nextInt(28)) : "");
        row.add(random.nextInt(10) == 0 ? "Met at the spring trade fair; interested in the loyalty programme." : "");
        row.add("work");
        row.add(handle + "@" + slug(pick(random, ORG_WORDS)) + ".example");
        boolean secondEmail = random.nextInt(10) < 3;
        row.add(secondEmail ? "home" : "");
        row.add(secondEmail ? handle + "@mail.example" : "");
        row.add("mobile");
        row.add(String.format("+49 15%d %07d", random.nextInt(10), random.nextInt(10_000_000)));
        boolean secondPhone = random.nextInt(4) == 0;
        row.add(secondPhone ? "work" : "");
        row.add(secondPhone ? String.format("+49 30 %07d", random.nextInt(10_000_000)) : "");
        row.add("home");
        row.add(pick(random, STREETS) + " " + (1 + random.nextInt(120)));
        row.add(city[1]);
        row.add(city[0]);
        row.add("");
        row.add(city[2]);
        row.add(pick(random, ORG_WORDS) + " " + pick(random, ORG_KINDS));
        row.add(pick(random, ROLES));
        profile(row, random.nextInt(4) > 0, "mastodon", "@" + handle + "@mastodon.social",
                "https://mastodon.social/@" + handle, random);
        profile(row, random.nextBoolean(), "bluesky", handle + ".bsky.social",
                "https://bsky.app/profile/" + handle + ".bsky.social", random);
        return row;
    }

    private static void profile(List<String> row, boolean present, String network, String handle, String url,
            Random random) {
        if (!present) {
            row.addAll(List.of("", "", "", "", ""));
            return;
        }
        row.addAll(List.of(network, handle, url, Integer.toString((int) Math.round(Math.exp(2 + random.nextDouble() * 8))),
                random.nextInt(20) == 0 ? "yes" : "no"));
    }

    private static String tags(Random random) {
        List<String> tags = new ArrayList<>();
        for (int t = random.nextInt(4); t > 0; t--) {
            String tag = pick(random, TAGS);
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return String.join(";", tags);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String slug(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    }
}
