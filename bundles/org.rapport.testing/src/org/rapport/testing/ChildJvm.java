package org.rapport.testing;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
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
 * A second JVM running a test's main class, for tests of what happens across processes: a crash (SIGKILL) in the
 * middle of a write, a second process on the same database. As Derby's own recovery tests do, the child runs on a
 * plain class path made from this test runtime, without an OSGi framework (Rapport's code does not need a running
 * Platform for this): the classes of Rapport's bundles wired from the main class's bundle (with its test fragment),
 * copied out of the bundle wiring, the jars nested in bundles (Derby's), and the jar of every other bundle wired from
 * it, directly or not (EclipseLink, Commons CSV, Equinox...). So the child runs the very code and libraries under
 * test. Its output is read line by line so the test can wait for a marker the main class prints.
 */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(100_000);
    private final StringBuilder transcript = new StringBuilder();

    private ChildJvm(Process process) {
        this.process = process;
        Thread reader = new Thread(this::pump, "child-jvm-output");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code main} (a public class with a {@code main} method, in a test fragment) in a new JVM.
     *
     * @param scratch a folder of the test's own, where the class path and Derby's log are written
     */
    public static ChildJvm start(Class<?> main, Path scratch, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx512m");
        command.add("-Dderby.stream.error.file=" + scratch.resolve("child-derby.log"));
        command.add("-cp");
        command.add(classPath(main, scratch));
        command.add(main.getName());
        command.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** Waits for a line starting with {@code marker} and returns it; fails with the child's output otherwise. */
    public String awaitLine(String marker, long seconds) throws InterruptedException {
        return awaitLine(marker, 1, seconds);
    }

    /** Waits for the {@code count}-th line starting with {@code marker}; fails with the child's output otherwise. */
    public String awaitLine(String marker, int count, long seconds) throws InterruptedException {
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

    /** Everything the child printed so far (standard output and error). */
    public String transcript() {
        synchronized (transcript) {
            return transcript.toString();
        }
    }

    /** Kills the child the hard way: SIGKILL, as a crash or a power cut would end it. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Kills the child if it still runs. */
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

    private static String classPath(Class<?> main, Path scratch) throws IOException {
        Path classes = scratch.resolve("classes");
        Set<String> entries = new LinkedHashSet<>();
        entries.add(classes.toString());
        Bundle home = FrameworkUtil.getBundle(main);
        for (Bundle bundle : wiredFrom(home)) {
            if (bundle.getBundleId() == 0) {
                entries.add(Path.of(location(Bundle.class)).toString());
                continue;
            }
            boolean ours = bundle.getSymbolicName().startsWith("org.rapport.");
            if (ours) {
                // only the persistence unit of the bundle under test: another domain's persistence.xml, wired through
                // a helper bundle (the benchmarks), would replace it on the child's class path
                copyClasses(bundle, classes, bundle.equals(home));
            }
            List<String> nested = nestedJars(bundle);
            if (!nested.isEmpty()) {
                for (String jar : nested) {
                    URL url = FileLocator.toFileURL(bundle.getEntry(jar));
                    entries.add(Path.of(url.getPath()).toString());
                }
            } else if (!ours) {
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

    /** The bundle's own classes and those of its fragments (the tests' main classes), and maybe its persistence.xml. */
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
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
