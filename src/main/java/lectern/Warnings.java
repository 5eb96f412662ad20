package lectern;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects the warnings of one build, in the order they were found. */
public final class Warnings {
    private final List<Warning> list = new ArrayList<>();

    public void add(Path file, int line, String message) {
        list.add(new Warning(file, line, message));
    }

    public List<Warning> all() {
        return List.copyOf(list);
    }
}
