package lectern.pptx.design;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import lectern.LecternException;
import lectern.layout.Fonts;
import lectern.pptx.xml.Placeholders;
import lectern.theme.Theme;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * Looks a template over before anyone builds with it: its masters, layouts and their placeholders, which
 * layout each kind of slide would use and why, and what would break a build or make PowerPoint offer to
 * repair the deck.
 */
public final class TemplateDoctor {
    private TemplateDoctor() {
    }

    /** What the doctor found, as lines for the user; {@code usable} is false when a build would fail. */
    public record Report(List<String> lines, List<Finding> findings, boolean usable) {
    }

    /** One finding: {@code level} is error, warning or hint. */
    public record Finding(String level, String message) {
    }

    public static Report examine(Path file, Theme theme) {
        List<String> lines = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        byte[] bytes = TemplateDesign.read(file);
        int ownSlides;
        try (XMLSlideShow original = new XMLSlideShow(new java.io.ByteArrayInputStream(bytes))) {
            ownSlides = original.getSlides().size();
        } catch (IOException | RuntimeException e) {
            throw new LecternException(file, 0, "is not a PowerPoint template or deck (.pptx or .potx): "
                    + (e.getMessage() == null ? "unreadable" : e.getMessage().lines().findFirst().orElse("")));
        }
        try (XMLSlideShow show = TemplateDesign.open(file, bytes)) {
            describe(show, ownSlides, lines, findings);
            layouts(show, lines, findings);
            fonts(show, theme, findings);
            kinds(file, theme, lines, findings);
        } catch (IOException e) {
            throw new LecternException(file, 0, "cannot read the template: " + e.getMessage(), e);
        }
        boolean usable = findings.stream().noneMatch(f -> f.level().equals("error"));
        return new Report(lines, findings, usable);
    }

    private static void describe(XMLSlideShow show, int ownSlides, List<String> lines, List<Finding> findings) {
        Dimension page = show.getPageSize();
        double ratio = page.getWidth() / page.getHeight();
        String shape = Math.abs(ratio - 16.0 / 9) < 0.01 ? "16:9" : Math.abs(ratio - 4.0 / 3) < 0.01 ? "4:3"
                : String.format(Locale.ROOT, "%.2f:1", ratio);
        lines.add(String.format(Locale.ROOT, "slides %s, %.2f \u00D7 %.2f in; %d master%s; %d slide%s of its own",
                shape, page.getWidth() / 72, page.getHeight() / 72, show.getSlideMasters().size(),
                show.getSlideMasters().size() == 1 ? "" : "s", ownSlides, ownSlides == 1 ? "" : "s"));
        if (!shape.equals("16:9")) {
            findings.add(new Finding("hint", shape + " slides: text is measured in the template's boxes, and the "
                    + "smallest sizes Lectern allows shrink with the slide's width"));
        }
        if (ownSlides > 0) {
            findings.add(new Finding("hint", "the template's own " + ownSlides + " slide" + (ownSlides == 1 ? " is" : "s are")
                    + " not copied into decks"));
        }
        if (show.getSlideMasters().size() > 1) {
            findings.add(new Finding("hint", "only the first master's layouts are used"));
        }
    }

    private static void layouts(XMLSlideShow show, List<String> lines, List<Finding> findings) {
        Dimension page = show.getPageSize();
        for (XSLFSlideMaster master : show.getSlideMasters()) {
            lines.add("master with theme \"" + master.getTheme().getName() + "\" (fonts " + master.getTheme().getMajorFont()
                    + " / " + master.getTheme().getMinorFont() + "):");
            Set<String> names = new HashSet<>();
            for (XSLFSlideLayout layout : master.getSlideLayouts()) {
                List<String> placeholders = new ArrayList<>();
                Set<String> slots = new HashSet<>();
                for (XSLFShape shape : layout.getShapes()) {
                    if (shape instanceof XSLFTextShape text && text.getPlaceholderDetails() != null
                            && text.getPlaceholderDetails().getPlaceholder() != null) {
                        String slot = text.getPlaceholderDetails().getPlaceholder().name().toLowerCase(Locale.ROOT)
                                + " " + Placeholders.idx(shape);
                        placeholders.add(slot.replace(" 0", ""));
                        if (!slots.add(slot)) {
                            findings.add(new Finding("warning", "layout \"" + layout.getName() + "\" has two "
                                    + slot + " placeholders; PowerPoint may offer to repair decks that use it"));
                        }
                        Rectangle2D anchor = text.getAnchor();
                        if (anchor.getMaxX() > page.getWidth() + 1 || anchor.getMaxY() > page.getHeight() + 1
                                || anchor.getX() < -1 || anchor.getY() < -1) {
                            findings.add(new Finding("warning", "layout \"" + layout.getName() + "\": its " + slot
                                    + " placeholder reaches off the slide"));
                        }
                    }
                }
                lines.add("  \"" + layout.getName() + "\": " + (placeholders.isEmpty() ? "no placeholders" : String.join(", ", placeholders)));
                if (!names.add(layout.getName().strip().toLowerCase(Locale.ROOT))) {
                    findings.add(new Finding("warning", "two layouts are named \"" + layout.getName()
                            + "\"; Lectern uses the first, and PowerPoint's Layout menu shows both"));
                }
            }
        }
    }

    private static void fonts(XMLSlideShow show, Theme theme, List<Finding> findings) {
        var fontTheme = show.getSlideMasters().get(0).getTheme();
        for (String family : List.of(fontTheme.getMajorFont(), fontTheme.getMinorFont())) {
            if (family != null && Fonts.standIn(family).isEmpty()) {
                findings.add(new Finding("warning", "font '" + family + "' is not installed here and Lectern knows no "
                        + "look-alike; text is measured with " + Fonts.firstInstalled(theme.fonts().body())
                        + ", so lines may break a little differently in PowerPoint"));
            }
        }
    }

    private static void kinds(Path file, Theme theme, List<String> lines, List<Finding> findings) {
        TemplateDesign design;
        try {
            design = TemplateDesign.load(file, theme);
        } catch (LecternException e) {
            findings.add(new Finding("error", e.getMessage()));
            return;
        }
        design.leftOut().forEach(left -> findings.add(new Finding("warning", left.message())));
        lines.add("slide kinds:");
        design.layoutChoices().forEach(line -> lines.add("  " + line));
        if (!design.titlePictureOnTitleSlide()) {
            findings.add(new Finding("hint", "the title layout has no picture placeholder: an essay's title picture "
                    + "gets a slide of its own after the title"));
        }
        double readable = theme.sizes().claimMin() * design.geometry().width() / lectern.layout.Region.SLIDE_WIDTH;
        design.geometry().kinds().claims().body().filter(box -> box.size() < readable).ifPresent(box ->
                findings.add(new Finding("warning", String.format(Locale.ROOT,
                        "claims would be set at %.0f pt, below the %.0f pt a room reads comfortably on slides this wide",
                        box.size(), readable))));
    }
}
