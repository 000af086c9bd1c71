package com.example.rapport.discourse.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.rapport.feed.sources.FeedException;
import org.rapport.feed.sources.FeedHttp;
import org.rapport.feed.sources.FetchContext;

/**
 * The part of Rapport's fetch context the source type uses, over the JDK's HTTP client: conditional GET with the
 * validators given. (Rapport's own client is internal to its feed bundle; a plugin's tests bring their own.)
 */
final class SimpleFetchContext implements FetchContext, FeedHttp {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public FeedHttp http() {
        return this;
    }

    @Override
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public boolean isCanceled() {
        return false;
    }

    @Override
    public Response get(URI uri, String etag, String lastModified, String accept) throws FeedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).header("Accept", accept);
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, String> headers = new HashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            if (response.statusCode() != 304 && response.statusCode() / 100 != 2) {
                throw new FeedException(FeedException.Kind.HTTP_STATUS, uri + " answered " + response.statusCode());
            }
            return new Response(response.statusCode(), response.body(), headers.get("content-type"), headers.get("etag"),
                    headers.get("last-modified"), headers, Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new FeedException(FeedException.Kind.NETWORK, uri + " cannot be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedException(FeedException.Kind.NETWORK, "interrupted", e);
        }
    }
}
