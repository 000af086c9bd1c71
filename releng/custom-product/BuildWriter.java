import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the Tycho build of a description: OUTPUT/pom.xml (target platform: the Rapport p2 repository, nothing else),
 * the branding bundle ID.branding, its feature ID.branding.feature and the product module ID.product, which
 * materializes the product and its tar.gz exactly as Rapport's own releng/org.rapport.repository does. The files'
 * texts come from {@link TychoBuildFiles} and {@link BrandingFiles}.
 */
final class BuildWriter {

    /** The preference the product reads its update site from (org.rapport.plugins, the p2 service). */
    static final String UPDATE_SITE_PREFERENCE = "org.rapport.plugins/updateSite";

    private final Description d;
    private final Path out;
    private final TychoBuildFiles build;
    private final BrandingFiles branding;

    BuildWriter(Description description, URI repository, Path output) {
        this.d = description;
        this.out = output;
        this.build = new TychoBuildFiles(description, repository);
        this.branding = new BrandingFiles(description);
    }

    void write() throws IOException {
        String id = d.id();
        write("pom.xml", build.rootPom());
        Path bundle = out.resolve(id + ".branding");
        write(id + ".branding/pom.xml", build.modulePom(id + ".branding", "eclipse-plugin"));
        write(id + ".branding/META-INF/MANIFEST.MF", branding.manifest());
        write(id + ".branding/plugin.xml", branding.pluginXml());
        write(id + ".branding/plugin.properties", branding.pluginProperties());
        write(id + ".branding/plugin_customization.ini", branding.customization());
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
        write(id + ".branding.feature/pom.xml", build.modulePom(id + ".branding.feature", "eclipse-feature"));
        write(id + ".branding.feature/feature.xml", branding.featureXml());
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
        write(id + ".product/pom.xml", build.productPom());
        write(id + ".product/" + id + ".product", build.productFile());
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
}
