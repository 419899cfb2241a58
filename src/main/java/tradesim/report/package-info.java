/**
 * The HTML pages: {@link tradesim.report.ReportWriter} writes a run's {@code report.html} and
 * {@link tradesim.report.Comparison} writes {@code compare.csv}, {@code compare.html} and
 * {@code compare.png} for several runs. Pages come from template resources under
 * {@code /tradesim/report/}, filled by {@link tradesim.report.HtmlTemplate}, which escapes every
 * value; they are self-contained and open from disk with no network.
 */
package tradesim.report;
