package dev.parley.spark;

import dev.parley.ingest.ArticleFiles;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The input files of a build on a Hadoop file system (local, HDFS, S3), listed on the driver in the embedded
 * engine's order: input by input, each folder's files by their path relative to it; a file reached through two
 * inputs is read once, under the first. With several inputs a file's model path starts with its input's name.
 */
final class Listing {
    /** One input file: where it is, its path relative to its input, and its path in the model. */
    record Listed(String path, String rel, String file) implements Serializable {
        /** The file's name, whose extension says its format. */
        String name() {
            return rel.substring(rel.lastIndexOf('/') + 1);
        }
    }

    /** Raised when an input named on the command line does not exist. */
    static final class MissingInput extends IOException {
        private static final long serialVersionUID = 1L;

        MissingInput(String input) {
            super("no such file or folder: " + input);
        }
    }

    private Listing() {
    }

    static List<Listed> list(List<String> inputs, Configuration conf) throws IOException {
        boolean labelled = inputs.size() > 1;
        Set<String> labels = new HashSet<>();
        Set<String> seen = new HashSet<>();
        List<Listed> out = new ArrayList<>();
        for (String input : inputs) {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus status;
            try {
                status = fs.getFileStatus(path);
            } catch (FileNotFoundException e) {
                throw new MissingInput(input);
            }
            Path root = status.getPath();
            String label = root.getName().isEmpty() ? "root" : root.getName();
            String unique = label;
            for (int n = 2; !labels.add(unique); n++) {
                unique = label + "~" + n;
            }
            if (!status.isDirectory()) {
                if (seen.add(root.toString())) {
                    out.add(new Listed(root.toString(), root.getName(), root.getName()));
                }
                continue;
            }
            List<Listed> found = new ArrayList<>();
            String prefix = root.toUri().getPath();
            prefix = prefix.endsWith("/") ? prefix : prefix + "/";
            RemoteIterator<LocatedFileStatus> files = fs.listFiles(root, true);
            while (files.hasNext()) {
                LocatedFileStatus f = files.next();
                String p = f.getPath().toUri().getPath();
                if (!f.isFile() || !p.startsWith(prefix) || !ArticleFiles.isArticleName(f.getPath().getName())) {
                    continue;
                }
                String rel = p.substring(prefix.length());
                found.add(new Listed(f.getPath().toString(), rel, labelled ? unique + "/" + rel : rel));
            }
            found.sort((a, b) -> a.rel().compareTo(b.rel()));
            for (Listed l : found) {
                if (seen.add(l.path())) {
                    out.add(l);
                }
            }
        }
        return out;
    }
}
