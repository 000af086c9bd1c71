package org.rapport.feed.internal.registry;

/** A third party's type whose constructor fails. */
public class ThrowingSourceType extends EchoSourceType {

    /** Always throws, as a type with a missing configuration might. */
    public ThrowingSourceType() {
        throw new IllegalStateException("cannot start without its configuration");
    }
}
