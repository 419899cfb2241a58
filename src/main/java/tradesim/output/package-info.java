/**
 * The formats a run is written in (tables as CSV or Parquet, {@code run.json}) and the file I/O
 * that writes them atomically. The records they write live in {@code tradesim.results}; the engine never
 * depends on this package.
 */
package tradesim.output;
