/**
 * What actions and numbers are called in words, in one place for every reader: {@code explain} and
 * the report both tell an action with {@link tradesim.wording.ActionWords}, so a teacher reads the
 * same sentence in the terminal and in the report. Depends on {@code tradesim.model} only, so the
 * report may use it without reaching the engine.
 */
package tradesim.wording;
