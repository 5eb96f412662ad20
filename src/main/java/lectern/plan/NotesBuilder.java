package lectern.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lectern.deck.Claim;
import lectern.deck.NoteParagraph;
import lectern.deck.Run;
import lectern.read.Block;
import lectern.read.CodeBlock;
import lectern.read.Div;
import lectern.read.Image;
import lectern.read.ListBlock;
import lectern.read.Paragraph;
import lectern.read.Quote;
import lectern.read.Subheading;
import lectern.read.Table;
import lectern.read.ThematicBreak;

/**
 * Turns a section's blocks into speaker-note paragraphs and, on the way, finds the claims in them,
 * remembering which note paragraph each claim came from so a section split over two slides splits its
 * notes at the same place.
 */
final class NotesBuilder {
    private final List<NoteParagraph> paragraphs = new ArrayList<>();
    private final List<FoundClaim> claims = new ArrayList<>();
    /** Inside a div for the presenter: its bold is not a claim for the room. */
    private int presenterOnly;
    private Nested nested = (block, at) -> false;

    /** Takes what a list item holds that gets a slide of its own (a step's code), standing at notes paragraph {@code at}. */
    @FunctionalInterface
    interface Nested {
        boolean take(Block block, int at);
    }

    /** Code and tables in a list's items go to {@code nested} rather than the notes, unless in a div for the presenter. */
    void takeNested(Nested taker) {
        this.nested = taker;
    }

    record FoundClaim(Claim claim, int paragraph) {
    }

    List<NoteParagraph> paragraphs() {
        return List.copyOf(paragraphs);
    }

    /** The paragraph before {@code at}, when there is one. */
    Optional<NoteParagraph> before(int at) {
        return at > 0 && at <= paragraphs.size() ? Optional.of(paragraphs.get(at - 1)) : Optional.empty();
    }

    /** How many paragraphs the notes have so far. */
    int size() {
        return paragraphs.size();
    }

    List<FoundClaim> claims() {
        return List.copyOf(claims);
    }

    void heading(String text) {
        heading(text, 0);
    }

    private void heading(String text, int depth) {
        paragraphs.add(headingParagraph(text, depth));
    }

    static NoteParagraph headingParagraph(String text) {
        return headingParagraph(text, 0);
    }

    private static NoteParagraph headingParagraph(String text, int depth) {
        return new NoteParagraph(NoteParagraph.Style.HEADING, depth, 0, List.of(new Run(text, true, false, false, "")));
    }

    /** Where a div begins, in the author's words: its kind as its fence names it, and its title. */
    static String label(Div div) {
        String kind = div.kind().isEmpty() ? "" : Character.toUpperCase(div.kind().charAt(0)) + div.kind().substring(1);
        if (div.kind().equals("details")) {
            return div.title().isEmpty() ? kind : div.title();
        }
        return div.title().isEmpty() ? kind : kind + ": " + div.title();
    }

    void blocks(List<Block> blocks, NoteParagraph.Style style, int depth) {
        for (Block block : blocks) {
            block(block, style, depth);
        }
    }

    private void block(Block block, NoteParagraph.Style style, int depth) {
        if (block instanceof Paragraph p) {
            prose(style, depth, 0, p.runs(), p.line(), p.cites());
        } else if (block instanceof Subheading subheading) {
            heading(subheading.text(), depth);
        } else if (block instanceof ListBlock list) {
            int number = list.start();
            for (ListBlock.ListItem item : list.items()) {
                NoteParagraph.Style marker = list.ordered() ? NoteParagraph.Style.NUMBERED : NoteParagraph.Style.BULLET;
                List<Block> rest = item.blocks();
                if (!rest.isEmpty() && rest.get(0) instanceof Paragraph first) {
                    prose(marker, depth, list.ordered() ? number : 0, task(item, first.runs()), first.line(), first.cites());
                    rest = rest.subList(1, rest.size());
                } else {
                    paragraphs.add(new NoteParagraph(marker, depth, list.ordered() ? number : 0, List.of()));
                }
                for (Block inner : rest) {
                    if (presenterOnly > 0 || !nested.take(inner, paragraphs.size())) {
                        block(inner, style, depth + 1);
                    }
                }
                number++;
            }
        } else if (block instanceof Quote quote) {
            blocks(quote.blocks(), NoteParagraph.Style.QUOTE, depth);
        } else if (block instanceof Div div) {
            heading(label(div), depth);
            boolean forThePresenter = Divs.forThePresenter(div);
            presenterOnly += forThePresenter ? 1 : 0;
            blocks(Divs.opensOnItsTitle(div) ? div.blocks().subList(1, div.blocks().size()) : div.blocks(), style, depth);
            presenterOnly -= forThePresenter ? 1 : 0;
        } else if (block instanceof CodeBlock code) {
            String text = code.code().stripTrailing();
            if (!text.isEmpty()) {
                paragraphs.add(new NoteParagraph(NoteParagraph.Style.CODE, depth, 0, List.of(new Run(text, false, false, true, ""))));
            }
        } else if (block instanceof Table table) {
            for (Table.Row row : table.rows()) {
                List<Run> runs = new ArrayList<>();
                for (List<lectern.read.Run> cell : row.cells()) {
                    if (!runs.isEmpty()) {
                        runs.add(Run.plain(" | "));
                    }
                    cell.forEach(run -> runs.add(row.header()
                            ? new Run(run.text(), true, run.italic(), run.code(), run.link()) : Runs.of(run)));
                }
                paragraphs.add(new NoteParagraph(style, depth, 0, runs));
            }
        } else if (block instanceof Image image && !image.caption().isBlank()) {
            // The picture goes on a slide; until a slide shows its caption too, the notes hold the author's words.
            paragraphs.add(new NoteParagraph(style, depth, 0, List.of(Run.plain(image.caption().strip()))));
        } else if (block instanceof Image || block instanceof ThematicBreak) {
            // Pictures go on slides; a thematic break carries no words.
        }
    }

    private void prose(NoteParagraph.Style style, int depth, int number, List<lectern.read.Run> runs, int line,
                       List<String> cites) {
        int index = paragraphs.size();
        paragraphs.add(new NoteParagraph(style, depth, number, Runs.of(runs), cites));
        if (presenterOnly == 0) {
            for (Claim claim : ClaimFinder.find(MathText.readable(runs), line)) {
                claims.add(new FoundClaim(claim, index));
            }
        }
    }

    /** A task of a task list, with its box as the author ticked it or not. */
    private static List<lectern.read.Run> task(ListBlock.ListItem item, List<lectern.read.Run> runs) {
        if (item.task() == ListBlock.Task.NONE) {
            return runs;
        }
        List<lectern.read.Run> marked = new ArrayList<>();
        marked.add(lectern.read.Run.plain(item.task() == ListBlock.Task.DONE ? "\u2611 " : "\u2610 "));
        marked.addAll(runs);
        return marked;
    }
}
