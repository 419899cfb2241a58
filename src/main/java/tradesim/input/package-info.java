/**
 * Reading positioned input: CSV tables and YAML nodes that keep their line and column, the list of problems a
 * loader collects in one pass, number text and spelling suggestions. Shared by the scenario and
 * dataset loaders, so every message has the same shape: {@code file:line:col: what (found X, expected Y)}.
 */
package tradesim.input;
