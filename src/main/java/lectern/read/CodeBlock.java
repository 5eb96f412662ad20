package lectern.read;

/** A fenced or indented code block; {@code info} is the fence's language tag, possibly empty. */
public record CodeBlock(String info, String code, int line) implements Block {
}
