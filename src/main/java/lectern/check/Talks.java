package lectern.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lectern.Warnings;
import lectern.deck.DeckPlan;
import lectern.deck.Picture;
import lectern.deck.Slide;
import lectern.deck.SlideNames;
import lectern.deck.Timing;
import lectern.deck.TitleSlide;
import lectern.layout.Scripts;
import lectern.picture.PictureCheck;
import lectern.pipeline.Pipeline;
import lectern.plan.AltText;
import lectern.pptx.DeckReader;
import lectern.read.Block;
import lectern.read.Essay;
import lectern.read.Image;
import lectern.read.ListBlock;
import lectern.read.Quote;
import lectern.read.Section;
import lectern.theme.Theme;

/** Makes the {@link Talk} to check: from an essay, the deck a build would write; from a deck, the deck as it is. */
public final class Talks {
    private Talks() {
    }

    /** The deck {@code pipeline} would build from the essay, with its pictures looked at as the build would. */
    public static Talk ofEssay(Pipeline pipeline, Path file, Warnings warnings) {
        Essay essay = pipeline.read(file, warnings);
        DeckPlan plan = pipeline.plan(essay, warnings);
        Map<Integer, Image> images = images(essay);
        List<Talk.ShownPicture> pictures = new ArrayList<>();
        for (Slide slide : plan.slides()) {
            slide.picture().ifPresent(picture -> pictures.add(new Talk.ShownPicture(slide.number(), picture.src(),
                    authorsAlt(images.get(picture.line())), picture.line(), pipeline.pictureProblem(picture.src(), file),
                    pipeline.pixelsPerPoint(slide, picture))));
        }
        List<Talk.Mark> literal = essay.literalEmphasis().stream()
                .map(mark -> new Talk.Mark(mark.mark(), mark.context(), mark.line())).toList();
        Theme.Colors c = pipeline.theme().colors();
        List<Talk.ColourPair> colours = List.of(new Talk.ColourPair("links", c.link(), c.background()),
                new Talk.ColourPair("text on slides", c.text(), c.background()),
                new Talk.ColourPair("text on title and section slides", c.lightText(), c.darkBackground()));
        // Front matter opens the file: a finding about its lang: points at its first line.
        Talk.Access access = new Talk.Access(colours, essay.metadata().language(),
                essay.metadata().language().isPresent() ? 1 : 0, writtenIn(plan.slides()), List.of(), List.of());
        return new Talk(file, Optional.of(file), plan.title(), plan.slides(), plan.timing(), pictures, headings(essay),
                setApart(essay), literal, false, Map.of(), access);
    }

    /**
     * The deck as it is now: its slides, what is hidden, its notes timed at {@code wordsPerMinute}. Where the
     * essay it was built from is found (by the name the deck records, beside the deck, in the folder above it or
     * its {@code content/}, or in this folder or its {@code content/}), each slide gets its heading's line.
     */
    public static Talk ofDeck(Pipeline pipeline, Path file, int wordsPerMinute, Optional<Duration> duration,
                              Warnings warnings) {
        DeckReader.Deck deck = DeckReader.read(file);
        Optional<Path> essayFile = deck.essay().flatMap(name -> find(name, file));
        Optional<Essay> essay = essayFile.map(found -> pipeline.read(found, warnings));
        Map<String, Slide> planned = new HashMap<>();
        Map<Integer, Map<String, Integer>> claimLines = new HashMap<>();
        essay.ifPresent(read -> {
            List<Slide> slides = pipeline.plan(read, new Warnings()).slides();
            List<String> names = SlideNames.of(slides);
            for (int i = 0; i < slides.size(); i++) {
                planned.put(names.get(i), slides.get(i));
            }
        });
        List<Slide> slides = new ArrayList<>();
        List<Boolean> hidden = new ArrayList<>();
        List<Talk.ShownPicture> pictures = new ArrayList<>();
        for (DeckReader.DeckSlide read : deck.slides()) {
            Optional<Slide> plan = Optional.ofNullable(planned.get(read.name()));
            Slide slide = plan.map(p -> read.slide().with(read.slide().common().withLine(p.line()).withLevel(p.level())))
                    .orElse(read.slide());
            plan.ifPresent(p -> p.claims().forEach(claim -> claimLines.computeIfAbsent(slide.number(), n -> new HashMap<>())
                    .put(claim.text(), claim.line())));
            slides.add(slide);
            hidden.add(read.hidden());
            int line = plan.flatMap(Slide::picture).map(Picture::line).orElse(slide.line());
            for (DeckReader.DeckPicture picture : read.pictures()) {
                boolean ownWords = !picture.alt().isBlank() && !picture.alt().equals(AltText.fromFileName(picture.file()));
                pictures.add(new Talk.ShownPicture(slide.number(), picture.file(), ownWords ? picture.alt() : "", line,
                        picture.problem().map(PictureCheck.Problem::inGap), Optional.empty()));
            }
        }
        String title = slides.stream().filter(TitleSlide.class::isInstance).map(Slide::title)
                .findFirst().orElse(file.getFileName().toString());
        DeckReader.Access read = deck.access();
        Talk.Access access = new Talk.Access(
                read.colours().stream().map(p -> new Talk.ColourPair(p.what(), p.text(), p.on())).toList(),
                Optional.empty(), 0, Optional.empty(),
                read.readBeforeTitle().stream().map(s -> new Talk.Slip(s.slide(), s.what())).toList(),
                read.mislabelled().stream().map(s -> new Talk.Slip(s.slide(), s.what())).toList());
        return new Talk(file, essayFile, title, slides, Timing.asShown(slides, hidden, wordsPerMinute, duration),
                pictures, essay.map(Talks::headings).orElse(List.of()), essay.map(Talks::setApart).orElse(List.of()),
                List.of(), true, claimLines, access);
    }

    /** The language most of the slides' words are written in, when that is told by its script. */
    private static Optional<String> writtenIn(List<Slide> slides) {
        return Optional.of(Scripts.languageOf(Slide.text(slides), "")).filter(language -> !language.isEmpty());
    }

    private static Optional<Path> find(String name, Path deck) {
        Path folder = deck.toAbsolutePath().getParent();
        Set<Path> places = new LinkedHashSet<>();
        places.add(folder);
        if (folder.getParent() != null) {
            places.add(folder.getParent());
            places.add(folder.getParent().resolve("content"));
        }
        Path here = Path.of("").toAbsolutePath();
        places.add(here);
        places.add(here.resolve("content"));
        return places.stream().map(place -> place.resolve(name)).filter(Files::isRegularFile).findFirst();
    }

    private static List<Talk.Heading> headings(Essay essay) {
        List<Talk.Heading> headings = new ArrayList<>();
        headings.add(new Talk.Heading(1, essay.title(), essay.titleLine()));
        for (Section section : essay.sections()) {
            headings.add(new Talk.Heading(section.level(), section.heading(), section.line()));
        }
        return headings;
    }

    private static List<Talk.Heading> setApart(Essay essay) {
        return essay.setApart().stream().map(h -> new Talk.Heading(h.level(), h.text(), h.line(), h.inside())).toList();
    }

    /** The alt text the author wrote (or the picture's title); empty when Lectern had to make words up. */
    private static String authorsAlt(Image image) {
        if (image == null) {
            return "";
        }
        return !image.alt().isBlank() ? image.alt().strip() : image.title().strip();
    }

    private static Map<Integer, Image> images(Essay essay) {
        Map<Integer, Image> images = new HashMap<>();
        collect(essay.beforeTitle(), images);
        collect(essay.opening(), images);
        essay.sections().forEach(section -> collect(section.blocks(), images));
        return images;
    }

    private static void collect(List<Block> blocks, Map<Integer, Image> into) {
        for (Block block : blocks) {
            if (block instanceof Image image) {
                into.put(image.line(), image);
            } else if (block instanceof ListBlock list) {
                list.items().forEach(item -> collect(item.blocks(), into));
            } else if (block instanceof Quote quote) {
                collect(quote.blocks(), into);
            } else if (block instanceof lectern.read.Div div) {
                // An exercise's and a solution's pictures are shown too.
                collect(div.blocks(), into);
            }
        }
    }
}
