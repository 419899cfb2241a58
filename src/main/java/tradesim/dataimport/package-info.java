/**
 * Importing standard bilateral HS6 trade data into a dataset folder ({@code tradesim data import}):
 * streaming readers for CEPII's BACI and UN Comtrade files, the groups file that says which countries
 * stay apart and which HS prefixes make a product, the HS-level tariff table, the aggregation to
 * products and countries (everything else becomes {@code ROW}) with import-weighted tariffs and unit
 * values, and the writer of the dataset files. Big files are read line by line; only the aggregates
 * are held in memory.
 */
package tradesim.dataimport;
