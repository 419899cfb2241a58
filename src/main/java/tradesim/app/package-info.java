/**
 * The application layer: what a user can ask of tradesim, as services any front door can call (the
 * command line today, a web page later). Loading a scenario from a file or from text, running it
 * (one path, or Monte Carlo draws), the expected outcome over all paths, a comparison, a
 * sensitivity table, and writing a command's output folder. Nothing here knows of a terminal or
 * of picocli: progress goes to a callback, failures are exceptions a front door maps to its own
 * messages and codes.
 */
package tradesim.app;
