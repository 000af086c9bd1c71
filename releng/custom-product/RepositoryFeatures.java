import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

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
