import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Checks a description's field values, collecting every problem with its line. */
final class DescriptionChecker {
    final Path file;
    final List<String> problems = new ArrayList<>();
    Map<String, Integer> lines;
    Map<String, String> values;

    DescriptionChecker(Path file) {
        this.file = file;
    }

    void problem(int line, String field, String reason) {
        problems.add(file + ":" + line + ": " + field + ": " + reason);
    }

    void problem(String field, String reason) {
        Integer line = lines.get(field);
        problems.add(file + (line == null ? "" : ":" + line) + ": " + field + ": " + reason);
    }

    String text(String field, String pattern, String what, String fallback) {
        String v = values.get(field);
        if (v == null) {
            if (fallback == null) {
                problem(field, "missing; " + Description.FIELDS.get(field));
            }
            return fallback;
        }
        if (!v.matches(pattern)) {
            problem(field, "'" + v + "' is not " + what);
        }
        return v;
    }

    Path path(String field, String value, String extension) {
        Path p = file.getParent().resolve(value).normalize();
        if (!value.toLowerCase().endsWith(extension)) {
            problem(field, "'" + value + "' is not a " + extension + " file");
        } else if (!Files.isRegularFile(p)) {
            problem(field, "'" + value + "' does not exist (looked for " + p + ")");
        }
        return p;
    }

    Path optionalPath(String field, String extension) {
        String v = values.get(field);
        return v == null ? null : path(field, v, extension);
    }

    List<String> list(String field) {
        String v = values.get(field);
        List<String> items = new ArrayList<>();
        if (v != null) {
            for (String item : v.split(",")) {
                if (item.isBlank()) {
                    problem(field, "empty item in '" + v + "'");
                } else {
                    items.add(item.strip());
                }
            }
        }
        return items;
    }

    Description check(Set<String> knownDomains) {
        String id = text("product.id", "[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+", "a dotted lower-case id like com.acme.crm", null);
        if (id != null && id.startsWith("org.rapport")) {
            problem("product.id", "'" + id + "' is Rapport's own name space; use your company's (com.acme.crm)");
        }
        String name = text("product.name", "[^\\\\]+", "a plain name", null);
        String version = text("product.version", "\\d+\\.\\d+\\.\\d+", "a version like 1.0.0", "1.0.0");
        String title = text("window.title", "[^\\\\]+", "a plain title", name);
        List<Path> icons = list("icons").stream().map(v -> path("icons", v, ".png")).toList();
        Path about = optionalPath("about.text", ".txt");
        Path aboutImage = optionalPath("about.image", ".png");
        Path splash = optionalPath("splash", ".png");
        List<String> domains = list("domains");
        if (domains.isEmpty()) {
            problem("domains", "missing or empty; " + Description.FIELDS.get("domains"));
        }
        for (String domain : domains) {
            if (!domain.matches("[a-z]+") || Description.PLATFORM.contains(domain)) {
                problem("domains", "'" + domain + "' is not a domain name (contacts, pipeline, feed...)");
            } else if (knownDomains != null && !knownDomains.contains(domain)) {
                TreeSet<String> offered = new TreeSet<>(knownDomains);
                offered.removeAll(Description.PLATFORM);
                problem("domains", "'" + domain + "' is not in the Rapport repository; it offers " + String.join(", ", offered));
            }
        }
        String perspective = values.get("perspective");
        if (perspective != null && !perspective.equals("overview") && !domains.contains(perspective)) {
            problem("perspective", "'" + perspective + "' is neither overview nor one of the domains " + domains);
        }
        Map<String, String> prefs = new LinkedHashMap<>();
        prefs.put("org.rapport.ui/initialPerspective", perspective == null || perspective.equals("overview") ? ""
                : "org.rapport." + perspective + ".ui.perspective");
        String db = text("database.url", "(jdbc:.+)?", "a JDBC URL (jdbc:...)", "");
        prefs.put("org.rapport.persistence/db.url", db);
        String user = values.get("database.user");
        if (user != null) {
            prefs.put("org.rapport.persistence/db.user", user);
        }
        String demo = text("demo.data", "on|off", "on or off", "on");
        prefs.put("org.rapport.core/demoData.onFirstStart", String.valueOf("on".equals(demo)));
        String site = values.get("update.site");
        if (site != null) {
            text("update.site", "(https?|file):/.+", "an http, https or file URL", null);
            prefs.put(BuildWriter.UPDATE_SITE_PREFERENCE, site);
        }
        String install = text("plugins.install", "allowed|locked", "allowed or locked", "allowed");
        prefs.put("org.rapport.plugins/installAllowed", String.valueOf("allowed".equals(install)));
        values.forEach((field, value) -> {
            if (field.startsWith("preference.")) {
                prefs.put(field.substring("preference.".length()), value);
            }
        });
        return new Description(file, id, name, version, title, icons, about, aboutImage, splash, domains,
                perspective, prefs);
    }
}
