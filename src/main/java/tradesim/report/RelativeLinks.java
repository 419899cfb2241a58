package tradesim.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Links from a page to files beside or below it, as relative URLs that work when opened from disk. */
final class RelativeLinks {

    private RelativeLinks() {
    }

    /** {@code dir/a b/x.png} seen from {@code dir} is {@code a%20b/x.png}. */
    static String from(Path dir, Path file) {
        Path rel = dir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        List<String> parts = new ArrayList<>();
        for (Path p : rel) parts.add(encode(p.toString()));
        return String.join("/", parts);
    }

    /** Percent-encodes every byte outside RFC 3986's unreserved set. */
    static String encode(String segment) {
        StringBuilder b = new StringBuilder();
        for (byte x : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (x & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                b.append(c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit((x >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(x & 0xf, 16)));
            }
        }
        return b.toString();
    }
}
