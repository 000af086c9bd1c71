import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed, checked description. Format: one "field = value" per line, '#' starts a comment line; every field
 * at most once; file values are relative to the description's folder. The values are checked by a
 * {@link DescriptionChecker}.
 */
record Description(Path file, String id, String name, String version, String windowTitle, List<Path> icons,
        Path aboutText, Path aboutImage, Path splash, List<String> domains, String perspective,
        Map<String, String> preferences) {

    /** Rapport's domains that are part of every product: the workbench and its platform. */
    static final Set<String> PLATFORM = Set.of("platform", "core", "ui", "branding", "jpa", "sdk");

    static final Map<String, String> FIELDS = fields();

    private static Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("product.id", "required; the product's id, e.g. com.acme.crm (lower case, dotted)");
        f.put("product.name", "required; the product's name, shown in About and as the window title");
        f.put("product.version", "major.minor.micro, default 1.0.0");
        f.put("window.title", "the window title, default the product name");
        f.put("icons", "comma-separated PNG files: the window icons (16x16 up to 256x256)");
        f.put("about.text", "a UTF-8 text file: Help > About's text");
        f.put("about.image", "a PNG file: Help > About's image (at most 500x330)");
        f.put("splash", "a PNG file: the splash screen shown while the workbench starts");
        f.put("domains", "comma-separated Rapport domains, e.g. contacts, pipeline, feed");
        f.put("perspective", "the perspective a new workspace opens in: overview or one of the domains");
        f.put("database.url", "a JDBC URL: the team's server database (empty: embedded Derby per workspace)");
        f.put("database.user", "the server database's user name");
        f.put("demo.data", "on or off: demo data in a new workspace");
        f.put("update.site", "the company's p2 update site (http, https or file URL)");
        f.put("plugins.install", "allowed or locked: whether users may install plugins");
        f.put("preference.BUNDLE/KEY", "any other preset preference, e.g. preference.org.eclipse.ui/SHOW_TRADITIONAL_STYLE_TABS = true");
        return f;
    }

    /** Reads and checks a description; knownDomains (may be null: not checked) are the repository's domains. */
    static Description read(Path file, Set<String> knownDomains) throws IOException, DescriptionException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DescriptionException(List.of(file + ": cannot be read: " + e.getMessage()));
        }
        DescriptionChecker c = new DescriptionChecker(file);
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                c.problem(number, line, "not a 'field = value' line");
                continue;
            }
            String field = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (!FIELDS.containsKey(field) && !field.matches("preference\\.[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+")) {
                c.problem(number, field, "unknown field; known: " + String.join(", ", FIELDS.keySet()));
            } else if (lineOf.containsKey(field)) {
                c.problem(number, field, "given twice (first on line " + lineOf.get(field) + ")");
            } else {
                lineOf.put(field, number);
                values.put(field, value);
            }
        }
        c.lines = lineOf;
        c.values = values;
        Description d = c.check(knownDomains);
        if (!c.problems.isEmpty()) {
            throw new DescriptionException(c.problems);
        }
        return d;
    }

    String aboutTextOrDefault() {
        if (aboutText == null) {
            return name + "\n\nBuilt on Rapport, the social CRM workbench.";
        }
        try {
            return Files.readString(aboutText, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
