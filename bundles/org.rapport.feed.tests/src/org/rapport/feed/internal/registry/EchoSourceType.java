package org.rapport.feed.internal.registry;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.rapport.feed.sources.FeedSourceType;
import org.rapport.feed.sources.FetchContext;
import org.rapport.feed.sources.FetchResult;
import org.rapport.feed.sources.ParseResult;
import org.rapport.feed.sources.SourceLocation;
import org.rapport.feed.sources.SourceState;

/** A third party's type in tests: reads {@code echo:} locations and {@code .echo} files. */
public class EchoSourceType implements FeedSourceType {

    @Override
    public Optional<SourceLocation> recognize(String location) {
        return location.startsWith("echo:") ? Optional.of(new SourceLocation(location, "echo", "Echo"))
                : Optional.empty();
    }

    @Override
    public FetchResult fetch(SourceState source, FetchContext context) {
        return new FetchResult(false, List.of(), List.of(), null, null, null);
    }

    @Override
    public boolean canParse(String name, byte[] head) {
        return name.endsWith(".echo") || new String(head, StandardCharsets.UTF_8).startsWith("ECHO");
    }

    @Override
    public ParseResult parse(byte[] content, String origin) {
        return new ParseResult(List.of(), List.of());
    }
}
