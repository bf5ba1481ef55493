package io.mtlint.spark;

import java.io.Serializable;

/**
 * A file to check: where to read it ({@code uri}), the path reports show ({@code display}, as {@code mtlint check}
 * shows it), its place under {@code fixed/} ({@code relative}), its size, the profile it is checked with and the
 * path its language is read from by the repository layout ({@code layoutPath}).
 */
record InputFile(String uri, String display, String relative, long length, int profile, String layoutPath)
        implements Serializable {
}
