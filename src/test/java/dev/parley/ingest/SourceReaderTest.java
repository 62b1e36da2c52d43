package dev.parley.ingest;

import dev.parley.ingest.SourceFile;
import dev.parley.model.Skipped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

class SourceReaderTest {
    private static final String ARTICLE = "Foreign Minister Ana Kovač met her counterpart in Vienna.\n\n"
            + "\"We agreed to meet again in spring\", the Minister said.\n";

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private SourceReader.Result read(Path... inputs) throws IOException {
        return SourceReader.read(List.of(inputs), warnings::add);
    }

    private Path write(String rel, byte[] bytes) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        return Files.write(p, bytes);
    }

    private Path write(String rel, String text) throws IOException {
        return write(rel, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String textOf(SourceReader.Result r, String id) {
        return r.files().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow().text();
    }

    @Test
    void decodesUtf8WithoutAndWithBom() throws IOException {
        Path in = dir.resolve("in");
        write("in/plain.txt", ARTICLE);
        byte[] body = ARTICLE.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        write("in/bom.txt", withBom);

        SourceReader.Result r = read(in);

        assertThat(r.files()).extracting(SourceFile::id).containsExactly("bom", "plain");
        assertThat(textOf(r, "bom")).isEqualTo(ARTICLE).doesNotContain("\uFEFF");
        assertThat(textOf(r, "plain")).isEqualTo(ARTICLE);
        assertThat(r.skipped()).isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void normalisesCrlfAndLoneCrToLf() throws IOException {
        Path in = dir.resolve("in");
        write("in/windows.txt", "Title line\r\n\r\nFirst paragraph.\r\nSecond line.\r\n");
        write("in/oldmac.txt", "Title line\r\rFirst paragraph.\r");

        SourceReader.Result r = read(in);

        assertThat(textOf(r, "windows")).isEqualTo("Title line\n\nFirst paragraph.\nSecond line.\n");
        assertThat(textOf(r, "oldmac")).isEqualTo("Title line\n\nFirst paragraph.\n");
    }

    @Test
    void fallsBackToWindows1252WhenNotUtf8() throws IOException {
        Path in = dir.resolve("in");
        // "Minister Müller said “yes” – in Zürich" in windows-1252: ü=FC, curly quotes 93/94, en dash 96
        String text = "Minister Müller said “yes” – in Zürich.\r\n";
        write("in/legacy.txt", text.getBytes("windows-1252"));

        SourceReader.Result r = read(in);

        assertThat(textOf(r, "legacy")).isEqualTo("Minister Müller said “yes” – in Zürich.\n");
    }

    @Test
    void decodesUtf16WithBom() throws IOException {
        Path in = dir.resolve("in");
        byte[] body = "Ministre Élise Dupont a reçu l'ambassadeur.\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        write("in/notepad.txt", bytes);

        assertThat(textOf(read(in), "notepad")).isEqualTo("Ministre Élise Dupont a reçu l'ambassadeur.\n");
    }

    @Test
    void skipsEmptyAndWhitespaceOnlyFilesWithOneWarningEach() throws IOException {
        Path in = dir.resolve("in");
        write("in/empty.txt", "");
        write("in/blank.md", " \r\n\t\n  ");
        write("in/bomonly.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        write("in/good.txt", ARTICLE);

        SourceReader.Result r = read(in);

        assertThat(r.files()).extracting(SourceFile::id).containsExactly("good");
        assertThat(r.skipped()).containsExactly(
                new Skipped("blank.md", "empty file"),
                new Skipped("bomonly.txt", "empty file"),
                new Skipped("empty.txt", "empty file"));
        assertThat(warnings).containsExactly(
                "parley: skipped " + in + "/blank.md: empty file",
                "parley: skipped " + in + "/bomonly.txt: empty file",
                "parley: skipped " + in + "/empty.txt: empty file");
    }

    @Test
    void skipsBinaryFiles() throws IOException {
        Path in = dir.resolve("in");
        write("in/image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H'});
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        }
        write("in/controls.txt", controls);
        write("in/good.txt", ARTICLE);

        SourceReader.Result r = read(in);

        assertThat(r.files()).extracting(SourceFile::id).containsExactly("good");
        assertThat(r.skipped()).containsExactly(
                new Skipped("controls.txt", "binary file"),
                new Skipped("image.txt", "binary file"));
        assertThat(warnings).allSatisfy(w -> assertThat(w).startsWith("parley: skipped ").endsWith(": binary file"));
    }

    @Test
    void skipsFilesLargerThanTenMegabytesWithoutReadingThem() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        try (RandomAccessFile huge = new RandomAccessFile(in.resolve("dump.txt").toFile(), "rw")) {
            huge.setLength(SourceReader.MAX_BYTES + 1); // sparse: costs no disk space
        }
        try (RandomAccessFile edge = new RandomAccessFile(in.resolve("edge.txt").toFile(), "rw")) {
            edge.setLength(SourceReader.MAX_BYTES); // exactly 10 MB is allowed (and then is binary: all NUL)
        }

        SourceReader.Result r = read(in);

        assertThat(r.files()).isEmpty();
        assertThat(r.skipped()).containsExactly(
                new Skipped("dump.txt", "larger than 10 MB"),
                new Skipped("edge.txt", "binary file"));
    }

    @Test
    void findsTxtAndMdRecursivelyIgnoringOtherExtensionsInNameOrder() throws IOException {
        Path in = dir.resolve("in");
        write("in/2016/march/talks.txt", ARTICLE);
        write("in/2016/visit.MD", ARTICLE);
        write("in/2015/notes.md", ARTICLE);
        write("in/a.txt", ARTICLE);
        write("in/photo.jpg", "not an article");
        write("in/2016/draft.docx", "not an article");
        write("in/README", "not an article");

        SourceReader.Result r = read(in);

        assertThat(r.files()).extracting(SourceFile::id)
                .containsExactly("2015/notes", "2016/march/talks", "2016/visit", "a");
        assertThat(r.files()).extracting(SourceFile::file)
                .containsExactly("2015/notes.md", "2016/march/talks.txt", "2016/visit.MD", "a.txt");
        assertThat(r.skipped()).isEmpty();
    }

    @Test
    void doesNotFollowSymlinksLeadingOutsideTheInputFolder() throws IOException {
        Path in = dir.resolve("in");
        write("in/inside.txt", ARTICLE);
        Path secret = write("outside/secret.txt", "private notes that must not enter the model");
        write("outside/more/other.txt", "more private notes");
        Files.createSymbolicLink(in.resolve("leak.txt"), secret);
        Files.createSymbolicLink(in.resolve("leakdir"), dir.resolve("outside/more"));

        SourceReader.Result r = read(in);

        assertThat(r.files()).extracting(SourceFile::id).containsExactly("inside");
        assertThat(r.files()).extracting(SourceFile::text).noneMatch(t -> t.contains("private"));
        assertThat(r.skipped()).containsExactly(
                new Skipped("leak.txt", "symbolic link leads outside the input folder"),
                new Skipped("leakdir", "symbolic link leads outside the input folder"));
    }

    @Test
    void readsEachRealFileOnceThroughSymlinksInsideTheFolder() throws IOException {
        Path in = dir.resolve("in");
        Path real = write("in/archive/talks.txt", ARTICLE);
        write("in/archive/visit.txt", ARTICLE);
        Files.createSymbolicLink(in.resolve("aaa-latest.txt"), real);
        Files.createSymbolicLink(in.resolve("aaa-archive"), in.resolve("archive"));
        Files.createSymbolicLink(in.resolve("archive/loop"), in); // a cycle must not hang the walk
        Files.createSymbolicLink(in.resolve("broken.txt"), in.resolve("gone.txt"));
        write("in/data.bin", ARTICLE);
        Files.createSymbolicLink(in.resolve("renamed.txt"), in.resolve("data.bin"));

        SourceReader.Result r = read(in);

        assertThat(r.files()).extracting(SourceFile::id).containsExactly("archive/talks", "archive/visit", "renamed");
        assertThat(r.skipped()).containsExactly(new Skipped("broken.txt", "cannot read: broken symbolic link"));
    }

    @Test
    void followsTheInputFolderItselfWhenItIsALink() throws IOException {
        write("real/a.txt", ARTICLE);
        Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));

        assertThat(read(link).files()).extracting(SourceFile::file).containsExactly("a.txt");
    }

    @Test
    void makesIdsUniqueDeterministically() throws IOException {
        Path in = dir.resolve("in");
        write("in/report.txt", ARTICLE);
        write("in/report.md", ARTICLE);
        write("in/report~2.txt", ARTICLE); // a file whose own id looks like a suffixed one keeps it

        SourceReader.Result r = read(in);

        assertThat(r.files()).extracting(SourceFile::file, SourceFile::id).containsExactly(
                org.assertj.core.groups.Tuple.tuple("report.md", "report"),
                org.assertj.core.groups.Tuple.tuple("report.txt", "report~3"),
                org.assertj.core.groups.Tuple.tuple("report~2.txt", "report~2"));
    }

    @Test
    void prefixesFilesWithTheFolderNameWhenSeveralFoldersAreGiven() throws IOException {
        Path a = dir.resolve("tass");
        Path b = dir.resolve("mfa");
        write("tass/2016/talks.txt", ARTICLE);
        write("mfa/2016/talks.txt", ARTICLE);
        write("mfa/empty.txt", "");

        SourceReader.Result r = read(a, b);

        assertThat(r.files()).extracting(SourceFile::file, SourceFile::id).containsExactly(
                org.assertj.core.groups.Tuple.tuple("tass/2016/talks.txt", "2016/talks"),
                org.assertj.core.groups.Tuple.tuple("mfa/2016/talks.txt", "2016/talks~2"));
        assertThat(r.skipped()).containsExactly(new Skipped("mfa/empty.txt", "empty file"));
    }

    @Test
    void readsTheSameFolderGivenTwiceOnlyOnce() throws IOException {
        Path in = dir.resolve("in");
        write("in/a.txt", ARTICLE);

        assertThat(read(in, in).files()).hasSize(1);
    }

    @Test
    void acceptsASingleFileAsInput() throws IOException {
        Path file = write("in/one.txt", ARTICLE);

        SourceReader.Result r = read(file);

        assertThat(r.files()).containsExactly(new SourceFile("one", "one.txt", ARTICLE));
    }

    @Test
    void missingInputIsAnError() {
        assertThatThrownBy(() -> read(dir.resolve("nope")))
                .isInstanceOf(SourceReader.MissingInputException.class)
                .hasMessageContaining("no such file or folder")
                .hasMessageContaining("nope");
    }

    @Test
    void unreadableFilesAreSkippedNotFatal() throws IOException {
        assumeThat(System.getProperty("user.name")).as("root can read everything").isNotEqualTo("root");
        Path in = dir.resolve("in");
        Path locked = write("in/locked.txt", ARTICLE);
        write("in/open.txt", ARTICLE);
        assumeThat(locked.toFile().setReadable(false, false)).isTrue();
        try {
            SourceReader.Result r = read(in);
            assertThat(r.files()).extracting(SourceFile::id).containsExactly("open");
            assertThat(r.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).startsWith("cannot read"));
        } finally {
            locked.toFile().setReadable(true, false);
        }
    }

    @Test
    void specialFilesWithAnArticleNameAreSkippedNotRead() throws Exception {
        Path in = dir.resolve("in");
        write("in/good.txt", ARTICLE);
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", in.resolve("pipe.txt").toString()).start();
        } catch (IOException noMkfifo) {
            assumeThat(false).as("mkfifo available").isTrue();
            return;
        }
        assumeThat(mkfifo.waitFor()).isZero();

        SourceReader.Result r = read(in); // reading a FIFO would block forever

        assertThat(r.files()).extracting(SourceFile::id).containsExactly("good");
        assertThat(r.skipped()).containsExactly(new Skipped("pipe.txt", "cannot read: not a regular file"));
    }

    @Test
    void everyCandidateIsEitherReadOrSkippedAndOrderIsStable() throws IOException {
        Path in = dir.resolve("in");
        for (int i = 0; i < 60; i++) {
            String name = "batch" + (i % 4) + "/article-" + (char) ('a' + i % 26) + i;
            if (i % 7 == 0) {
                write("in/" + name + ".txt", "");
            } else if (i % 11 == 0) {
                write("in/" + name + ".md", new byte[] {0, 1, 2});
            } else {
                write("in/" + name + ".txt", ARTICLE + i);
            }
        }

        SourceReader.Result first = read(in);
        SourceReader.Result second = read(in);

        assertThat(first.files().size() + first.skipped().size()).isEqualTo(60);
        assertThat(first).isEqualTo(second);
        assertThat(first.files()).extracting(SourceFile::file).isSorted();
    }

    @Test
    void idDropsOnlyTheExtension() {
        assertThat(SourceReader.naturalId("a/b.c/report.txt")).isEqualTo("a/b.c/report");
        assertThat(SourceReader.naturalId("a/.hidden")).isEqualTo("a/.hidden");
        assertThat(SourceReader.naturalId("noext")).isEqualTo("noext");
    }
}
