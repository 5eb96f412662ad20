package lectern.read;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An essay as the author wrote it, and nothing decided about slides yet.
 *
 * @param source      the Markdown file
 * @param title       the H1 (or front matter {@code title}, or a title made from the file name)
 * @param titleLine   line of the H1, 0 when the title did not come from one
 * @param subtitle    the emphasised paragraph right under the H1, or front matter {@code subtitle}
 * @param frontMatter the YAML front matter, empty when there is none
 * @param metadata    author, subject, keywords and date from the front matter
 * @param beforeTitle blocks that stand before the H1 (typically a title picture)
 * @param opening     blocks between the H1 and the first section heading
 * @param sections    every heading below the title, in order, flat: levels say how they nest
 * @param footnotes   the footnotes' texts, in the order of their numbers
 * @param setApart    the headings the author set inside a div, alert, {@code <details>}, list or quotation, which
 *                    start no slide
 * @param literalEmphasis the {@code **} and {@code __} that pair with no other mark, shown as typed
 * @param lastChanged when the essay last changed: {@code SOURCE_DATE_EPOCH} when set (so builds repeat), else
 *                    the file's modification time; empty for an essay parsed from memory
 */
public record Essay(Path source, String title, int titleLine, Optional<String> subtitle,
                   Map<String, Object> frontMatter, Metadata metadata, List<Block> beforeTitle, List<Block> opening,
                   List<Section> sections, List<Footnote> footnotes, List<Subheading> setApart,
                   List<LiteralEmphasis> literalEmphasis, Optional<Instant> lastChanged) {

    public Essay {
        frontMatter = Map.copyOf(frontMatter);
        beforeTitle = List.copyOf(beforeTitle);
        opening = List.copyOf(opening);
        sections = List.copyOf(sections);
        footnotes = List.copyOf(footnotes);
        setApart = List.copyOf(setApart);
        literalEmphasis = List.copyOf(literalEmphasis);
    }

    public Essay withLastChanged(Instant changed) {
        return new Essay(source, title, titleLine, subtitle, frontMatter, metadata, beforeTitle, opening, sections,
                footnotes, setApart, literalEmphasis, Optional.of(changed));
    }
}
