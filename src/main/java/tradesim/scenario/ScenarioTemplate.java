package tradesim.scenario;

import java.util.regex.Pattern;

/**
 * The commented scenario that {@code tradesim new NAME} writes: a working US–Japan 2018 example
 * with every action kind shown, most of them commented out for the user to switch on.
 *
 * <p>In the source text, example lines carry the marker {@code #~}. {@link #text} turns it into an
 * ordinary comment; {@link #withExamples} removes it, so a test can prove that every example, once
 * uncommented, still loads.
 */
public final class ScenarioTemplate {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final Pattern EXAMPLE = Pattern.compile("(?m)^(\\s*)#~ ");

    private static final String SOURCE = """
            # A tradesim scenario. Lines starting with # are comments: remove the # in front of an
            # example to use it. `tradesim explain` describes every key; `tradesim validate FILE`
            # checks this file without running it.
            name: @NAME@                          # file-safe id: lowercase letters, digits, _ and -
            title: @NAME@
            description: >-
              What this scenario explores, in a sentence or two.
            dataset: us-japan-2017                # data/us-japan-2017 beside this file, in a parent folder,
                                                  # or bundled with tradesim
            horizon: {start: 2018-01, end: 2025-12, step: month}   # step: month | quarter | year

            # Overrides of the dataset's parameters.csv, same keys (substitution, demand, supply,
            # half_life_months); importer and exporter default to '*'.
            #~ parameters:
            #~   - {product: beef, substitution: 4.5}
            #~   - {product: passenger_vehicles, exporter: JPN, supply: inf}

            events:
              - id: talks
                date: 2018-09-26
                label: Talks launched at the UN

              - id: s232
                date: 2019-05-17
                label: Section 232 decision on autos
                outcomes:                         # a branch: probabilities sum to 1
                  - id: exempt
                    probability: 0.7
                  - id: imposed
                    probability: 0.3
                    actions:                      # only on paths where this outcome is taken
                      - tariff: {importer: USA, exporter: JPN, product: [passenger_vehicles, auto_parts]}
                        add: 25                   # percentage points on top of the rate in force

              # An event that happens only on some paths:
              #~ - id: retaliation
              #~   date: 2019-08-01
              #~   label: Japan retaliates
              #~   when: {s232: imposed}
              #~   actions:
              #~     - tariff: {importer: JPN, exporter: USA, product: [beef, pork]}
              #~       set: 50                   # the rate becomes 50%
              #~       until: 2021-01            # from then on the earlier rate returns

              - id: deal
                date: 2020-01-01
                label: Agreement enters into force
                when: {s232: exempt}
                actions:
                  - tariff: {importer: JPN, exporter: USA, product: beef}
                    phase: {to: 9, years: 15}     # equal annual cuts, the first on the event date
                  # Each action below shows one more kind of change:
                  #~ - tariff: {importer: JPN, exporter: USA, product: pork}
                  #~   schedule: [{date: 2020-01-01, rate: 4.3}, {date: 2027-04-01, rate: 2.2}]
                  #~ - tariff: {importer: USA, exporter: '*', product: light_trucks}   # quote the *
                  #~   at_least: 15              # a floor: max(rate in force, 15)
                  #~ - tariff: {importer: JPN, exporter: [AUS, CAN, NZL, MEX], product: corn}
                  #~   set: 0
                  #~ - purchase: {importer: JPN, exporter: USA, product: wheat, value_usd_m: 900, until: 2021-12}
                  #~ - demand_shift: {market: JPN, product: beef, percent: -3}
                  #~ - price_shift: {exporter: JPN, product: '*', percent: 10}   # e.g. a yen move
                  #~   until: 2022-01

            # Uncertain parameters for --draws (normal, lognormal, uniform or triangular):
            #~ uncertainty:
            #~   seed: 20180926
            #~   parameters:
            #~     - {product: beef, substitution: {lognormal: {median: 4.0, sd_log: 0.3}}}
            #~     - {product: passenger_vehicles, supply: {uniform: {min: 2, max: 10}}}
            #~     - {product: pork, importer: JPN, demand: {normal: {mean: -1.0, sd: 0.2}}}
            #~     - {product: '*', half_life_months: {triangular: {min: 3, mode: 6, max: 18}}}

            # Flows the charts and tables should feature:
            #~ headline:
            #~   - {importer: JPN, exporter: USA, product: beef}
            #~   - {importer: USA, exporter: JPN, product: passenger_vehicles}
            #~   - {importer: JPN, exporter: AUS, product: beef}
            """;

    private ScenarioTemplate() {
    }

    /** Whether {@code name} can be a scenario name (and so an output folder name). */
    public static boolean isValidName(String name) {
        return NAME.matcher(name).matches();
    }

    /** The template for a scenario called {@code name}; throws IllegalArgumentException for a bad name. */
    public static String text(String name) {
        return EXAMPLE.matcher(fill(name)).replaceAll("$1# ");
    }

    /** The template with every example switched on. */
    static String withExamples(String name) {
        return EXAMPLE.matcher(fill(name)).replaceAll("$1");
    }

    private static String fill(String name) {
        if (!isValidName(name)) {
            throw new IllegalArgumentException("scenario name must be lowercase letters, digits, '_' or '-', "
                    + "starting with a letter or digit: " + name);
        }
        return SOURCE.replace("@NAME@", name);
    }
}
