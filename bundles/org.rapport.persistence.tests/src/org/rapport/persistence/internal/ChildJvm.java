package org.rapport.persistence.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

/**
 * A second JVM running one of our main classes with Rapport's persistence classes and Derby on its class path, as
 * Derby's own recovery tests do. Its standard output is read line by line so the test can wait for a marker.
 */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(10_000);
    private final StringBuilder transcript = new StringBuilder();

    private ChildJvm(Process process) {
        this.process = process;
        Thread reader = new Thread(this::pump, "child-jvm-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code main} in a new JVM; the class path is built in {@code scratch}. */
    static ChildJvm start(Class<?> main, Path scratch, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Dderby.stream.error.file=" + scratch.resolve("child-derby.log"));
        command.add("-cp");
        command.add(classPath(scratch));
        command.add(main.getName());
        command.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** Waits for a line starting with {@code marker} and returns it; fails with the child's output otherwise. */
    String awaitLine(String marker, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith(marker)) {
                return line;
            }
            if (line == null && !process.isAlive() && lines.isEmpty()) {
                break;
            }
        }
        throw new AssertionError("child JVM did not print '" + marker + "' within " + seconds + " s; its output:\n" + transcript);
    }

    /** Kills the child the hard way: SIGKILL, as a crash or a power cut would end it. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void pump() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                synchronized (transcript) {
                    transcript.append(line).append('\n');
                }
                lines.offer(line);
            }
        } catch (IOException e) {
            // the child died; awaitLine reports its transcript
        }
    }

    /** Our persistence classes (copied out of the bundle) and Derby's jars (from the Derby bundle). */
    private static String classPath(Path scratch) throws IOException {
        Path classes = scratch.resolve("classes");
        Bundle host = FrameworkUtil.getBundle(ChildJvm.class);
        BundleWiring wiring = host.adapt(BundleWiring.class);
        ClassLoader loader = wiring.getClassLoader();
        for (String resource : wiring.listResources("org/rapport/persistence", "*.class", BundleWiring.LISTRESOURCES_RECURSE)) {
            Path target = classes.resolve(resource);
            Files.createDirectories(target.getParent());
            try (InputStream in = loader.getResourceAsStream(resource)) {
                Files.copy(in, target);
            }
        }
        List<String> entries = new ArrayList<>(List.of(classes.toString()));
        Bundle derby = Platform.getBundle("org.rapport.derby");
        for (String jar : List.of("derby.jar", "derbyshared.jar", "derbytools.jar")) {
            URL url = FileLocator.toFileURL(derby.getEntry("lib/" + jar));
            entries.add(Path.of(url.getPath()).toString());
        }
        return String.join(java.io.File.pathSeparator, entries);
    }
}
