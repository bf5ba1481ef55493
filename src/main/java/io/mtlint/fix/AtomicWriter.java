package io.mtlint.fix;

import io.mtlint.model.Document;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes fixed text back safely: refuses a file that changed since it was read or that is read-only, encodes in
 * the file's own encoding with its byte-order mark, writes a temporary file in the same directory and renames it
 * over the original, keeping its permissions, owner and group. On any failure the original is left as it was.
 * A symbolic link is followed: its target is written and the link stays. A file with several hard links, or whose
 * owner or group this process cannot give a new file, is overwritten in place instead (as editors do), so the
 * links keep sharing it and it keeps its owner. Temporary files that a killed run left behind are removed.
 */
public final class AtomicWriter {
    /** How the temporary file's bytes reach the disk; tests substitute a failing one. */
    @FunctionalInterface
    interface ByteSink {
        void write(Path file, byte[] bytes) throws IOException;
    }

    private static final String TEMP_SUFFIX = ".mtlint-tmp";
    /** A temporary file lives for the moment of one write; one this old was left by a run that was killed. */
    private static final Duration STALE_AFTER = Duration.ofMinutes(5);

    private final ByteSink sink;
    private final Set<Path> swept = ConcurrentHashMap.newKeySet();

    public AtomicWriter() {
        this(Files::write);
    }

    AtomicWriter(ByteSink sink) {
        this.sink = sink;
    }

    /** The bytes a document would have with {@code text} as its content: same encoding, same byte-order mark. */
    public static byte[] encode(Document document, String text) throws FixWriteException {
        try {
            ByteBuffer body = document.charset().newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(java.nio.CharBuffer.wrap(text));
            byte[] original = document.bytes();
            int bom = document.hasBom() ? bomLength(original) : 0;
            byte[] out = new byte[bom + body.remaining()];
            System.arraycopy(original, 0, out, 0, bom);
            body.get(out, bom, body.remaining());
            return out;
        } catch (CharacterCodingException e) {
            throw new FixWriteException(document.path() + ": the fixed text cannot be encoded as "
                    + document.charset().name());
        }
    }

    private static int bomLength(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF ? 3 : 2;
    }

    public void write(Path link, Document original, String fixedText) throws FixWriteException {
        String name = original.path();
        byte[] bytes = encode(original, fixedText);
        byte[] current;
        Path file;
        try {
            file = link.toRealPath();
            current = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new FixWriteException(name + ": the file disappeared before it could be written");
        } catch (IOException e) {
            throw new FixWriteException(name + ": cannot re-read before writing: " + e.getMessage());
        }
        if (!Arrays.equals(current, original.bytes())) {
            throw new FixWriteException(name + ": changed since it was checked; not written (run mtlint fix again)");
        }
        PosixFileAttributes attributes = attributes(file);
        Set<PosixFilePermission> permissions = attributes == null ? null : attributes.permissions();
        if (permissions != null && !permissions.contains(PosixFilePermission.OWNER_WRITE)) {
            throw new FixWriteException(name + ": read-only file; not written");
        }
        if (hardLinks(file) > 1) {
            writeInPlace(file, name, bytes);
            return;
        }
        Path dir = file.getParent();
        removeStaleTemporaries(dir);
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + file.getFileName() + ".", TEMP_SUFFIX);
            sink.write(temp, bytes);
            if (permissions != null) {
                Files.setPosixFilePermissions(temp, permissions);
            }
            if (attributes != null && !sameOwnerAndGroup(temp, attributes)) {
                Files.delete(temp);
                temp = null;
                writeInPlace(file, name, bytes);
                return;
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (AccessDeniedException e) {
            throw new FixWriteException(name + ": permission denied writing " + e.getFile() + "; not written");
        } catch (IOException e) {
            throw new FixWriteException(name + ": cannot write (" + reason(e) + "); the original is unchanged");
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The temporary file is hidden and named after the original; nothing else depends on it.
                }
            }
        }
    }

    /**
     * Deletes the temporary files a killed run left in {@code dir} (once per directory): this user's, and old
     * enough that no run still writing is theirs. Any failure leaves them; they are hidden and harm nothing.
     */
    private void removeStaleTemporaries(Path dir) {
        if (!swept.add(dir)) {
            return;
        }
        FileTime before = FileTime.from(Instant.now().minus(STALE_AFTER));
        try (DirectoryStream<Path> temporaries = Files.newDirectoryStream(dir, "." + "*" + TEMP_SUFFIX)) {
            UserPrincipal me = dir.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
            for (Path temp : temporaries) {
                BasicFileAttributes a = Files.readAttributes(temp, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (a.isRegularFile() && a.lastModifiedTime().compareTo(before) < 0 && Files.getOwner(temp,
                        LinkOption.NOFOLLOW_LINKS).equals(me)) {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Left for a later run.
        }
    }

    private static PosixFileAttributes attributes(Path file) {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return null;
        }
        try {
            return view.readAttributes();
        } catch (IOException e) {
            return null;
        }
    }

    private static int hardLinks(Path file) {
        try {
            return ((Number) Files.getAttribute(file, "unix:nlink")).intValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }

    /** Gives {@code temp} the original's owner and group; false when this process may not. */
    private static boolean sameOwnerAndGroup(Path temp, PosixFileAttributes original) {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        try {
            PosixFileAttributes now = view.readAttributes();
            if (!now.owner().equals(original.owner())) {
                view.setOwner(original.owner());
            }
            if (!now.group().equals(original.group())) {
                view.setGroup(original.group());
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Overwrites the file's own bytes: the new content from the start, then the length cut to it, then synced.
     * Not atomic, but keeps the inode, so hard links, owner, group and extended attributes stay as they were.
     */
    private void writeInPlace(Path file, String name, byte[] bytes) throws FixWriteException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer, buffer.position());
            }
            channel.truncate(bytes.length);
            channel.force(true);
        } catch (AccessDeniedException e) {
            throw new FixWriteException(name + ": permission denied writing " + e.getFile() + "; not written");
        } catch (IOException e) {
            throw new FixWriteException(name + ": cannot write in place (" + reason(e) + ")");
        }
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
