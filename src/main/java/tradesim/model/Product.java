package tradesim.model;

import java.util.List;
import java.util.Objects;

/** A product of the dataset: id used in files, display name, HS codes it covers, and a note. */
public record Product(String id, String name, List<String> hsCodes, String note) {
    public Product {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(note, "note");
        hsCodes = List.copyOf(hsCodes);
    }
}
