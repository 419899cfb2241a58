/**
 * Dataset folders (docs/model.md, The dataset): finding one ({@link tradesim.dataset.DatasetLocator}),
 * loading and validating it ({@link tradesim.dataset.DatasetLoader}), and summarising it for
 * {@code tradesim data} ({@link tradesim.dataset.DatasetSummary}). CSV files are read by a small
 * RFC 4180 reader that keeps every cell's line and column for messages.
 */
package tradesim.dataset;
