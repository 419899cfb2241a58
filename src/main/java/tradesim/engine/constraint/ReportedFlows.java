package tradesim.engine.constraint;

/**
 * The flows customs would record in one period for one product: each flow's annual value at world
 * prices (USD million) and its quantity (USD million at base prices, so tonnes follow from a unit
 * value), indexed [market][source].
 */
public interface ReportedFlows {

    double value(int market, int source);

    double quantity(int market, int source);
}
