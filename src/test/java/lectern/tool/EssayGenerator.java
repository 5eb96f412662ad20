package lectern.tool;

import java.util.List;
import java.util.Random;

/**
 * Random Markdown essays: headings of any level (skipped, empty, very long), paragraphs with bold, italic, code
 * and links nested every way, lists and block quotes nested inside each other, tables, fenced and indented code,
 * pictures that exist, are missing or are remote, raw HTML, footnotes, and text in odd Unicode. The same seed
 * gives the same essay, so a failure can be replayed.
 */
final class EssayGenerator {
    /** Words from many scripts, with combining marks, joiners, right-to-left text and astral characters. */
    private static final List<String> WORDS = List.of("claim", "judgment", "execution", "value", "room", "talk",
            "the", "a", "of", "and", "is", "why", "naïve", "café", "Straße", "ÆØÅ", "日本語", "中文", "한국어", "עברית",
            "العربية", "Ελληνικά", "кириллица", "हिन्दी", "ไทย", "e\u0301", "👩\u200D💻", "🎉", "𝔘𝔫𝔦", "x\u200By", "a\u00ADb",
            "\u202Eevil", "co-op", "don't", "U.S.", "3.14", "1,000", "C++", "<br>", "&amp;", "&", "*", "_", "`", "\\", "#",
            "|", "[", "]", "~", "$", "%", "@", "!", "\t", "\u00A0", "\uFEFF");

    private final Random random;
    private final StringBuilder out = new StringBuilder();

    private EssayGenerator(long seed) {
        this.random = new Random(seed);
    }

    static String essay(long seed) {
        return new EssayGenerator(seed).build();
    }

    private String build() {
        if (chance(0.2)) {
            out.append("---\ntitle: ").append(words(1, 5).replace(":", "")).append("\nauthor: ").append(words(1, 2).replace(":", ""))
                    .append("\n---\n\n");
        }
        if (chance(0.85)) {
            out.append("# ").append(inline(1, 8, 1)).append("\n\n");
        }
        int blocks = 1 + random.nextInt(30);
        for (int i = 0; i < blocks; i++) {
            block(0);
        }
        if (chance(0.2)) {
            out.append("[^1]: ").append(inline(2, 12, 1)).append("\n");
        }
        return out.toString();
    }

    private void block(int depth) {
        int pick = random.nextInt(depth > 2 ? 6 : 14);
        switch (pick) {
            case 0, 1, 2 -> paragraph();
            case 3 -> list(depth, "");
            case 4 -> quote(depth);
            case 5 -> out.append(chance(0.5) ? "---\n\n" : "***\n\n");
            case 6, 7, 8 -> heading();
            case 9 -> table();
            case 10 -> code();
            case 11 -> picture();
            case 12 -> html();
            default -> paragraph();
        }
    }

    private void heading() {
        int level = 1 + random.nextInt(6);
        String text = chance(0.05) ? "" : chance(0.05) ? inline(60, 120, 1) : inline(1, 8, 1);
        out.append("#".repeat(level)).append(' ').append(text).append(chance(0.1) ? " ##" : "").append("\n\n");
    }

    private void paragraph() {
        int sentences = 1 + random.nextInt(5);
        for (int i = 0; i < sentences; i++) {
            out.append(inline(2, 18, 2)).append(chance(0.2) ? "?" : ".").append(chance(0.1) ? "\n" : " ");
        }
        if (chance(0.1)) {
            out.append("[^1]");
        }
        out.append("\n\n");
    }

    private void list(int depth, String indent) {
        boolean ordered = chance(0.4);
        int items = 1 + random.nextInt(4);
        for (int i = 0; i < items; i++) {
            String marker = ordered ? (i + 1) + ". " : random.nextBoolean() ? "- " : "* ";
            out.append(indent).append(marker).append(inline(1, 12, 2)).append('\n');
            if (depth < 4 && chance(0.25)) {
                list(depth + 1, indent + " ".repeat(marker.length()));
            }
        }
        out.append('\n');
    }

    private void quote(int depth) {
        String prefix = "> ".repeat(1 + (chance(0.2) ? random.nextInt(4) : 0));
        out.append(prefix).append(inline(2, 30, 2)).append('\n');
        if (chance(0.3)) {
            out.append(prefix).append('\n').append(prefix).append("— ").append(words(1, 3)).append('\n');
        }
        out.append('\n');
    }

    private void table() {
        int columns = 1 + random.nextInt(5);
        int rows = random.nextInt(12);
        row(columns);
        out.append('|');
        for (int c = 0; c < columns; c++) {
            out.append(List.of("---", ":---", "---:", ":---:").get(random.nextInt(4))).append('|');
        }
        out.append('\n');
        for (int r = 0; r < rows; r++) {
            row(chance(0.1) ? columns + 1 : columns);
        }
        out.append('\n');
    }

    private void row(int columns) {
        out.append('|');
        for (int c = 0; c < columns; c++) {
            out.append(' ').append(inline(0, 4, 1).replace("|", "\\|")).append(" |");
        }
        out.append('\n');
    }

    private void code() {
        if (chance(0.3)) {
            out.append("    ").append(words(1, 6)).append("\n    ").append(words(1, 6)).append("\n\n");
            return;
        }
        String fence = chance(0.5) ? "```" : "~~~";
        out.append(fence).append(chance(0.5) ? "java" : "").append('\n');
        int lines = random.nextInt(chance(0.1) ? 60 : 8);
        for (int i = 0; i < lines; i++) {
            out.append("  ".repeat(random.nextInt(3))).append(words(0, 10)).append('\n');
        }
        out.append(chance(0.95) ? fence + "\n\n" : "\n");
    }

    private void picture() {
        String src = List.of("assets/ok.png", "assets/ok.jpg", "assets/missing.png", "https://example.com/x.png",
                "assets/broken.png", "assets/ok.png#focus=10,90", "../outside.png", "data:image/png;base64,AAAA",
                "assets/ok.svg").get(random.nextInt(9));
        String alt = chance(0.3) ? "" : words(1, 6);
        out.append("![").append(alt.replace("]", "")).append("](").append(src).append(chance(0.2) ? " \"" + words(1, 3) + "\"" : "")
                .append(")\n\n");
    }

    private void html() {
        out.append(List.of("<div>" + words(1, 6) + "</div>", "<!-- " + words(1, 4) + " -->",
                "<details><summary>" + words(1, 3) + "</summary>\n\n" + words(2, 8) + "\n\n</details>",
                "<img src=\"assets/ok.png\">", "<script>alert(1)</script>").get(random.nextInt(5))).append("\n\n");
    }

    /** A run of words with emphasis, code and links that may nest inside each other. */
    private String inline(int min, int max, int depth) {
        int count = min + random.nextInt(Math.max(1, max - min + 1));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            String word = WORDS.get(random.nextInt(WORDS.size()));
            if (depth > 0 && chance(0.12)) {
                String inner = inline(1, 5, depth - 1);
                word = switch (random.nextInt(6)) {
                    case 0, 1 -> "**" + inner + "**";
                    case 2 -> "*" + inner + "*";
                    case 3 -> "`" + inner.replace("`", "") + "`";
                    case 4 -> "[" + inner.replace("]", "") + "](https://example.com/" + random.nextInt(100) + ")";
                    default -> "__" + inner + "__";
                };
            }
            text.append(word);
        }
        return text.toString();
    }

    private String words(int min, int max) {
        return inline(min, max, 0);
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }
}
