package org.rapport.ui.testing;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Saves a PNG of the whole (virtual) screen when a test fails, before {@code @AfterEach} closes its dialogs and views:
 * {@code target/screenshots/<TestClass>.<testMethod>.png}. Register with {@code @ExtendWith(ScreenshotOnFailure.class)}.
 * {@link #save} also serves benchmarks that keep a picture of what they measured.
 */
public final class ScreenshotOnFailure implements AfterTestExecutionCallback {

    /** The system property naming the folder, set by a test fragment's pom to its target/screenshots. */
    public static final String DIRECTORY_PROPERTY = "rapport.test.screenshots";

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        Display display = Display.getCurrent();
        if (display == null || display.isDisposed()) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        try {
            Path file = directory().resolve(name + ".png");
            save(display, file);
            System.err.println("Screenshot of the failed test " + name + ": " + file);
        } catch (Exception | Error e) {
            // a screenshot is an aid: never hide the test's own failure behind it
            System.err.println("Could not take a screenshot of " + name + ": " + e);
        }
    }

    private static Path directory() {
        return Path.of(System.getProperty(DIRECTORY_PROPERTY, "target/screenshots"));
    }

    /** Saves the whole screen as a PNG, creating its folder if needed. */
    public static void save(Display display, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot create the folder for the screenshot " + file, e);
        }
        Rectangle screen = display.getBounds();
        Image image = new Image(display, screen.width, screen.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, screen.x, screen.y);
            ImageData data = image.getImageData();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
