package dev.parley.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters of a saved page's bytes. A byte-order mark decides; otherwise the charset the page declares
 * ({@code <meta charset>}, {@code http-equiv Content-Type}, an XML declaration) is checked against the bytes:
 * bytes that are valid UTF-8 with non-ASCII sequences are UTF-8 whatever the page claims (legacy text is almost never
 * valid UTF-8 by chance, and saved pages are often re-encoded without their meta tag being fixed), and a declared
 * charset that cannot decode the bytes gives way to windows-1252, which decodes every byte.
 */
final class PageDecoding {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** The declaration must come early: browsers look at the first 1024 bytes; pages with long heads go further. */
    private static final int DECLARATION_WINDOW = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{2,40})");
    private static final Pattern XML_ENCODING = Pattern.compile("(?i)^\\s*<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{2,40})");

    private PageDecoding() {
    }

    static String decode(byte[] bytes) throws IOException {
        if (SourceReader.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            rejectBinary(bytes, 3);
            return lenient(bytes, 3, StandardCharsets.UTF_8);
        }
        if (SourceReader.startsWith(bytes, 0xFE, 0xFF)) {
            return lenient(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (SourceReader.startsWith(bytes, 0xFF, 0xFE)) {
            return lenient(bytes, 2, StandardCharsets.UTF_16LE);
        }
        rejectBinary(bytes, 0);
        Charset declared = declared(bytes);
        String utf8 = strictUtf8(bytes);
        if (utf8 != null && (declared == null || declared.equals(StandardCharsets.UTF_8) || !isAscii(bytes))) {
            return utf8;
        }
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            String text = strict(bytes, declared);
            if (text != null) {
                return text;
            }
        }
        return new String(bytes, WINDOWS_1252);
    }

    /** The charset named in the page's first bytes, if Java knows it; null otherwise. */
    static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(head);
        String name = m.find() ? m.group(1) : null;
        if (name == null) {
            m = META_CHARSET.matcher(head);
            name = m.find() ? m.group(1) : null;
        }
        if (name == null) {
            return null;
        }
        String n = name.toLowerCase(Locale.ROOT);
        // as browsers do: Latin-1 and ASCII labels mean windows-1252, and a UTF-16 label inside bytes that were
        // readable as ASCII is a mistake
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("latin-1") || n.equals("us-ascii") || n.equals("ascii")
                || n.equals("iso8859-1") || n.equals("l1")) {
            return WINDOWS_1252;
        }
        if (n.startsWith("utf-16") || n.startsWith("utf16") || n.equals("utf8") || n.equals("unicode")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /**
     * Files that start like a PDF, an image or an archive are not pages; more than one NUL byte in a thousand is an
     * image or UTF-16 without a mark; a page where more than one byte in ten is a control character is not text.
     */
    private static void rejectBinary(byte[] bytes, int offset) throws IOException {
        if (SourceReader.startsWith(bytes, 0x25, 0x50, 0x44, 0x46) || SourceReader.startsWith(bytes, 0x89, 0x50, 0x4E, 0x47)
                || SourceReader.startsWith(bytes, 0x47, 0x49, 0x46, 0x38) || SourceReader.startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)
                || SourceReader.startsWith(bytes, 0x1F, 0x8B) || SourceReader.startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            throw new IOException("binary data (a PDF, image or archive), not an HTML page");
        }
        int nuls = 0;
        int controls = 0;
        for (int i = offset; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                nuls++;
            } else if ((b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') || b == 0x7F) {
                controls++;
            }
        }
        long length = bytes.length - offset;
        // a few stray NULs occur in real pages (browsers show nothing for them); many are an image or UTF-16 text
        if (nuls * 1000L > length || (nuls + controls) * 10L > length) {
            throw new IOException("binary data, not an HTML page");
        }
    }

    private static String strictUtf8(byte[] bytes) {
        return strict(bytes, StandardCharsets.UTF_8);
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException | UnsupportedOperationException e) {
            return null;
        }
    }

    private static String lenient(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
