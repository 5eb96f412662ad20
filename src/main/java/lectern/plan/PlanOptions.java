package lectern.plan;

import java.time.Duration;
import java.util.Optional;

/**
 * Choices that change the plan.
 *
 * @param slideLevel      headings at this level or above ({@code ##} is 2) start a slide; deeper ones stay in the notes
 * @param sectionDividers a section whose subsections have slides of their own opens with a divider slide
 * @param titlePictureOnTitleSlide the title picture goes behind the title; otherwise (a template's title
 *                        slide with no room for it) on a slide of its own right after
 * @param agenda          an agenda slide after the title: on, off, or when the essay has four sections or more
 * @param discussions     a slide for the room after a section that asks it questions
 * @param closing         a closing slide: the essay's last claim, and who is presenting
 * @param cues            each slide's notes start with its time and end with the next slide's title
 * @param wordsPerMinute  the presenter's pace, to time the talk by its notes
 * @param duration        the time the talk must keep to: slides are skipped or shortened to fit
 * @param boldOnly        a section shows only what the author bolded (and its pictures, tables, code and
 *                        quotations): no list or opening sentence is chosen for a section with nothing bold
 * @param reveal          the claims of a slide appear one click at a time ({@code --reveal}; an essay's front matter
 *                        {@code reveal: true} asks the same of its own deck)
 */
public record PlanOptions(int slideLevel, boolean sectionDividers, boolean titlePictureOnTitleSlide, Toggle agenda,
                          boolean discussions, boolean closing, boolean cues, int wordsPerMinute,
                          Optional<Duration> duration, boolean boldOnly, boolean reveal) {

    /** On, off, or on when it helps. */
    public enum Toggle { ON, OFF, AUTO }

    /** A presenter's pace when reading prose aloud to a room. */
    public static final int WORDS_PER_MINUTE = 130;

    public static final PlanOptions DEFAULTS = new PlanOptions(3, true, true, Toggle.AUTO, true, true, true,
            WORDS_PER_MINUTE, Optional.empty(), false, false);

    public PlanOptions {
        if (slideLevel < 1 || slideLevel > 6) {
            throw new IllegalArgumentException("slide level must be 1 to 6, was " + slideLevel);
        }
        if (wordsPerMinute < 1) {
            throw new IllegalArgumentException("words per minute must be at least 1, was " + wordsPerMinute);
        }
    }

    public PlanOptions(int slideLevel, boolean sectionDividers) {
        this(slideLevel, sectionDividers, true, Toggle.AUTO, true, true, true, WORDS_PER_MINUTE, Optional.empty(), false,
                false);
    }

    public PlanOptions withSlideLevel(int level) {
        return new PlanOptions(level, sectionDividers, titlePictureOnTitleSlide, agenda, discussions, closing, cues,
                wordsPerMinute, duration, boldOnly, reveal);
    }

    public PlanOptions withSectionDividers(boolean dividers) {
        return new PlanOptions(slideLevel, dividers, titlePictureOnTitleSlide, agenda, discussions, closing, cues,
                wordsPerMinute, duration, boldOnly, reveal);
    }

    public PlanOptions withTitlePictureOnTitleSlide(boolean onTitleSlide) {
        return new PlanOptions(slideLevel, sectionDividers, onTitleSlide, agenda, discussions, closing, cues,
                wordsPerMinute, duration, boldOnly, reveal);
    }

    /** Only the essay's own slides, as plain as they come: no agenda, discussions, closing or cues. */
    public PlanOptions withoutRoomSlides() {
        return new PlanOptions(slideLevel, sectionDividers, titlePictureOnTitleSlide, Toggle.OFF, false, false, false,
                wordsPerMinute, duration, boldOnly, reveal);
    }

    public PlanOptions withRoom(Toggle agendaSlide, boolean discussionSlides, boolean closingSlide, boolean timeCues) {
        return new PlanOptions(slideLevel, sectionDividers, titlePictureOnTitleSlide, agendaSlide, discussionSlides,
                closingSlide, timeCues, wordsPerMinute, duration, boldOnly, reveal);
    }

    public PlanOptions withTime(int pace, Optional<Duration> target) {
        return new PlanOptions(slideLevel, sectionDividers, titlePictureOnTitleSlide, agenda, discussions, closing, cues,
                pace, target, boldOnly, reveal);
    }

    public PlanOptions withBoldOnly(boolean only) {
        return new PlanOptions(slideLevel, sectionDividers, titlePictureOnTitleSlide, agenda, discussions, closing, cues,
                wordsPerMinute, duration, only, reveal);
    }

    /** Claims appear one click at a time, whatever the essay's front matter says. */
    public PlanOptions withReveal(boolean onClick) {
        return new PlanOptions(slideLevel, sectionDividers, titlePictureOnTitleSlide, agenda, discussions, closing, cues,
                wordsPerMinute, duration, boldOnly, onClick);
    }
}
