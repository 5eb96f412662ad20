/**
 * The deck plan shown before anything is built: as an outline a person reads in the terminal
 * ({@link lectern.outline.OutlineText}), and as JSON for scripts and editors ({@link lectern.outline.OutlineJson},
 * schema in {@code docs/outline.schema.json}).
 */
package lectern.outline;
