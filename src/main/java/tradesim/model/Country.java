package tradesim.model;

import java.util.Objects;

/** A country or region code (ISO-3 style, or ROW/EU) and its display name. */
public record Country(String code, String name) {
    public Country {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
