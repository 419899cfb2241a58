/**
 * The classroom page ({@code tradesim serve}): a local HTTP server with a JSON API over the
 * application layer and a plain HTML page. No engine logic lives here: runs go through
 * {@link tradesim.app.RunService}, tables through the same CSV writers as {@code tradesim run},
 * charts through {@link tradesim.chart}.
 */
package tradesim.web;
