package lectern.plan;

import java.util.ArrayList;
import java.util.List;
import lectern.deck.Claim;
import lectern.deck.NoteParagraph;
import lectern.deck.Run;
import lectern.read.Block;
import lectern.read.CodeBlock;
import lectern.read.Image;
import lectern.read.ListBlock;
import lectern.read.Paragraph;
import lectern.read.Quote;
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

    record FoundClaim(Claim claim, int paragraph) {
    }

    List<NoteParagraph> paragraphs() {
        return List.copyOf(paragraphs);
    }

    List<FoundClaim> claims() {
        return List.copyOf(claims);
    }

    void heading(String text) {
        paragraphs.add(new NoteParagraph(NoteParagraph.Style.HEADING, 0, 0, List.of(new Run(text, true, false, false, ""))));
    }

    void blocks(List<Block> blocks, NoteParagraph.Style style, int depth) {
        for (Block block : blocks) {
            block(block, style, depth);
        }
    }

    private void block(Block block, NoteParagraph.Style style, int depth) {
        if (block instanceof Paragraph p) {
            prose(style, depth, 0, p.runs(), p.line(), p.cites());
        } else if (block instanceof ListBlock list) {
            int number = list.start();
            for (ListBlock.ListItem item : list.items()) {
                NoteParagraph.Style marker = list.ordered() ? NoteParagraph.Style.NUMBERED : NoteParagraph.Style.BULLET;
                List<Block> rest = item.blocks();
                if (!rest.isEmpty() && rest.get(0) instanceof Paragraph first) {
                    prose(marker, depth, list.ordered() ? number : 0, first.runs(), first.line(), first.cites());
                    rest = rest.subList(1, rest.size());
                } else {
                    paragraphs.add(new NoteParagraph(marker, depth, list.ordered() ? number : 0, List.of()));
                }
                blocks(rest, style, depth + 1);
                number++;
            }
        } else if (block instanceof Quote quote) {
            blocks(quote.blocks(), NoteParagraph.Style.QUOTE, depth);
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
        } else if (block instanceof Image || block instanceof ThematicBreak) {
            // Pictures go on slides; a thematic break carries no words.
        }
    }

    private void prose(NoteParagraph.Style style, int depth, int number, List<lectern.read.Run> runs, int line,
                       List<String> cites) {
        int index = paragraphs.size();
        paragraphs.add(new NoteParagraph(style, depth, number, Runs.of(runs), cites));
        for (Claim claim : ClaimFinder.find(runs, line)) {
            claims.add(new FoundClaim(claim, index));
        }
    }
}
