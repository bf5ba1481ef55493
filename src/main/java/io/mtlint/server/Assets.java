package io.mtlint.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The editors' page: a fixed set of files inside the jar, looked up by exact name, so that no request path can
 * reach anything else.
 */
final class Assets {
    record Asset(byte[] bytes, String contentType) {
    }

    private static final Map<String, String> FILES = Map.of(
            "/", "index.html",
            "/index.html", "index.html",
            "/app.js", "app.js",
            "/app.css", "app.css");

    private Assets() {
    }

    /** The asset served at {@code path}, or null when there is none. */
    static Asset at(String path) {
        String name = FILES.get(path);
        if (name == null) {
            return null;
        }
        try (InputStream in = Assets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing page asset " + name);
            }
            return new Asset(in.readAllBytes(), contentType(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String contentType(String name) {
        if (name.endsWith(".html")) {
            return "text/html;charset=utf-8";
        }
        if (name.endsWith(".js")) {
            return "text/javascript;charset=utf-8";
        }
        return "text/css;charset=utf-8";
    }
}
