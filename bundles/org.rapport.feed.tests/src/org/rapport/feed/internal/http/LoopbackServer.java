package org.rapport.feed.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The JDK's HTTP server on the loopback interface, serving recorded responses by path and recording every request it
 * got (so a test can tell that a URL was never fetched).
 */
public final class LoopbackServer implements AutoCloseable {

    /** Answers one request. */
    @FunctionalInterface
    public interface Handler {
        /** Writes the answer. */
        void handle(HttpExchange exchange) throws IOException;
    }

    /**
     * A request the server got.
     *
     * @param path    the path
     * @param query   the raw query, or {@code null}
     * @param headers the request headers
     */
    public record Request(String path, String query, Headers headers) {
        /** The first value of a header, or {@code null}. */
        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    /** Starts a server on 127.0.0.1 and a free port. */
    public LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            URI uri = exchange.getRequestURI();
            requests.add(new Request(uri.getPath(), uri.getRawQuery(), exchange.getRequestHeaders()));
            Handler handler = routes.get(uri.getPath());
            try (exchange) {
                if (handler == null) {
                    send(exchange, 404, "text/plain", "no route".getBytes(StandardCharsets.UTF_8));
                } else {
                    handler.handle(exchange);
                }
            } catch (IOException e) {
                // the client hung up (time-out, size limit): nothing to answer
            }
        });
        server.start();
    }

    /** Serves {@code path} with the handler. */
    public LoopbackServer route(String path, Handler handler) {
        routes.put(path, handler);
        return this;
    }

    /** Serves {@code path} with a fixed 200 answer. */
    public LoopbackServer serve(String path, String contentType, byte[] body) {
        return route(path, exchange -> send(exchange, 200, contentType, body));
    }

    /** The address of {@code path} on this server. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** The host:port authority of this server. */
    public String authority() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** The requests received so far, in order. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The requests received for a path. */
    public List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** Sends a whole answer. */
    public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        boolean empty = body.length == 0 || status == 304;
        exchange.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            exchange.getResponseBody().write(body);
        }
    }

    /** Reads a recorded response from the test fragment's {@code data/} folder. */
    public static byte[] data(String name) {
        Bundle bundle = FrameworkUtil.getBundle(LoopbackServer.class);
        try {
            for (Bundle candidate : bundle.getBundleContext() == null ? new Bundle[0]
                    : bundle.getBundleContext().getBundles()) {
                if ("org.rapport.feed.tests".equals(candidate.getSymbolicName())) {
                    bundle = candidate;
                }
            }
            var url = bundle.getEntry("data/" + name);
            if (url == null) {
                return Files.readAllBytes(Path.of("data", name));
            }
            try (InputStream in = url.openStream()) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
