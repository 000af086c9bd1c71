import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

/**
 * Turns a custom product description (see releng/custom-product/README.md) into a small Tycho build: a branding
 * bundle, a branding feature and a .product over the released Rapport p2 repository. Run by build.sh, which compiles
 * it with the other classes of this folder, so IT needs nothing but the JDK 21+ Rapport needs anyway (from Java 22 on,
 * {@code java CustomProduct.java} runs it from its source as well).
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
