package org.rapport.feed.internal.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/** The test fragment's sentiment data: tab-separated lines of a first field (a label or a score) and a post. */
final class SentimentData {

    /** One line: its first field and the post's text. */
    record Line(String first, String text) {
    }

    private SentimentData() {
    }

    static List<Line> read(String name) throws IOException {
        Bundle tests = Platform.getBundle("org.rapport.feed.tests");
        URL entry = tests.getEntry("data/sentiment/" + name);
        if (entry == null) {
            throw new AssertionError("no test file data/sentiment/" + name);
        }
        List<Line> lines = new ArrayList<>();
        try (InputStream in = entry.openStream();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    lines.add(new Line(line.substring(0, tab), line.substring(tab + 1)));
                }
            }
        }
        return lines;
    }
}
