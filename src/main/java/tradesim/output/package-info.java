/**
 * The formats a run is written in (CSV tables, {@code run.json}) and the file I/O that writes
 * them atomically. The records they write live in {@code tradesim.results}; the engine never
 * depends on this package.
 */
package tradesim.output;
