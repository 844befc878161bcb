package org.entente.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Set;

/**
 * The one place that turns a name a user gave (a scenario file name, a design file name, an
 * override) into the name of a folder or file Entente may create. The rule, deterministic and
 * the same on every system:
 * <ul>
 *   <li>letters, digits, {@code -}, {@code _} and {@code .} are kept; every other character
 *       (space, {@code / \ * ? [ ] { } : < > | " '}, NUL, control, format and bidi characters)
 *       becomes {@code _};</li>
 *   <li>a leading or trailing dot becomes {@code _} (so {@code .}, {@code ..} and hidden names
 *       never come out, and Windows' dropped trailing dots cannot merge two names);</li>
 *   <li>the names Windows reserves ({@code CON}, {@code PRN}, {@code AUX}, {@code NUL},
 *       {@code COM1}-{@code COM9}, {@code LPT1}-{@code LPT9}, with any extension) get a leading
 *       {@code _};</li>
 *   <li>an empty name becomes {@code unnamed};</li>
 *   <li>a name longer than {@value #MAX} bytes (in UTF-8) is cut to the characters that fit in
 *       {@value #KEEP} bytes, a {@code -} and the first 12 hex digits of the SHA-256 of the whole
 *       original name, so two long names stay apart (and the hidden temporary names beside a
 *       result stay under the usual 255-byte limit).</li>
 * </ul>
 * A name that already follows the rule comes out unchanged ({@code baseline-2025}). Stateless;
 * thread-safe.
 */
public final class SafeName {
    /** Longest name produced, in UTF-8 bytes. */
    public static final int MAX = 120;
    /** Bytes kept of a longer name, before its hash. */
    static final int KEEP = 100;
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6",
            "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private SafeName() { }

    /** The safe form of any name (see the class comment). */
    public static String of(String raw) {
        String name = raw == null ? "" : raw;
        StringBuilder b = new StringBuilder(name.length());
        name.codePoints().forEach(c -> b.appendCodePoint(allowed(c) ? c : '_'));
        if (b.length() == 0) return "unnamed";
        if (b.charAt(0) == '.') b.setCharAt(0, '_');
        if (b.charAt(b.length() - 1) == '.') b.setCharAt(b.length() - 1, '_');
        String out = b.toString();
        int dot = out.indexOf('.');
        String stem = (dot < 0 ? out : out.substring(0, dot)).toUpperCase(Locale.ROOT);
        if (RESERVED.contains(stem)) out = "_" + out;
        if (utf8(out) > MAX) {
            int end = 0, bytes = 0;
            while (end < out.length()) {
                int c = out.codePointAt(end);
                int len = utf8(new String(Character.toChars(c)));
                if (bytes + len > KEEP) break;
                bytes += len;
                end += Character.charCount(c);
            }
            out = out.substring(0, end) + "-" + sha256(name).substring(0, 12);
        }
        return out;
    }

    /**
     * The safe folder name for a file: its name without the last extension ({@code .yaml}),
     * made safe by {@link #of}. {@code ...yaml} gives {@code __}, never {@code ..}.
     */
    public static String ofFile(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return of(dot > 0 ? fileName.substring(0, dot) : fileName);
    }

    /** Length in UTF-8 bytes. */
    public static int utf8(String s) { return s.getBytes(StandardCharsets.UTF_8).length; }

    private static boolean allowed(int c) {
        if (c == '-' || c == '_' || c == '.') return true;
        if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        // letters and digits of any script; no format (bidi), control, mark-only or symbol characters
        return Character.isLetterOrDigit(c);
    }

    private static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte x : d) hex.append(String.format(Locale.ROOT, "%02x", x));
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
