package lectern.read;

/** A {@code ---} between blocks. It carries no words, but it tells which heading a lone image belongs to. */
public record ThematicBreak(int line) implements Block {
}
