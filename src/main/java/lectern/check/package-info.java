/**
 * {@code lectern check}: looks a talk over before it is given, from its essay (the deck a build would write) or
 * from a deck Lectern built (as it is now, after edits). {@link lectern.check.Talks} makes the
 * {@link lectern.check.Talk}, {@link lectern.check.Check} runs the rules over it (one class per group: slide text,
 * pictures, structure, time), and a {@link lectern.check.Report} of {@link lectern.check.Finding}s is printed by
 * {@link lectern.check.ReportText} or {@link lectern.check.ReportJson} (schema in {@code docs/check.schema.json}).
 * Every finding has a {@link lectern.check.Rule} with a stable code and a {@link lectern.check.Level}.
 */
package lectern.check;
