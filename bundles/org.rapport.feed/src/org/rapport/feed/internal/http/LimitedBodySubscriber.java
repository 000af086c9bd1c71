package org.rapport.feed.internal.http;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a body into memory and gives up as soon as it grows past the limit (or announces a larger
 * {@code Content-Length}), cancelling the stream so that an endless body is not read further.
 */
final class LimitedBodySubscriber implements BodySubscriber<byte[]> {

    private final long maxBytes;
    private final long announcedLength;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    LimitedBodySubscriber(long maxBytes, long announcedLength) {
        this.maxBytes = maxBytes;
        this.announcedLength = announcedLength;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (announcedLength > maxBytes && maxBytes > 0) {
            subscription.cancel();
            result.completeExceptionally(new BodyTooLargeException(
                    "; it announced " + announcedLength + " bytes"));
            return;
        }
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            if (buffer.size() + (long) item.remaining() > maxBytes) {
                subscription.cancel();
                result.completeExceptionally(new BodyTooLargeException(""));
                return;
            }
            byte[] bytes = new byte[item.remaining()];
            item.get(bytes);
            buffer.writeBytes(bytes);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }
}
