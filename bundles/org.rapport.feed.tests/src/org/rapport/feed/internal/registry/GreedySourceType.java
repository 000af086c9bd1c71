package org.rapport.feed.internal.registry;

import java.util.Optional;

import org.rapport.feed.sources.SourceLocation;

/** A third party's type that fails on everything it is asked. */
public class GreedySourceType extends EchoSourceType {

    @Override
    public Optional<SourceLocation> recognize(String location) {
        throw new UnsupportedOperationException("bug in a plugin");
    }

    @Override
    public boolean canParse(String name, byte[] head) {
        throw new UnsupportedOperationException("bug in a plugin");
    }
}
