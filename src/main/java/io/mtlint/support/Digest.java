package io.mtlint.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 digest built from strings and bytes, read as hexadecimal: the one way mtlint names content in cache
 * keys and finding fingerprints. Strings end with a NUL, so that "ab" + "c" and "a" + "bc" differ.
 */
public final class Digest {
    private final MessageDigest sha;

    private Digest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime has no SHA-256", e);
        }
    }

    public static Digest sha256() {
        return new Digest();
    }

    /** The hexadecimal SHA-256 of {@code bytes}. */
    public static String hex(byte[] bytes) {
        return sha256().add(bytes).hex();
    }

    public Digest add(String part) {
        sha.update(part.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        return this;
    }

    public Digest add(byte[] bytes) {
        sha.update(bytes);
        return this;
    }

    /** The digest in hexadecimal; the digest cannot be added to afterwards. */
    public String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The first {@code bytes} bytes of the digest in hexadecimal. */
    public String hex(int bytes) {
        return HexFormat.of().formatHex(sha.digest(), 0, bytes);
    }
}
