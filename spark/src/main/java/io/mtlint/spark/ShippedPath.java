package io.mtlint.spark;

import io.mtlint.support.Digest;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A rule-pack directory or a glossary file of the driver's machine, carried by content. Where the same path holds
 * the same files (the embedded local master, or a cluster whose nodes share the directory) it is used in place;
 * elsewhere the files are written once per executor into a temporary directory.
 */
final class ShippedPath implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, Path> MATERIALISED = new ConcurrentHashMap<>();

    private final String origin;
    /** A single file, kept under its own name: {@link #local()} is then that file, not its directory. */
    private final boolean file;
    private final Map<String, byte[]> files;
    private final String digest;

    private ShippedPath(String origin, boolean file, Map<String, byte[]> files) {
        this.origin = origin;
        this.file = file;
        this.files = files;
        this.digest = (file ? "file:" : "") + digest(files);
    }

    String digest() {
        return digest;
    }

    static ShippedPath read(Path path) throws IOException {
        Path root = path.toAbsolutePath().normalize();
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (Files.isRegularFile(root)) {
            files.put(root.getFileName().toString(), Files.readAllBytes(root));
            return new ShippedPath(root.toString(), true, files);
        }
        if (Files.isDirectory(root)) {
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(root)) {
                paths = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : paths) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return new ShippedPath(root.toString(), false, files);
    }

    /** The directory or file on this machine: the original when it holds the same bytes, else a written copy. */
    Path local() throws IOException {
        Path original = Path.of(origin);
        if (Files.exists(original) && read(original).digest.equals(digest)) {
            return original;
        }
        if (files.isEmpty()) {
            return original; // missing on the driver too: let the loader report it by its name
        }
        try {
            Path root = MATERIALISED.computeIfAbsent(digest, d -> {
                try {
                    return write();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            return file ? root.resolve(files.keySet().iterator().next()) : root;
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Path write() throws IOException {
        Path root = Files.createTempDirectory("mtlint-rules-");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = root.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        deleteOnExit(root);
        return root;
    }

    private static void deleteOnExit(Path root) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | RuntimeException e) {
                // a temporary directory left behind is harmless
            }
        }));
    }

    private static String digest(Map<String, byte[]> files) {
        Digest sha = Digest.sha256();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            sha.add(file.getKey()).add(longBytes(file.getValue().length)).add(file.getValue());
        }
        return sha.hex();
    }

    private static byte[] longBytes(long value) {
        return java.nio.ByteBuffer.allocate(8).putLong(value).array();
    }
}
