package lectern;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SnakeYAML's messages, in the words of someone writing front matter or a theme. Lectern reads YAML with the
 * safe constructor, which refuses tags that name Java classes; the refusal should say that, not name Java.
 */
public final class YamlProblem {
    private static final Pattern GLOBAL_TAG = Pattern.compile("Global tag is not allowed: tag:yaml\\.org,2002:(\\S+)");
    private static final Pattern UNKNOWN_TAG = Pattern.compile("could not determine a constructor for the tag (\\S+)");

    private YamlProblem() {
    }

    public static String words(String problem) {
        if (problem == null) {
            return "unreadable";
        }
        Matcher global = GLOBAL_TAG.matcher(problem);
        if (global.find()) {
            return "the tag !!" + global.group(1) + " is not allowed; write plain text, numbers, dates and lists";
        }
        Matcher unknown = UNKNOWN_TAG.matcher(problem);
        if (unknown.find()) {
            return "the tag " + unknown.group(1) + " is not allowed; write plain text, numbers, dates and lists";
        }
        return problem.lines().findFirst().orElse(problem);
    }
}
