package lectern.check;

import java.util.Locale;
import java.util.Set;
import lectern.plan.AltText;

/**
 * Whether every picture reaches the slide, whether someone who cannot see it is told what it shows, and whether
 * it has the pixels its frame needs.
 */
final class Pictures implements RuleGroup {
    /** Alt text that names what a picture is, never what it shows: left by a template, an editor or a habit. */
    private static final Set<String> PLACEHOLDERS = Set.of("alt text", "alt", "image", "img", "picture", "pic",
            "screenshot", "screen shot", "figure", "fig", "diagram", "photo", "graph", "chart", "icon", "logo",
            "untitled", "enter image description here");

    @Override
    public void check(Talk talk, Found found) {
        for (Talk.ShownPicture picture : talk.pictures()) {
            if (picture.problem().isPresent()) {
                var problem = picture.problem().get();
                boolean remote = picture.src().matches("(?i)^(https?|ftp|data):.*");
                found.add(problem.missing() ? Rule.PICTURE_MISSING : Rule.PICTURE_UNREADABLE, picture.line(),
                        picture.slide(), problem.message() + "; the slide shows a marked gap instead",
                        remote ? "download the picture, put it beside the essay and refer to the file: ![what it shows](assets/name.jpg)"
                                : problem.missing() ? "put the file where the essay says (paths are looked up beside the essay, then in the folder above it), or correct the path"
                                : "save the picture again as JPEG or PNG, or as a valid SVG, and build again");
                continue;
            }
            if (picture.alt().isBlank()) {
                found.add(Rule.ALT_TEXT_MISSING, picture.line(), picture.slide(), "picture " + picture.src()
                        + " has no alt text of its own; a screen reader says only \"" + AltText.fromFileName(picture.src())
                        + "\", made from its file name", describe(talk, picture));
            } else if (isPlaceholder(picture.alt(), picture.src())) {
                found.add(Rule.ALT_TEXT_PLACEHOLDER, picture.line(), picture.slide(), "picture " + picture.src()
                        + "'s alt text, \"" + picture.alt().strip() + "\", says nothing of what it shows", describe(talk, picture));
            }
            picture.sharpness().filter(pixels -> pixels < 1).ifPresent(pixels -> found.add(Rule.PICTURE_TOO_SMALL,
                    picture.line(), picture.slide(), String.format(Locale.ROOT, "picture %s has %.1f pixels for each point "
                            + "of its frame; a projector shows it blurred", picture.src(), pixels),
                    "use a larger picture: about twice as many pixels across as the slide has points (1920 for a whole slide)"));
        }
    }

    private static String describe(Talk talk, Talk.ShownPicture picture) {
        return talk.fromDeck() ? "in PowerPoint, right-click the picture, View Alt Text, and say what it shows"
                : "say what it shows in the brackets: ![what it shows](" + picture.src() + ")";
    }

    /** Whether alt text is a placeholder: one of the words above, or the picture's own file name. */
    static boolean isPlaceholder(String alt, String src) {
        String said = alt.strip().toLowerCase(Locale.ROOT).replaceAll("[.:!]+$", "");
        String file = src.replaceFirst("[?#].*$", "");
        file = file.substring(file.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return PLACEHOLDERS.contains(said) || said.equals(file) || said.equals(file.replaceFirst("\\.[a-z0-9]+$", ""));
    }
}
