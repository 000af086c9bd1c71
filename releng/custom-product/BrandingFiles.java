/**
 * The texts of a custom product's branding bundle (manifest, the products extension, its strings, the preset
 * preferences in plugin_customization.ini) and of its branding feature.
 */
final class BrandingFiles {

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

    BrandingFiles(Description description) {
        this.d = description;
    }

    String manifest() {
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

    String pluginXml() {
        StringBuilder p = new StringBuilder();
        p.append("         <property name=\"appName\" value=\"%productName\"/>\n");
        p.append("         <property name=\"windowTitle\" value=\"%windowTitle\"/>\n");
        p.append("         <property name=\"aboutText\" value=\"%aboutText\"/>\n");
        if (d.aboutImage() != null) {
            p.append("         <property name=\"aboutImage\" value=\"about/")
                    .append(TextEscapes.xml(d.aboutImage().getFileName().toString())).append("\"/>\n");
        }
        if (!d.icons().isEmpty()) {
            p.append("         <property name=\"windowImages\" value=\"")
                    .append(String.join(",",
                            d.icons().stream().map(i -> TextEscapes.xml("icons/" + i.getFileName())).toList()))
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
                """.formatted(TextEscapes.xml(d.file().getFileName().toString()), p);
    }

    String pluginProperties() {
        return "productName = " + TextEscapes.properties(d.name()) + "\n"
                + "windowTitle = " + TextEscapes.properties(d.windowTitle()) + "\n"
                + "aboutText = " + TextEscapes.properties(d.aboutTextOrDefault()) + "\n";
    }

    String customization() {
        StringBuilder ini = new StringBuilder("# Preset preferences of " + d.name() + ", generated from "
                + d.file().getFileName() + ". A user's own settings (Window > Preferences) still win.\n");
        ini.append(WORKBENCH_PRESETS);
        ini.append("# From the description\n");
        d.preferences().forEach((key, value) -> ini.append(key).append('=').append(TextEscapes.properties(value))
                .append('\n'));
        return ini.toString();
    }

    String featureXml() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <feature id="%s.branding.feature" label="%s Branding" version="%s.qualifier" provider-name="%s">
                   <description>%s: product name, about text and image, window icons and preset preferences.</description>
                   <requires>
                      <import feature="org.rapport.ui.feature" version="1.0.0" match="compatible"/>
                   </requires>
                   <plugin id="%s.branding" version="0.0.0"/>
                </feature>
                """.formatted(d.id(), TextEscapes.xml(d.name()), d.version(), TextEscapes.xml(d.name()),
                TextEscapes.xml(d.name()), d.id());
    }
}
