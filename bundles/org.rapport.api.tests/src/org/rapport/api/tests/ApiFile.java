package org.rapport.api.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.osgi.framework.Version;

/**
 * The recorded API of a bundle, {@code api/<bundle>.api} in this test bundle: a header line per package
 * ({@code package NAME VERSION}) followed by its signatures, indented by two spaces.
 */
final class ApiFile {

    private ApiFile() {
    }

    static String write(String bundle, Map<String, PackageApi> packages) {
        StringBuilder text = new StringBuilder("# The API of ").append(bundle)
                .append(" as org.rapport.api.tests records it. Change it only together with the package versions.\n");
        for (PackageApi api : packages.values()) {
            text.append("package ").append(api.name()).append(' ').append(api.version()).append('\n');
            api.lines().forEach(line -> text.append("  ").append(line).append('\n'));
        }
        return text.toString();
    }

    /** The recorded packages, or {@code null} when the bundle has no recorded API. */
    static Map<String, PackageApi> read(URL file) throws IOException {
        if (file == null) {
            return null;
        }
        String text;
        try (InputStream in = file.openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, PackageApi> packages = new TreeMap<>();
        String name = null;
        Version version = null;
        TreeSet<String> lines = new TreeSet<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("package ")) {
                if (name != null) {
                    packages.put(name, new PackageApi(name, version, lines));
                }
                String[] parts = line.split(" ");
                name = parts[1];
                version = Version.parseVersion(parts[2]);
                lines = new TreeSet<>();
            } else if (line.startsWith("  ")) {
                lines.add(line.substring(2));
            }
        }
        if (name != null) {
            packages.put(name, new PackageApi(name, version, lines));
        }
        return packages;
    }
}
