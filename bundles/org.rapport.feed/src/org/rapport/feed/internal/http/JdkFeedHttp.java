package org.rapport.feed.internal.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.rapport.feed.sources.FeedException;
import org.rapport.feed.sources.FeedException.Kind;
import org.rapport.feed.sources.FeedHttp;

/**
 * {@link FeedHttp} on the JDK's {@link HttpClient}. The total time-out covers the whole exchange including the body
 * (the JDK's request time-out stops at the headers), and the size limit is enforced while the body streams in, so a
 * server that sends slowly or without end costs at most the time-out or the limit.
 */
@Component(service = FeedHttp.class)
public final class JdkFeedHttp implements FeedHttp, AutoCloseable {

    /** What Rapport says it is to the servers it polls. */
    public static final String USER_AGENT = "Rapport/1.0 (+feed reader)";
    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration DEFAULT_TOTAL_TIMEOUT = Duration.ofSeconds(30);
    static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private final HttpClient client;
    private final Duration totalTimeout;
    private final long maxBytes;
    private final Clock clock;

    /** The client DS creates: 10 s to connect, 30 s in all, 10 MB per body. */
    public JdkFeedHttp() {
        this(DEFAULT_CONNECT_TIMEOUT, DEFAULT_TOTAL_TIMEOUT, DEFAULT_MAX_BYTES, Clock.systemUTC());
    }

    /**
     * A client with its own limits (tests use short ones).
     *
     * @param clock the clock an HTTP-date {@code Retry-After} is measured against
     */
    public JdkFeedHttp(Duration connectTimeout, Duration totalTimeout, long maxBytes, Clock clock) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.totalTimeout = totalTimeout;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    @Override
    public Response get(URI uri, String etag, String lastModified, String accept) throws FeedException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FeedException(Kind.MALFORMED,
                    "Rapport fetches feeds over http and https only, not " + (scheme.isEmpty() ? "\"" + uri + "\"" : scheme + ":"));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(totalTimeout)
                .header("User-Agent", USER_AGENT);
        if (accept != null && !accept.isBlank()) {
            request.header("Accept", accept);
        }
        if (etag != null && !etag.isBlank()) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null && !lastModified.isBlank()) {
            request.header("If-Modified-Since", lastModified);
        }
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request.build(),
                info -> new LimitedBodySubscriber(info.statusCode() == 304 ? 0 : maxBytes, contentLength(info)));
        HttpResponse<byte[]> response = await(uri, pending);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        return toResponse(uri, response, elapsed);
    }

    private HttpResponse<byte[]> await(URI uri, CompletableFuture<HttpResponse<byte[]>> pending) throws FeedException {
        try {
            return pending.get(totalTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true); // closes the connection: a slow body stops costing bandwidth
            throw new FeedException(Kind.NETWORK, host(uri) + " did not send the whole answer within "
                    + seconds(totalTimeout) + " (" + uri + ")", e);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new FeedException(Kind.NETWORK, "The request to " + host(uri) + " was interrupted", e);
        } catch (CancellationException e) {
            throw new FeedException(Kind.NETWORK, "The request to " + host(uri) + " was cancelled", e);
        } catch (ExecutionException e) {
            throw failure(uri, e.getCause());
        }
    }

    private FeedException failure(URI uri, Throwable cause) {
        if (cause instanceof BodyTooLargeException tooLarge) {
            return new FeedException(Kind.MALFORMED, "The answer of " + host(uri) + " is larger than "
                    + megabytes(maxBytes) + "; Rapport stopped reading it (" + uri + ")" + tooLarge.detail(), cause);
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new FeedException(Kind.NETWORK, host(uri) + " did not accept a connection within "
                    + seconds(client.connectTimeout().orElse(DEFAULT_CONNECT_TIMEOUT)), cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return new FeedException(Kind.NETWORK, host(uri) + " did not answer within " + seconds(totalTimeout),
                    cause);
        }
        if (cause instanceof ConnectException || cause instanceof UnresolvedAddressException
                || cause != null && cause.getCause() instanceof UnresolvedAddressException) {
            return new FeedException(Kind.NETWORK, "Could not connect to " + host(uri)
                    + " (offline, or the server is down or unknown)", cause);
        }
        if (cause instanceof IOException) {
            return new FeedException(Kind.NETWORK, "The connection to " + host(uri) + " failed: "
                    + cause.getMessage(), cause);
        }
        return new FeedException(Kind.NETWORK, "The request to " + uri + " failed: " + cause, cause);
    }

    private Response toResponse(URI uri, HttpResponse<byte[]> response, Duration elapsed) throws FeedException {
        int status = response.statusCode();
        Map<String, String> headers = new HashMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.putIfAbsent(name.toLowerCase(Locale.ROOT), values.get(0));
            }
        });
        URI where = response.uri();
        if (status == 304 || status >= 200 && status < 300) {
            return new Response(status, status == 304 ? new byte[0] : response.body(), headers.get("content-type"),
                    headers.get("etag"), headers.get("last-modified"), Map.copyOf(headers), elapsed);
        }
        if (status == 429 || status == 503) {
            Duration retryAfter = RetryAfter.parse(headers.get("retry-after"), clock.instant());
            String wait = retryAfter == null ? "" : "; it asks to wait " + seconds(retryAfter);
            throw new FeedException(Kind.RATE_LIMITED, host(where) + " asks Rapport to slow down (HTTP " + status
                    + ")" + wait, retryAfter, null, status);
        }
        if (status == 404 || status == 410) {
            throw new FeedException(Kind.NOT_FOUND, "Nothing at " + where + " (HTTP " + status
                    + (status == 410 ? ", removed for good" : "") + ")", null, null, status);
        }
        if (status == 401) {
            throw new FeedException(Kind.LOGIN_REQUIRED, host(where) + " requires a login for " + where
                    + " (HTTP 401)", null, null, status);
        }
        throw new FeedException(Kind.HTTP_STATUS, host(where) + " answered HTTP " + status + " for " + where,
                null, null, status);
    }

    private static long contentLength(HttpResponse.ResponseInfo info) {
        return info.headers().firstValueAsLong("content-length").orElse(-1);
    }

    private static String host(URI uri) {
        return uri.getHost() == null ? uri.toString() : uri.getHost();
    }

    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    @Deactivate
    @Override
    public void close() {
        client.shutdownNow();
    }
}
