package lectern.read;

/**
 * A {@code **} or {@code __} that pairs with no other mark, so the reader kept it as text: a slide or the notes
 * show it as typed, and what it was meant to make bold is not bold.
 *
 * @param mark    the marks as typed: {@code **}, {@code __}, {@code ***} or {@code ___}
 * @param context the source around them on their line, for a message to point at
 * @param line    their line in the essay
 */
public record LiteralEmphasis(String mark, String context, int line) {
}
