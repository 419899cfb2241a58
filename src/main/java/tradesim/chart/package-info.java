/**
 * Charts of a run, drawn with JFreeChart from the result tables only (never from the engine).
 *
 * <p>Entry points: {@link tradesim.chart.ChartSet#forRun} chooses the charts of a run and
 * {@link tradesim.chart.ChartWriter#write} writes them as 1200×700 PNG (and SVG). Each chart has a
 * builder named after what it draws ({@link tradesim.chart.TimelineChart},
 * {@link tradesim.chart.TariffPathChart}, …). Colours come from {@link tradesim.chart.CountryColours},
 * one per country across every chart; numbers use {@link java.util.Locale#ROOT}.
 */
package tradesim.chart;
