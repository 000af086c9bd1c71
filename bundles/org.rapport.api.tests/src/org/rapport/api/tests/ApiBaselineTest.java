package org.rapport.api.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * The API baseline check: what Rapport's bundles export is what was recorded in {@code api/}, each change came with
 * the package version it needs (a new minor version for additions, a new major one for removals or changes), no
 * exported signature exposes an internal type, and every exported package has a version.
 * <p>
 * After a deliberate API change: set the package versions the failure names, run this test again, and copy the files
 * it writes to {@code target/api-actual/} into {@code api/}.
 */
class ApiBaselineTest {

    private static final Pattern INTERNAL_TYPE = Pattern.compile("org\\.rapport\\.[\\w.]*\\binternal\\b[\\w.$]*");

    @Test
    void theExportedApiIsTheRecordedOneWithHonestPackageVersions() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Bundle> checked = new ArrayList<>();
        Path actualDir = Path.of(System.getProperty("user.dir"), "target", "api-actual");
        Files.createDirectories(actualDir);
        for (Bundle bundle : rapportBundles()) {
            checked.add(bundle);
            String name = bundle.getSymbolicName();
            Map<String, PackageApi> actual = ApiReader.read(bundle);
            Files.writeString(actualDir.resolve(name + ".api"), ApiFile.write(name, actual), StandardCharsets.UTF_8);
            Map<String, PackageApi> recorded = ApiFile.read(FrameworkUtil.getBundle(getClass()).getEntry("api/" + name + ".api"));
            if (recorded == null) {
                problems.add(name + ": no recorded API (api/" + name + ".api)");
                continue;
            }
            for (PackageApi api : actual.values()) {
                if (Version.emptyVersion.equals(api.version())) {
                    problems.add(name + ": package " + api.name() + " is exported without a version");
                }
                String problem = api.problemAgainst(recorded.get(api.name()));
                if (problem != null) {
                    problems.add(name + ": " + problem);
                }
                api.lines().forEach(line -> exposedInternals(name, api, line, problems));
            }
            recorded.keySet().stream().filter(p -> !actual.containsKey(p))
                    .forEach(p -> problems.add(name + ": package " + p + " is no longer exported (an incompatible change"
                            + " for plugins that import it): record it, and raise the bundle's major version"));
        }
        assertTrue(checked.size() >= 8, "the product's bundles are in the test runtime: " + checked);
        if (!problems.isEmpty()) {
            fail(problems.size() + " API problem(s):\n  " + String.join("\n  ", problems)
                    + "\nThe API as built is in " + actualDir + "; after fixing the versions copy it into"
                    + " bundles/org.rapport.api.tests/api/.");
        }
    }

    private static void exposedInternals(String bundle, PackageApi api, String line, List<String> problems) {
        Matcher internal = INTERNAL_TYPE.matcher(line);
        if (internal.find()) {
            problems.add(bundle + ": package " + api.name() + " exposes the internal type " + internal.group()
                    + " in: " + line);
        }
    }

    /** Rapport's own product bundles: not tests, test helpers or examples. */
    private static List<Bundle> rapportBundles() {
        return Arrays.stream(FrameworkUtil.getBundle(ApiBaselineTest.class).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().startsWith("org.rapport."))
                .filter(b -> !b.getSymbolicName().matches(".*\\.(tests|testing|examples.*|benchmarks)$"))
                .filter(b -> !"org.rapport.derby".equals(b.getSymbolicName()))
                // source bundles (the SDK's, beside every bundle) carry no API of their own
                .filter(b -> b.getHeaders("").get("Eclipse-SourceBundle") == null)
                .filter(b -> (b.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0)
                .toList();
    }
}
