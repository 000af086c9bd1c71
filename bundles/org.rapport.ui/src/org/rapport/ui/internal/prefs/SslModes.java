package org.rapport.ui.internal.prefs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code sslmode} parameter of a PostgreSQL JDBC URL ({@code jdbc:postgresql://host/db?sslmode=require}), which the
 * Database page edits with a drop-down instead of making people type it. Other parameters are kept as they are.
 */
final class SslModes {

    /** What the PostgreSQL driver understands, weakest first; without the parameter it uses {@code prefer}. */
    static final List<String> MODES = List.of("disable", "prefer", "require", "verify-ca", "verify-full");
    private static final String PARAMETER = "sslmode=";

    private SslModes() {
    }

    /** Whether the URL is PostgreSQL's, the only kind with this parameter. */
    static boolean applies(String url) {
        return url.trim().startsWith("jdbc:postgresql:");
    }

    /** The URL's sslmode, or {@code ""} when it has none (the driver's default). */
    static String of(String url) {
        for (String parameter : parameters(url)) {
            if (parameter.toLowerCase(Locale.ROOT).startsWith(PARAMETER)) {
                return parameter.substring(PARAMETER.length());
            }
        }
        return "";
    }

    /** The URL with its sslmode replaced by {@code mode}, or removed when {@code mode} is empty. */
    static String with(String url, String mode) {
        String trimmed = url.trim();
        int query = trimmed.indexOf('?');
        String base = query < 0 ? trimmed : trimmed.substring(0, query);
        List<String> kept = new ArrayList<>();
        for (String parameter : parameters(trimmed)) {
            if (!parameter.toLowerCase(Locale.ROOT).startsWith(PARAMETER)) {
                kept.add(parameter);
            }
        }
        if (!mode.isEmpty()) {
            kept.add(PARAMETER + mode);
        }
        return kept.isEmpty() ? base : base + "?" + String.join("&", kept);
    }

    private static List<String> parameters(String url) {
        int query = url.indexOf('?');
        List<String> parameters = new ArrayList<>();
        if (query >= 0) {
            for (String parameter : url.substring(query + 1).split("&")) {
                if (!parameter.isBlank()) {
                    parameters.add(parameter.trim());
                }
            }
        }
        return parameters;
    }
}
