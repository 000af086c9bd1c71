import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/**
 * Turns a custom product description (see releng/custom-product/README.md) into a small Tycho build: a branding
 * bundle, a branding feature and a .product over the released Rapport p2 repository. Run by build.sh as a Java
 * single-file program, so IT needs nothing but the JDK 21+ Rapport needs anyway.
 *
 * <p>usage: java CustomProduct.java DESCRIPTION REPOSITORY_URI OUTPUT_DIR — exits 2 with "file:line: field: reason"
 * lines when the description is wrong, before anything is generated.
 */
public class CustomProduct {

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java CustomProduct.java DESCRIPTION REPOSITORY_URI OUTPUT_DIR");
            System.exit(2);
        }
        Path file = Path.of(args[0]).toAbsolutePath().normalize();
        URI repository = URI.create(args[1]);
        Description description;
        try {
            description = Description.read(file, RepositoryFeatures.of(repository));
        } catch (DescriptionException e) {
            e.problems().forEach(System.err::println);
            System.exit(2);
            return;
        }
        Path output = Path.of(args[2]).toAbsolutePath().normalize();
        new BuildWriter(description, repository, output).write();
        System.out.println("custom-product: generated the build of " + description.id() + " in " + output);
    }
}

/** The problems found in a description, each as "file:line: field: reason". */
class DescriptionException extends Exception {

    private final List<String> problems;

    DescriptionException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}

/** The domain features a local Rapport repository offers; unknown (null) for a remote one. */
final class RepositoryFeatures {

    private static final Pattern FEATURE = Pattern.compile("id='org\\.rapport\\.([a-z]+)\\.feature\\.feature\\.group'");

    private RepositoryFeatures() {
    }

    /** The names X of the org.rapport.X.feature features in the repository, or null when it cannot be read here. */
    static Set<String> of(URI repository) throws IOException {
        if (!"file".equals(repository.getScheme())) {
            return null;
        }
        Path dir = Path.of(repository);
        Path jar = dir.resolve("content.jar");
        if (!Files.isRegularFile(jar)) {
            return null;
        }
        try (ZipFile zip = new ZipFile(jar.toFile()); InputStream in = zip.getInputStream(zip.getEntry("content.xml"))) {
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Set<String> names = new TreeSet<>();
            Matcher m = FEATURE.matcher(content);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }
    }
}

/**
 * A parsed, checked description. Format: one "field = value" per line, '#' starts a comment line; every field
 * at most once; file values are relative to the description's folder.
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
        Checker c = new Checker(file);
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

    /** Checks the fields' values, collecting every problem with its line. */
    private static final class Checker {
        final Path file;
        final List<String> problems = new ArrayList<>();
        Map<String, Integer> lines;
        Map<String, String> values;

        Checker(Path file) {
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
                    problem(field, "missing; " + FIELDS.get(field));
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
                problem("domains", "missing or empty; " + FIELDS.get("domains"));
            }
            for (String domain : domains) {
                if (!domain.matches("[a-z]+") || PLATFORM.contains(domain)) {
                    problem("domains", "'" + domain + "' is not a domain name (contacts, pipeline, feed...)");
                } else if (knownDomains != null && !knownDomains.contains(domain)) {
                    TreeSet<String> offered = new TreeSet<>(knownDomains);
                    offered.removeAll(PLATFORM);
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

/**
 * Writes the Tycho build of a description: OUTPUT/pom.xml (target platform: the Rapport p2 repository, nothing else),
 * the branding bundle ID.branding, its feature ID.branding.feature and the product module ID.product, which
 * materializes the product and its tar.gz exactly as Rapport's own releng/org.rapport.repository does.
 */
final class BuildWriter {

    /** The preference the product reads its update site from (org.rapport.plugins, the p2 service). */
    static final String UPDATE_SITE_PREFERENCE = "org.rapport.plugins/updateSite";

    /** Rapport's own workbench presets (bundles/org.rapport.branding/plugin_customization.ini) a product keeps. */
    private static final String WORKBENCH_PRESETS = """
            # Workbench look as in Rapport: perspective switcher at the top right, modern tabs, no startup progress dialog.
            org.eclipse.ui/DOCK_PERSPECTIVE_BAR=topRight
            org.eclipse.ui/SHOW_TRADITIONAL_STYLE_TABS=false
            org.eclipse.ui/SHOW_PROGRESS_ON_STARTUP=false
            # p2: no automatic update check at start (IT decides when to update); Help > Check for Updates stays.
            org.eclipse.equinox.p2.ui.sdk.scheduler/enabled=false
            """;

    private final Description d;
    private final URI repository;
    private final Path out;

    BuildWriter(Description description, URI repository, Path output) {
        this.d = description;
        this.repository = repository;
        this.out = output;
    }

    void write() throws IOException {
        String id = d.id();
        write("pom.xml", rootPom());
        Path bundle = out.resolve(id + ".branding");
        write(id + ".branding/pom.xml", modulePom(id + ".branding", "eclipse-plugin"));
        write(id + ".branding/META-INF/MANIFEST.MF", manifest());
        write(id + ".branding/plugin.xml", pluginXml());
        write(id + ".branding/plugin.properties", pluginProperties());
        write(id + ".branding/plugin_customization.ini", customization());
        List<String> includes = new ArrayList<>(List.of("META-INF/", "plugin.xml", "plugin.properties",
                "plugin_customization.ini"));
        if (!d.icons().isEmpty()) {
            includes.add("icons/");
            for (Path icon : d.icons()) {
                copy(icon, bundle.resolve("icons").resolve(icon.getFileName()));
            }
        }
        if (d.aboutImage() != null) {
            includes.add("about/");
            copy(d.aboutImage(), bundle.resolve("about").resolve(d.aboutImage().getFileName()));
        }
        write(id + ".branding/build.properties", "bin.includes = " + String.join(",\\\n               ", includes) + "\n");
        write(id + ".branding.feature/pom.xml", modulePom(id + ".branding.feature", "eclipse-feature"));
        write(id + ".branding.feature/feature.xml", featureXml());
        // root files beside the start scripts: .eclipseproduct names the per-user area (~/.eclipse/ID_VERSION_HASH)
        // of a shared read-only installation; the rapport script has Java show splash.png while the workbench starts
        String root = "root = file:rootfiles/.eclipseproduct";
        write(id + ".branding.feature/rootfiles/.eclipseproduct", "name=" + d.name() + "\nid=" + id + "\nversion="
                + d.version() + "\n");
        if (d.splash() != null) {
            copy(d.splash(), out.resolve(id + ".branding.feature/rootfiles/splash.png"));
            root += ",file:rootfiles/splash.png";
        }
        write(id + ".branding.feature/build.properties", "bin.includes = feature.xml\n" + root + "\n");
        write(id + ".product/pom.xml", productPom());
        write(id + ".product/" + id + ".product", productFile());
    }

    private void write(String relative, String text) throws IOException {
        Path p = out.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private String snapshot() {
        return d.version() + "-SNAPSHOT";
    }

    private String rootPom() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Generated by releng/custom-product/build.sh from %s: the build of a custom Rapport product.
                     Its target platform is the released Rapport p2 repository only (property rapport.repository). -->
                <project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>%s</groupId>
                  <artifactId>%s.build</artifactId>
                  <version>%s</version>
                  <packaging>pom</packaging>
                  <properties>
                    <tycho.version>5.0.2</tycho.version>
                    <rapport.repository>%s</rapport.repository>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <modules>
                    <module>%s.branding</module>
                    <module>%s.branding.feature</module>
                    <module>%s.product</module>
                  </modules>
                  <repositories>
                    <repository><id>rapport</id><url>${rapport.repository}</url><layout>p2</layout></repository>
                  </repositories>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.eclipse.tycho</groupId>
                        <artifactId>tycho-maven-plugin</artifactId>
                        <version>${tycho.version}</version>
                        <extensions>true</extensions>
                      </plugin>
                      <plugin>
                        <groupId>org.eclipse.tycho</groupId>
                        <artifactId>target-platform-configuration</artifactId>
                        <version>${tycho.version}</version>
                        <configuration>
                          <executionEnvironment>JavaSE-21</executionEnvironment>
                          <environments>
                            <environment><os>linux</os><ws>gtk</ws><arch>x86_64</arch></environment>
                          </environments>
                        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(d.file().getFileName(), d.id(), d.id(), snapshot(), xml(repository.toString()), d.id(),
                d.id(), d.id());
    }

    private String modulePom(String artifact, String packaging) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <parent>
                    <groupId>%s</groupId>
                    <artifactId>%s.build</artifactId>
                    <version>%s</version>
                  </parent>
                  <artifactId>%s</artifactId>
                  <packaging>%s</packaging>
                %s</project>
                """.formatted(d.id(), d.id(), snapshot(), artifact, packaging, packaging.equals("eclipse-repository")
                ? productBuild() : "");
    }

    private String productPom() {
        return modulePom(d.id() + ".product", "eclipse-repository");
    }

    /** Materialize and archive as releng/org.rapport.repository does: same root folder, same tar.gz. */
    private String productBuild() {
        return """
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.eclipse.tycho</groupId>
                        <artifactId>tycho-p2-repository-plugin</artifactId>
                        <version>${tycho.version}</version>
                        <configuration>
                          <!-- a complete site: the company's update site, with nothing else reachable -->
                          <includeAllDependencies>true</includeAllDependencies>
                          <repositoryName>%s</repositoryName>
                        </configuration>
                      </plugin>
                      <plugin>
                        <groupId>org.eclipse.tycho</groupId>
                        <artifactId>tycho-p2-director-plugin</artifactId>
                        <version>${tycho.version}</version>
                        <executions>
                          <execution><id>materialize-products</id><goals><goal>materialize-products</goal></goals></execution>
                          <execution><id>archive-products</id><goals><goal>archive-products</goal></goals></execution>
                        </executions>
                        <configuration>
                          <products>
                            <product><id>%s.product</id><rootFolder>rapport</rootFolder></product>
                          </products>
                        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                """.formatted(xml(d.name()), d.id());
    }

    private String manifest() {
        return """
                Manifest-Version: 1.0
                Bundle-ManifestVersion: 2
                Bundle-Name: %s Branding
                Bundle-SymbolicName: %s.branding;singleton:=true
                Bundle-Version: %s.qualifier
                Bundle-RequiredExecutionEnvironment: JavaSE-21
                Bundle-Localization: plugin
                """.formatted(d.name(), d.id(), d.version());
    }

    private String pluginXml() {
        StringBuilder p = new StringBuilder();
        p.append("         <property name=\"appName\" value=\"%productName\"/>\n");
        p.append("         <property name=\"windowTitle\" value=\"%windowTitle\"/>\n");
        p.append("         <property name=\"aboutText\" value=\"%aboutText\"/>\n");
        if (d.aboutImage() != null) {
            p.append("         <property name=\"aboutImage\" value=\"about/").append(xml(d.aboutImage().getFileName().toString()))
                    .append("\"/>\n");
        }
        if (!d.icons().isEmpty()) {
            p.append("         <property name=\"windowImages\" value=\"")
                    .append(String.join(",", d.icons().stream().map(i -> xml("icons/" + i.getFileName())).toList()))
                    .append("\"/>\n");
        }
        p.append("         <property name=\"preferenceCustomization\" value=\"plugin_customization.ini\"/>\n");
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <?eclipse version="3.4"?>
                <!-- Generated from %s. -->
                <plugin>
                   <extension id="product" point="org.eclipse.core.runtime.products">
                      <product application="org.rapport.ui.application" name="%%productName">
                %s      </product>
                   </extension>
                </plugin>
                """.formatted(xml(d.file().getFileName().toString()), p);
    }

    private String pluginProperties() {
        return "productName = " + properties(d.name()) + "\n" + "windowTitle = " + properties(d.windowTitle()) + "\n"
                + "aboutText = " + properties(d.aboutTextOrDefault()) + "\n";
    }

    private String customization() {
        StringBuilder ini = new StringBuilder("# Preset preferences of " + d.name() + ", generated from "
                + d.file().getFileName() + ". A user's own settings (Window > Preferences) still win.\n");
        ini.append(WORKBENCH_PRESETS);
        ini.append("# From the description\n");
        d.preferences().forEach((key, value) -> ini.append(key).append('=').append(properties(value)).append('\n'));
        return ini.toString();
    }

    private String featureXml() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <feature id="%s.branding.feature" label="%s Branding" version="%s.qualifier" provider-name="%s">
                   <description>%s: product name, about text and image, window icons and preset preferences.</description>
                   <requires>
                      <import feature="org.rapport.ui.feature" version="1.0.0" match="compatible"/>
                   </requires>
                   <plugin id="%s.branding" version="0.0.0"/>
                </feature>
                """.formatted(d.id(), xml(d.name()), d.version(), xml(d.name()), xml(d.name()), d.id());
    }

    private String productFile() {
        StringBuilder features = new StringBuilder();
        List<String> ids = new ArrayList<>(List.of("org.rapport.platform.feature", "org.rapport.platform.ui.feature",
                "org.rapport.core.feature", "org.rapport.ui.feature", d.id() + ".branding.feature"));
        for (String domain : d.domains()) {
            ids.add("org.rapport." + domain + ".feature");
            ids.add("org.rapport." + domain + ".ui.feature");
        }
        ids.forEach(f -> features.append("      <feature id=\"").append(f).append("\" installMode=\"root\"/>\n"));
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <?pde version="3.5"?>
                <!-- Generated from %s: Rapport's product (releng/org.rapport.repository/rapport.product) with this
                     branding and these domains. Launcher-less like Rapport's: the root scripts rapport and rapport-cli
                     come from org.rapport.platform.feature. -->
                <product name="%s" uid="%s.product" id="%s.branding.product"
                      application="org.rapport.ui.application" version="%s.qualifier"
                      type="features" includeLaunchers="false" autoIncludeRequirements="true">
                   <configIni use="default"/>
                   <features>
                %s   </features>
                   <configurations>
                      <plugin id="org.apache.felix.scr" autoStart="true" startLevel="2"/>
                      <plugin id="org.eclipse.core.runtime" autoStart="true" startLevel="0"/>
                      <plugin id="org.eclipse.equinox.common" autoStart="true" startLevel="2"/>
                      <plugin id="org.eclipse.equinox.event" autoStart="true" startLevel="2"/>
                      <plugin id="org.eclipse.equinox.simpleconfigurator" autoStart="true" startLevel="1"/>
                      <property name="osgi.instance.area.default" value="@user.home/.rapport/workspace"/>
                   </configurations>
                </product>
                """.formatted(xml(d.file().getFileName().toString()), xml(d.name()), d.id(), d.id(), d.version(),
                features);
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A value in .properties syntax: backslashes and non-ASCII escaped, line breaks as \n plus a continuation. */
    private static String properties(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\\') {
                b.append("\\\\");
            } else if (c == '\n') {
                b.append("\\n\\\n");
            } else if (c == '\r') {
                continue;
            } else if (c < 0x20 || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
