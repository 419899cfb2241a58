package tradesim.wording;

import tradesim.model.FlowKey;

/**
 * How countries, products and flows are called in words. Plain text uses the codes of the scenario
 * file ({@link #codes()}); the report uses the dataset's own names.
 */
public interface Names {

    String country(String code);

    String product(String id);

    /** One flow, exporter to importer. */
    String flow(FlowKey flow);

    /** The codes as a scenario file writes them; a flow reads {@code EXPORTER→IMPORTER product}. */
    static Names codes() {
        return new Names() {
            @Override
            public String country(String code) {
                return code;
            }

            @Override
            public String product(String id) {
                return id;
            }

            @Override
            public String flow(FlowKey flow) {
                return flow.exporter() + "→" + flow.importer() + " " + flow.product();
            }
        };
    }
}
