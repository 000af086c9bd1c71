package org.rapport.contacts.io.internal;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * A second JVM running one of our main classes on a plain class path made from this test runtime: our own classes
 * (the contacts bundle with this fragment, persistence, core) copied out of the bundle wiring, the jars nested in the
 * Derby bundle, and the jar of every other bundle the contacts bundle is wired to, directly or not (EclipseLink,
 * Commons CSV, ez-vcard, Equinox...), found with {@link FileLocator#getBundleFileLocation}. So the child runs the
 * very import code and libraries under test, without an OSGi framework (Rapport's code does not need a running
 * Platform for this). Its output is read line by line so the test can wait for a marker.
 */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(100_000);
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
        command.add("-Xmx512m");
        command.add("-Dderby.stream.error.file=" + scratch.resolve("child-derby.log"));
        command.add("-cp");
        command.add(classPath(scratch));
        command.add(main.getName());
        command.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** Waits for the {@code count}-th line starting with {@code marker}; fails with the child's output otherwise. */
    String awaitLine(String marker, int count, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        int seen = 0;
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith(marker) && ++seen == count) {
                return line;
            }
            if (line == null && !process.isAlive() && lines.isEmpty()) {
                break;
            }
        }
        throw new AssertionError("child JVM did not print '" + marker + "' " + count + " times within " + seconds
                + " s; its output:\n" + transcript());
    }

    /** Kills the child the hard way: SIGKILL, as a crash or a power cut would end it. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    String transcript() {
        synchronized (transcript) {
            return transcript.toString();
        }
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

    private static String classPath(Path scratch) throws IOException {
        Path classes = scratch.resolve("classes");
        Set<String> entries = new LinkedHashSet<>();
        entries.add(classes.toString());
        Bundle contacts = FrameworkUtil.getBundle(ChildJvm.class);
        for (Bundle bundle : wiredFrom(contacts)) {
            if (bundle.getBundleId() == 0) {
                entries.add(Path.of(location(Bundle.class)).toString());
                continue;
            }
            if (bundle.getSymbolicName().startsWith("org.rapport.")) {
                // only the contacts unit: other domains' persistence.xml (wired through the benchmarks) would replace it
                copyClasses(bundle, classes, bundle.equals(contacts));
            }
            List<String> nested = nestedJars(bundle);
            if (!nested.isEmpty()) {
                for (String jar : nested) {
                    URL url = FileLocator.toFileURL(bundle.getEntry(jar));
                    entries.add(Path.of(url.getPath()).toString());
                }
            } else if (!bundle.getSymbolicName().startsWith("org.rapport.")) {
                Optional<File> file = FileLocator.getBundleFileLocation(bundle);
                file.ifPresent(f -> entries.add(f.getAbsolutePath()));
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /** The bundle and every bundle it is wired to, directly or not. */
    private static Set<Bundle> wiredFrom(Bundle start) {
        Set<Bundle> seen = new LinkedHashSet<>();
        Deque<Bundle> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            Bundle bundle = todo.removeFirst();
            if (!seen.add(bundle)) {
                continue;
            }
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            if (wiring == null) {
                continue;
            }
            for (BundleWire wire : wiring.getRequiredWires(null)) {
                todo.add(wire.getProvider().getBundle());
            }
        }
        return seen;
    }

    private static void copyClasses(Bundle bundle, Path classes, boolean withPersistenceUnit) throws IOException {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        ClassLoader loader = wiring.getClassLoader();
        List<String> resources = new ArrayList<>(wiring.listResources("org/rapport", "*.class",
                BundleWiring.LISTRESOURCES_RECURSE | BundleWiring.LISTRESOURCES_LOCAL));
        if (withPersistenceUnit) {
            resources.addAll(wiring.listResources("META-INF", "persistence.xml", BundleWiring.LISTRESOURCES_LOCAL));
        }
        for (String resource : resources) {
            Path target = classes.resolve(resource);
            Files.createDirectories(target.getParent());
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in != null) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static List<String> nestedJars(Bundle bundle) {
        String classPath = bundle.getHeaders("").get("Bundle-ClassPath");
        List<String> jars = new ArrayList<>();
        if (classPath != null) {
            for (String entry : classPath.split(",")) {
                String name = entry.trim();
                if (name.endsWith(".jar") && bundle.getEntry(name) != null) {
                    jars.add(name);
                }
            }
        }
        return jars;
    }

    private static String location(Class<?> type) {
        try {
            return type.getProtectionDomain().getCodeSource().getLocation().toURI().getPath();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
