package lectern.pptx;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Choices that change how a plan is written, not what slides it has.
 *
 * @param keepOriginals put pictures into the deck as their files are, however large
 * @param slideNumbers  show each slide's number
 * @param footer        show a footer: {@code footerText}, or the essay's title
 * @param date          show the essay's date in the footer
 * @param author        overrides the front matter's author, as {@code subject} and {@code keywords} do theirs
 * @param template      a PowerPoint template to use instead of Lectern's layouts (and the theme's template)
 * @param allowOutside  folders pictures may come from besides the essay's folder, its {@code assets/}
 *                      and its repository
 */
public record WriteOptions(boolean keepOriginals, boolean slideNumbers, boolean footer, Optional<String> footerText,
                           boolean date, Optional<String> author, Optional<String> subject, List<String> keywords,
                           Optional<Path> template, List<Path> allowOutside) {

    public static final WriteOptions DEFAULTS = new WriteOptions(false, true, true, Optional.empty(), false,
            Optional.empty(), Optional.empty(), List.of(), Optional.empty());

    public WriteOptions {
        keywords = List.copyOf(keywords);
        allowOutside = List.copyOf(allowOutside);
    }

    /** Pictures only from the essay's folder, its {@code assets/} and its repository. */
    public WriteOptions(boolean keepOriginals, boolean slideNumbers, boolean footer, Optional<String> footerText,
                        boolean date, Optional<String> author, Optional<String> subject, List<String> keywords,
                        Optional<Path> template) {
        this(keepOriginals, slideNumbers, footer, footerText, date, author, subject, keywords, template, List.of());
    }

    public WriteOptions withKeepOriginals(boolean keep) {
        return new WriteOptions(keep, slideNumbers, footer, footerText, date, author, subject, keywords, template,
                allowOutside);
    }

    public WriteOptions withTemplate(Path file) {
        return new WriteOptions(keepOriginals, slideNumbers, footer, footerText, date, author, subject, keywords,
                Optional.of(file), allowOutside);
    }

    public WriteOptions withAllowOutside(List<Path> folders) {
        return new WriteOptions(keepOriginals, slideNumbers, footer, footerText, date, author, subject, keywords,
                template, folders);
    }
}
