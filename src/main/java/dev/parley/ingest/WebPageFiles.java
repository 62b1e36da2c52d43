package dev.parley.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Saved web pages among the input files: {@code .html} and {@code .htm}, plain or gzipped, read through {@link WebPageReader}. */
final class WebPageFiles {
    private WebPageFiles() {
    }

    /** {@code name} lower-cased. */
    static boolean isPageName(String name) {
        String n = withoutGzip(name);
        return n.endsWith(".html") || n.endsWith(".htm");
    }

    static String withoutGzip(String name) {
        return name.regionMatches(true, name.length() - 3, ".gz", 0, 3) ? name.substring(0, name.length() - 3) : name;
    }

    static WebPage read(Path file, String rel) throws IOException {
        byte[] bytes;
        try {
            if (Files.size(file) > WebPageReader.MAX_BYTES) {
                throw new IOException("page larger than " + WebPageReader.MAX_BYTES / (1024 * 1024) + " MB");
            }
            bytes = rel.regionMatches(true, rel.length() - 3, ".gz", 0, 3) ? gunzip(file) : Files.readAllBytes(file);
        } catch (ZipException e) {
            throw new IOException("not a gzip file");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new IOException("cannot read: permission denied");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException("cannot read: no such file");
        }
        return WebPageReader.read(bytes, null);
    }

    /** The unpacked bytes, refusing to unpack more than a page may hold (a small file can unpack to gigabytes). */
    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 64 * 1024)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                if (out.size() > WebPageReader.MAX_BYTES) {
                    throw new IOException("page larger than " + WebPageReader.MAX_BYTES / (1024 * 1024) + " MB unpacked");
                }
            }
            return out.toByteArray();
        } catch (java.io.EOFException e) {
            throw new IOException("truncated gzip file");
        }
    }
}
