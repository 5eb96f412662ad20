package lectern.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lectern.deck.NoteParagraph;
import lectern.deck.SpeakerNotes;
import lectern.read.Div;
import lectern.read.Metadata;

/**
 * How many minutes the room gets for each exercise. An exercise that says its time in its title ("Plot Scaling
 * (10 min)") gets that. The others share what the front matter's {@code exercises:} leaves, in proportion to how
 * much there is to read and do in each (the words of its task and solutions, code included), each at least a
 * minute. Without {@code exercises:} (or with 0) each gets {@value #DEFAULT} minutes. An exercise in parts shares
 * its time among them the same way.
 */
final class Timeboxes {
    static final int DEFAULT = 5;
    private static final Pattern OWN = Pattern.compile("(?i)\\b(\\d{1,3})\\s*(?:min|mins|minutes)\\b");

    private Timeboxes() {
    }

    /** For each exercise, in order, each of its task parts' minutes. */
    static List<List<Integer>> of(List<Div> exercises, Optional<Metadata.LessonTime> lesson) {
        List<Optional<Integer>> own = exercises.stream().map(Timeboxes::own).toList();
        int stated = own.stream().flatMap(Optional::stream).mapToInt(Integer::intValue).sum();
        int pool = lesson.map(Metadata.LessonTime::exercises).orElse(0) - stated;
        List<Integer> unstated = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        for (int i = 0; i < exercises.size(); i++) {
            if (own.get(i).isEmpty()) {
                unstated.add(i);
                weights.add(words(exercises.get(i).blocks()));
            }
        }
        boolean shared = lesson.map(Metadata.LessonTime::exercises).orElse(0) > 0 && pool > 0;
        List<Integer> shares = shared ? share(pool, weights) : weights.stream().map(w -> DEFAULT).toList();
        List<List<Integer>> minutes = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < exercises.size(); i++) {
            int total = own.get(i).isPresent() ? own.get(i).get() : shares.get(next++);
            List<Integer> partWeights = Exercises.parts(exercises.get(i)).stream().filter(p -> !p.solution())
                    .map(p -> words(p.blocks())).toList();
            minutes.add(share(total, partWeights));
        }
        return minutes;
    }

    /** The minutes an exercise's title gives it. */
    static Optional<Integer> own(Div exercise) {
        Matcher stated = OWN.matcher(exercise.title());
        return stated.find() ? Optional.of(Integer.parseInt(stated.group(1))).filter(m -> m > 0) : Optional.empty();
    }

    /**
     * {@code total} minutes in proportion to the weights, in whole minutes that add up to it (the largest
     * remainders rounded up), each at least one while there are minutes to give.
     */
    static List<Integer> share(int total, List<Integer> weights) {
        int n = weights.size();
        if (n == 0) {
            return List.of();
        }
        int[] given = new int[n];
        int left = total;
        for (int i = 0; i < n && left > 0; i++) {
            given[i] = 1;
            left--;
        }
        long sum = weights.stream().mapToLong(w -> Math.max(1, w)).sum();
        double[] remainder = new double[n];
        int handed = 0;
        for (int i = 0; i < n; i++) {
            double exact = left * (double) Math.max(1, weights.get(i)) / sum;
            given[i] += (int) Math.floor(exact);
            handed += (int) Math.floor(exact);
            remainder[i] = exact - Math.floor(exact);
        }
        for (int r = 0; r < left - handed; r++) {
            int best = 0;
            for (int i = 1; i < n; i++) {
                if (remainder[i] > remainder[best]) {
                    best = i;
                }
            }
            given[best]++;
            remainder[best] = -1;
        }
        List<Integer> out = new ArrayList<>();
        for (int g : given) {
            out.add(g);
        }
        return out;
    }

    private static int words(List<lectern.read.Block> blocks) {
        NotesBuilder notes = new NotesBuilder();
        notes.blocks(blocks, NoteParagraph.Style.PROSE, 0);
        return new SpeakerNotes(notes.paragraphs()).words();
    }
}
