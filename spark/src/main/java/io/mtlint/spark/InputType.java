package io.mtlint.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** What the inputs hold: text and Markdown files, JSON Lines records or Parquet records. */
enum InputType {
    auto, files, jsonl, parquet;

    /** The type the inputs' names (or, for a directory, its files' names) tell. */
    static InputType detect(List<String> inputs, Configuration hadoop) throws IOException, UsageException {
        InputType found = null;
        for (String input : inputs) {
            InputType type = byName(input);
            if (type == null) {
                type = byContent(new Path(input), hadoop);
            }
            if (found != null && found != type) {
                throw new UsageException("the inputs hold " + found + " and " + type + "; give them in separate runs, "
                        + "or name the type with --input-type");
            }
            found = type;
        }
        return found == null ? files : found;
    }

    private static InputType byName(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("\\.(gz|bz2)$", "");
        if (n.endsWith(".parquet")) {
            return parquet;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return jsonl;
        }
        return n.endsWith(".md") || n.endsWith(".markdown") || n.endsWith(".txt") ? files : null;
    }

    /** A directory of Parquet or JSON Lines parts (as Spark writes them) holds records; anything else, files. */
    private static InputType byContent(Path path, Configuration hadoop) throws IOException {
        FileSystem fs = path.getFileSystem(hadoop);
        if (path.toString().contains("*") || !fs.exists(path) || !fs.getFileStatus(path).isDirectory()) {
            return files;
        }
        boolean parquetParts = false;
        boolean jsonParts = false;
        for (FileStatus child : fs.listStatus(path)) {
            if (child.isDirectory()) {
                continue;
            }
            InputType type = byName(child.getPath().getName().replaceAll("\\.json(\\.gz|\\.bz2)?$", ".jsonl"));
            if (type == files) {
                return files;
            }
            parquetParts |= type == parquet;
            jsonParts |= type == jsonl;
        }
        return parquetParts ? parquet : jsonParts ? jsonl : files;
    }
}
