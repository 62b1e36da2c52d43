import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The anchor of the build benchmark: the least any build of a corpus has to do. Reads every file under a folder
 * and indexes its text with Lucene alone (one document per file: its path, and its text as one analysed, stored
 * field), then commits the index. No extraction, no model.
 *
 * <pre>java -cp target/parley.jar bench/build-vs-lucene/LuceneOnly.java CORPUS INDEX-FOLDER</pre>
 */
public class LuceneOnly {
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: LuceneOnly CORPUS INDEX-FOLDER");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        long start = System.nanoTime();
        try (FSDirectory dir = FSDirectory.open(Path.of(args[1]));
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer())
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            for (Path f : files) {
                Document d = new Document();
                d.add(new StringField("path", corpus.relativize(f).toString(), Field.Store.YES));
                d.add(new TextField("body", Files.readString(f, StandardCharsets.UTF_8), Field.Store.YES));
                w.addDocument(d);
            }
            w.commit();
        }
        System.err.printf("indexed %d files in %.1f s%n", files.size(), (System.nanoTime() - start) / 1e9);
    }
}
