/**
 * The presenter's script ({@code lectern handout}): each slide's title, clock, claims and picture, then its notes,
 * as Markdown ({@link lectern.handout.HandoutMarkdown}) or as PDF, the same Markdown set by LibreOffice Writer
 * ({@link lectern.handout.HandoutPdf}).
 */
package lectern.handout;
