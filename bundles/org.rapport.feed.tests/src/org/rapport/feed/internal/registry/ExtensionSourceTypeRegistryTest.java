package org.rapport.feed.internal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;


import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.feed.SourceTypeInfo;

/**
 * The registry over the real extension registry of the test runtime, with a third party's contributions added while
 * it runs (as installing a plugin does): broken ones are left out with a message naming the plugin, the rest work.
 */
class ExtensionSourceTypeRegistryTest {

    private static final String PLUGIN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <plugin>
              <extension point="org.rapport.feed.sourceTypes">
                <sourceType id="test.echo" name="Echo board" network="Echo" example="echo:board"
                    class="org.rapport.feed/org.rapport.feed.internal.registry.EchoSourceType" pollMinutes="5"/>
                <sourceType id="test.echo" name="Echo board again" network="echo"
                    class="org.rapport.feed/org.rapport.feed.internal.registry.EchoSourceType"/>
                <sourceType name="Nameless" network="echo" class="org.rapport.feed/org.rapport.feed.internal.registry.EchoSourceType"/>
                <sourceType id="test.noclass" name="Without class" network="echo"/>
                <sourceType id="test.missing" name="Missing class" network="echo"
                    class="com.example.feeds.NoSuchSourceType"/>
                <sourceType id="test.throws" name="Throwing" network="echo"
                    class="org.rapport.feed/org.rapport.feed.internal.registry.ThrowingSourceType"/>
                <sourceType id="test.object" name="Not a type" network="echo"
                    class="org.rapport.feed/java.lang.Object"/>
                <sourceType id="test.greedy" name="A greedy plugin" network="echo" pollMinutes="often"
                    class="org.rapport.feed/org.rapport.feed.internal.registry.GreedySourceType"/>
              </extension>
            </plugin>
            """;

    /** The third party: classes come from the feed bundle's test fragment ("bundle/class" in the class attribute). */
    private static final String CONTRIBUTOR = "com.example.feeds";
    private final List<IStatus> logged = new CopyOnWriteArrayList<>();
    private IExtensionRegistry extensions;
    private Object token;
    private ExtensionSourceTypeRegistry registry;

    @BeforeEach
    void start() throws Exception {
        extensions = Platform.getExtensionRegistry();
        // the platform registry accepts non-persistent contributions with its temporary user token
        token = extensions.getClass().getMethod("getTemporaryUserToken").invoke(extensions);
        registry = new ExtensionSourceTypeRegistry(extensions, logged::add);
        registry.start();
    }

    @AfterEach
    void stop() {
        for (IExtension extension : extensions.getExtensionPoint(ExtensionSourceTypeRegistry.POINT_ID)
                .getExtensions()) {
            if (extension.getContributor().getName().equals(CONTRIBUTOR)) {
                extensions.removeExtension(extension, token);
            }
        }
        registry.stop();
    }

    @Test
    void brokenContributionsAreLeftOutWithTheirPluginNamedAndTheOthersWork() throws Exception {
        assertFalse(ids().contains("test.echo"));

        contribute();
        waitFor(() -> ids().contains("test.echo"));

        assertTrue(ids().containsAll(List.of("test.echo", "test.greedy")), ids().toString());
        for (String broken : List.of("test.noclass", "test.missing", "test.throws", "test.object")) {
            assertFalse(ids().contains(broken), broken + " is left out");
        }
        SourceTypeInfo echo = registry.types().stream().filter(t -> t.id().equals("test.echo")).findFirst()
                .orElseThrow();
        assertEquals("Echo board", echo.name(), "the first of two contributions with one id is kept");
        assertEquals("echo", echo.network());
        assertEquals(CONTRIBUTOR, echo.contributor());
        assertEquals("echo:board", echo.example());
        assertEquals(5, registry.pollMinutes("test.echo"));
        assertEquals(15, registry.pollMinutes("test.greedy"), "an unreadable interval falls back to the default");

        String problems = messages(registry.readProblems());
        for (String expected : List.of("without id", "without class was left out (id \"test.noclass\")",
                "NoSuchSourceType of source type \"test.missing\" could not be loaded",
                "ThrowingSourceType of source type \"test.throws\" could not be loaded or created",
                "cannot start without its configuration",
                "java.lang.Object of source type \"test.object\" does not implement",
                "\"test.echo\" is already contributed by com.example.feeds", "pollMinutes=\"often\"")) {
            assertTrue(problems.contains(expected), "the log says " + expected + ":\n" + problems);
        }
        assertTrue(problems.contains("Bundle com.example.feeds:"), "the plugin at fault is named");
        assertTrue(logged.stream().anyMatch(s -> messages(s).contains("test.throws")), "the problems were logged");

        assertEquals("test.echo", registry.recognize("echo:town-hall").orElseThrow().type().id(),
                "a type that throws while recognising does not stop the others");
        assertEquals("echo:town-hall", registry.recognize(" echo:town-hall ").orElseThrow().location().location());
        assertTrue(registry.recognize("nothing reads this").isEmpty());
        assertTrue(logged.stream().anyMatch(s -> s.getMessage().contains("\"test.greedy\" of bundle "
                + "com.example.feeds failed while recognising")), "the failing plugin is logged");
        assertEquals("test.echo", registry.detect("notes.echo", new byte[0]).orElseThrow().id());
        assertTrue(registry.type("test.echo").orElseThrow() instanceof EchoSourceType);
    }

    @Test
    void aPluginRemovedWhileRunningDisappearsWithoutARestart() throws Exception {
        contribute();
        waitFor(() -> ids().contains("test.echo"));
        Object first = registry.type("test.echo").orElseThrow();

        for (IExtension extension : extensions.getExtensionPoint(ExtensionSourceTypeRegistry.POINT_ID)
                .getExtensions()) {
            if (extension.getContributor().getName().equals(CONTRIBUTOR)) {
                extensions.removeExtension(extension, token);
            }
        }
        waitFor(() -> !ids().contains("test.echo"));
        assertTrue(registry.type("test.echo").isEmpty());
        assertTrue(registry.recognize("echo:town-hall").isEmpty());

        contribute();
        waitFor(() -> ids().contains("test.echo"));
        assertFalse(first == registry.type("test.echo").orElseThrow(), "a new contribution is a new instance");
    }

    private void contribute() {
        IContributor contributor = ContributorFactorySimple.createContributor(CONTRIBUTOR);
        assertTrue(extensions.addContribution(new ByteArrayInputStream(PLUGIN.getBytes(StandardCharsets.UTF_8)),
                contributor, false, "test plugin", null, token));
    }

    private List<String> ids() {
        return registry.types().stream().map(SourceTypeInfo::id).toList();
    }

    private static String messages(IStatus status) {
        StringBuilder all = new StringBuilder(status.getMessage()).append('\n');
        for (IStatus child : status.getChildren()) {
            all.append(messages(child));
        }
        return all.toString();
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long until = System.currentTimeMillis() + 5_000;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < until, "the registry did not follow the change within 5 s");
            Thread.sleep(20);
        }
    }
}
