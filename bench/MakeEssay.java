import java.util.Random;

/**
 * Writes an essay of N sections to standard output, for measuring how Lectern scales: each section a heading,
 * a bold claim and two paragraphs of prose; every tenth a picture from the seed essay's assets, every seventh a
 * level-three subsection. The same N gives the same essay.
 * Usage: java bench/MakeEssay.java 1000 > essay.md
 */
public class MakeEssay {
    private static final String[] WORDS = ("judgment execution value room talk scarcity abundance knowledge moat "
            + "leverage baseline hierarchy middle layer taste trust reputation community craft decision work "
            + "market price skill team question answer future change pattern signal noise").split(" ");
    private static final String[] PICTURES = {"upside-down-tower.jpg", "dissolving-center.jpg", "crowbar-field.jpg",
        "castle-moat-dry.jpg", "exponential-recursion.jpg"};

    public static void main(String[] args) {
        int sections = Integer.parseInt(args[0]);
        Random random = new Random(sections);
        StringBuilder out = new StringBuilder("# An essay of " + sections + " sections\n\n");
        for (int i = 1; i <= sections; i++) {
            out.append(i % 7 == 0 ? "### " : "## ").append("Section ").append(i).append(": ").append(words(random, 4)).append("\n\n");
            if (i % 10 == 0) {
                out.append("![").append(words(random, 3)).append("](assets/").append(PICTURES[i / 10 % PICTURES.length]).append(")\n\n");
            }
            out.append("**").append(capital(words(random, 9))).append(".** ").append(sentences(random, 4)).append("\n\n");
            out.append(sentences(random, 5)).append("\n\n");
        }
        System.out.print(out);
    }

    private static String sentences(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(capital(words(random, 8 + random.nextInt(12)))).append('.');
        }
        return text.toString();
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private static String capital(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
