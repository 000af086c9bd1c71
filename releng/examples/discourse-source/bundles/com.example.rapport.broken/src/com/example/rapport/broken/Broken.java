package com.example.rapport.broken;

import org.junit.jupiter.api.Assertions;

/**
 * A plugin that builds against its own target platform but cannot resolve in Rapport: it imports JUnit, which this
 * build's target has and Rapport's site does not. The tests install it to prove such a plugin is refused with the
 * reason and leaves nothing behind.
 */
public final class Broken {

    private Broken() {
    }

    /** Uses the import, so that it is a real one. */
    public static void check(boolean condition) {
        Assertions.assertTrue(condition);
    }
}
