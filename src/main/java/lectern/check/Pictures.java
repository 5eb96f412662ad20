package lectern.check;

import lectern.plan.AltText;

/** Whether every picture reaches the slide, and whether someone who cannot see it is told what it shows. */
final class Pictures implements RuleGroup {

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
            } else if (picture.alt().isBlank()) {
                found.add(Rule.ALT_TEXT_MISSING, picture.line(), picture.slide(), "picture " + picture.src()
                        + " has no alt text of its own; a screen reader says only \"" + AltText.fromFileName(picture.src())
                        + "\", made from its file name", talk.fromDeck()
                        ? "in PowerPoint, right-click the picture, View Alt Text, and say what it shows"
                        : "say what it shows in the brackets: ![what it shows](" + picture.src() + ")");
            }
        }
    }
}
