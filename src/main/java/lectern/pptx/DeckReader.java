package lectern.pptx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lectern.LecternException;
import lectern.deck.AgendaSlide;
import lectern.deck.Claim;
import lectern.deck.ClaimsSlide;
import lectern.deck.ClaimsWithPictureSlide;
import lectern.deck.ClosingSlide;
import lectern.deck.CodeSlide;
import lectern.deck.DiagramSlide;
import lectern.deck.DiscussionSlide;
import lectern.deck.Figure;
import lectern.deck.Picture;
import lectern.deck.PictureSlide;
import lectern.deck.SectionSlide;
import lectern.deck.Slide;
import lectern.deck.SpeakerNotes;
import lectern.deck.StatementSlide;
import lectern.deck.TableSlide;
import lectern.deck.TitleSlide;
import lectern.pptx.design.LayoutNames;
import lectern.pptx.rebuild.DeckFile;
import lectern.pptx.xml.Placeholders;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * Reads a deck Lectern built back as it is now, after whatever a person did to it in PowerPoint: each slide as
 * a planned {@link Slide} (its kind told by its layout, its text from the placeholders Lectern filled, its
 * notes without Lectern's cue lines), whether it is hidden, and its pictures with their alt text.
 */
public final class DeckReader {
    private static final Pattern AGENDA = Pattern.compile("Agenda( \\(continued\\))?( \\d+)?");
    private static final Pattern DISCUSSION = Pattern.compile("Discussion( \\d+)?|.* \\(discussion\\)( \\d+)?");

    private DeckReader() {
    }

    /**
     * A deck as read back.
     *
     * @param essay the file name of the essay it was built from, as the deck records it (older decks do not)
     */
    public record Deck(Optional<String> essay, List<DeckSlide> slides, Access access) {
        public Deck {
            slides = List.copyOf(slides);
        }
    }

    /**
     * What a screen reader and the Accessibility Checker meet in the deck besides its words.
     *
     * @param colours         the theme's text colours on what they stand on
     * @param readBeforeTitle slides on which a shape is read before the title
     * @param mislabelled     slides with text marked as a language it is not written in
     */
    public record Access(List<ColourPair> colours, List<Slip> readBeforeTitle, List<Slip> mislabelled) {
        public Access {
            colours = List.copyOf(colours);
            readBeforeTitle = List.copyOf(readBeforeTitle);
            mislabelled = List.copyOf(mislabelled);
        }
    }

    /** A theme's text colour on its background, named by where the pair is used. */
    public record ColourPair(String what, lectern.theme.Rgb text, lectern.theme.Rgb on) {
    }

    /** What was found on one slide. */
    public record Slip(int slide, String what) {
    }

    /**
     * One slide as it is now.
     *
     * @param slide    what it shows, as a plan would say it; its line is 0, a deck knows no essay lines
     * @param name     the name Lectern gave it (see {@link lectern.deck.SlideNames}), or "slide N" for one added by hand
     * @param pictures every picture on it, and every gap Lectern left for a picture it could not use
     */
    public record DeckSlide(Slide slide, String name, boolean hidden, List<DeckPicture> pictures) {
        public DeckSlide {
            pictures = List.copyOf(pictures);
        }
    }

    /**
     * A picture on a slide.
     *
     * @param file    its file name as the deck records it, or the shape's name for a picture added by hand
     * @param alt     its alt text (PowerPoint's View Alt Text), blank when it has none
     * @param problem for a gap Lectern left instead of the picture, why
     */
    public record DeckPicture(String file, String alt, Optional<String> problem) {
    }

    /** Reads the deck; a file that is not a deck, or a deck Lectern did not build, is a one-line problem. */
    public static Deck read(Path file) {
        try (XMLSlideShow show = open(file)) {
            if (!DeckFile.builtByLectern(show)) {
                throw new LecternException(file, 0, "was not built by Lectern (it has no Lectern fingerprint); "
                        + "lectern check reads decks Lectern built, and essays");
            }
            List<DeckSlide> slides = slides(show);
            var essay = show.getProperties().getCustomProperties().getProperty(DocumentProperties.ESSAY);
            return new Deck(essay != null && essay.isSetLpwstr() ? Optional.of(essay.getLpwstr()) : Optional.empty(),
                    slides, AccessReader.read(show));
        } catch (IOException e) {
            throw new LecternException(file, 0, "cannot read the deck: " + e.getMessage(), e);
        }
    }

    /** A deck opened for reading only (closing it writes nothing), held to PackageLimits' limits for decks. */
    public static XMLSlideShow open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new LecternException(file, 0, "no such file");
        }
        try {
            if (FileMagic.valueOf(file.toFile()) != FileMagic.OOXML) {
                throw new LecternException(file, 0, "is not a PowerPoint deck (.pptx)");
            }
            return DeckFile.read(file);
        } catch (IOException | POIXMLException | IllegalArgumentException e) {
            throw new LecternException(file, 0, "cannot read the deck: " + e.getMessage(), e);
        }
    }

    /** Reads the slides in order; an agenda's numbering runs on from one slide to the next, as it was written. */
    private static List<DeckSlide> slides(XMLSlideShow show) {
        List<DeckSlide> slides = new ArrayList<>();
        int agendaItems = 0;
        String talk = null;
        String previous = "";
        for (XSLFSlide slide : show.getSlides()) {
            DeckSlide read = slide(slide, agendaItems + 1, talk, previous);
            talk = talk == null ? read.slide().title() : talk;
            previous = read.slide().title();
            if (read.slide() instanceof AgendaSlide agenda) {
                agendaItems += agenda.sections().size();
            }
            slides.add(read);
        }
        return slides;
    }

    /**
     * @param talk     the title slide's title, which a closing repeats when the talk does not end on a claim
     * @param previous the title of the slide before, which a continued slide repeats
     */
    private static DeckSlide slide(XSLFSlide slide, int nextAgendaNumber, String talk, String previous) {
        String name = DeckFile.nameOf(slide);
        Optional<XSLFTextShape> titleShape = Placeholders.find(slide, Placeholder.TITLE, Placeholder.CENTERED_TITLE);
        Optional<XSLFTextShape> bodyShape = Placeholders.find(slide, Placeholder.BODY, Placeholder.CONTENT,
                Placeholder.SUBTITLE);
        List<List<Claim.Span>> title = titleShape.map(SlideShapes::paragraphs).orElse(List.of());
        List<List<Claim.Span>> body = bodyShape.map(SlideShapes::paragraphs).orElse(List.of());
        List<DeckPicture> pictures = SlideShapes.pictures(slide);
        Optional<Picture> picture = pictures.stream().findFirst()
                .map(p -> new Picture(p.file(), p.alt(), 0, Picture.Focus.CENTRE));
        String heading = text(title);
        SpeakerNotes notes = SlideShapes.notes(slide);
        // A slide goes on with the one before when it says so and the one before has its heading: a slide about the
        // whole talk is "(continued)" after the agenda only to keep its title apart from the title slide's.
        boolean continues = !heading(heading).equals(heading) && heading(previous).equals(heading(heading));
        Slide.Common common = new Slide.Common(slide.getSlideNumber(), heading, notes, 0, 2, continues);
        String layout = slide.getSlideLayout().getName() == null ? "" : slide.getSlideLayout().getName();
        List<Figure.Listing> code = SlideShapes.code(slide);
        boolean hasPicture = pictures.stream().anyMatch(p -> p.problem().isEmpty());
        Optional<String> subtitle = body.isEmpty() ? Optional.empty() : Optional.of(text(body));
        Slide read = switch (layout) {
            case LayoutNames.TITLE_SLIDE -> new TitleSlide(common.withLevel(1), subtitle, picture);
            case LayoutNames.SECTION_HEADER -> name.startsWith("Closing")
                    ? new ClosingSlide(common.withLevel(1),
                            heading.equals(talk + ClosingSlide.ON_THE_TITLE) ? Optional.empty() : claim(title), lines(body))
                    : new SectionSlide(common, lines(body));
            // A statement's title is its heading, small above the claim it sets large in the text box.
            case LayoutNames.STATEMENT -> new StatementSlide(common, claim(body).orElse(new Claim(List.of(), 0)));
            case LayoutNames.TITLE_AND_CONTENT -> !code.isEmpty()
                    ? new CodeSlide(common, claim(body), new Figure.CodeFigure(code, 0))
                    // A picture shown whole has its caption in the text box under it.
                    : !pictures.isEmpty() ? new DiagramSlide(common, pictures.stream().findFirst().map(p ->
                            new Picture(p.file(), p.alt(), 0, Picture.Focus.CENTRE, subtitle.orElse(""), Picture.Look.UNKNOWN)))
                    : AGENDA.matcher(name).matches()
                    ? new AgendaSlide(common.withLevel(1), lines(body), nextAgendaNumber)
                    : DISCUSSION.matcher(name).matches() ? new DiscussionSlide(common, lines(body))
                    : new ClaimsSlide(common, claims(body));
            case LayoutNames.PICTURE_WITH_CAPTION -> new ClaimsWithPictureSlide(common, claims(body), picture);
            case LayoutNames.PICTURE -> new PictureSlide(common, picture);
            // A table (or code, in decks of Lectern before code had a line to introduce it): what a check needs
            // of a table is its title.
            case LayoutNames.TITLE_ONLY -> !code.isEmpty() ? new CodeSlide(common, new Figure.CodeFigure(code, 0))
                    : new TableSlide(common, new Figure.TableFigure(List.of(), List.of(), List.of(), 0));
            // A template's layouts have names of its own: the slide is told by what it holds.
            default -> slide.getSlideNumber() == 1 ? new TitleSlide(common.withLevel(1), subtitle, picture)
                    : !body.isEmpty() ? (hasPicture ? new ClaimsWithPictureSlide(common, claims(body), picture)
                    : new ClaimsSlide(common, claims(body)))
                    : hasPicture ? new PictureSlide(common, picture) : new SectionSlide(common, List.of());
        };
        return new DeckSlide(read, name, slide.isHidden(), pictures);
    }

    /** What a title adds to say it goes on from an earlier slide: "X (continued 2)", "X (optional, continued)". */
    private static final Pattern CONTINUING = Pattern.compile("( \\(continued( \\d+)?\\)|, continued( \\d+)?\\))$");

    /** A title without what says it goes on from an earlier slide. */
    private static String heading(String title) {
        Matcher continued = CONTINUING.matcher(title);
        return continued.find() ? title.substring(0, continued.start()) + (continued.group(1).startsWith(",") ? ")" : "")
                : title;
    }

    /** The paragraphs as one claim, as a statement or a closing shows it; a box edited into lines is read whole. */
    private static Optional<Claim> claim(List<List<Claim.Span>> paragraphs) {
        if (paragraphs.isEmpty()) {
            return Optional.empty();
        }
        List<Claim.Span> spans = new ArrayList<>(paragraphs.get(0));
        for (List<Claim.Span> more : paragraphs.subList(1, paragraphs.size())) {
            spans.add(new Claim.Span(" ", false));
            spans.addAll(more);
        }
        return Optional.of(new Claim(spans, 0));
    }

    private static List<Claim> claims(List<List<Claim.Span>> paragraphs) {
        return paragraphs.stream().map(spans -> new Claim(spans, 0)).toList();
    }

    private static List<String> lines(List<List<Claim.Span>> paragraphs) {
        return claims(paragraphs).stream().map(Claim::text).toList();
    }

    private static String text(List<List<Claim.Span>> paragraphs) {
        return String.join(" ", lines(paragraphs));
    }
}
