package lectern.pptx.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lectern.deck.ByKind;
import lectern.pptx.xml.Placeholders;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * Chooses a template's layout for each kind of slide: by the names PowerPoint gives its layouts (in English
 * and the languages templates most often come in), then by the layout's type (which every language shares),
 * then the nearest layout with a title and a text placeholder.
 */
final class LayoutPicker {
    /** PowerPoint's own layout names, with their names in German, French, Spanish, Italian, Dutch and Portuguese. */
    private static final Map<SlideLayout, List<String>> NAMES = Map.of(
            SlideLayout.TITLE, List.of("Title Slide", "Titelfolie", "Diapositive de titre", "Diapositiva de título",
                    "Diapositiva titolo", "Titeldia", "Slide de Título"),
            SlideLayout.TITLE_AND_CONTENT, List.of("Title and Content", "Titel und Inhalt", "Titre et contenu",
                    "Título y objetos", "Titolo e contenuto", "Titel en object", "Título e Conteúdo"),
            SlideLayout.SECTION_HEADER, List.of("Section Header", "Abschnittsüberschrift", "Titre de section",
                    "Encabezado de sección", "Intestazione sezione", "Sectiekop", "Cabeçalho da Seção"),
            SlideLayout.TWO_OBJ, List.of("Two Content", "Zwei Inhalte", "Deux contenus", "Dos objetos",
                    "Due contenuti", "Twee objecten", "Duas Partes de Conteúdo"),
            SlideLayout.PIC_TX, List.of("Picture with Caption", "Bild mit Überschrift", "Image avec légende",
                    "Imagen con título", "Immagine con didascalia", "Afbeelding met bijschrift", "Imagem com Legenda"),
            SlideLayout.TITLE_ONLY, List.of("Title Only", "Nur Titel", "Titre seul", "Solo el título", "Solo titolo",
                    "Alleen titel", "Somente Título"),
            SlideLayout.BLANK, List.of("Blank", "Leer", "Vide", "En blanco", "Vuota", "Leeg", "Em branco"));

    private static final LayoutRoles.Slot TITLE = LayoutRoles.Slot.of(Placeholder.TITLE);

    private final List<XSLFSlideLayout> layouts;
    private final boolean captionsHoldClaims;

    /**
     * @param captionsHoldClaims whether a "Picture with Caption" layout's text is large enough for claims;
     *                           templates often set captions small, and then "Two Content" serves better
     */
    LayoutPicker(List<XSLFSlideLayout> layouts, boolean captionsHoldClaims) {
        this.layouts = List.copyOf(layouts);
        this.captionsHoldClaims = captionsHoldClaims;
    }

    /** What a layout offers: its placeholders, by type and index. */
    record Offer(XSLFSlideLayout layout, List<LayoutRoles.Slot> slots) {
        boolean has(Placeholder type) {
            return slots.stream().anyMatch(s -> s.type() == type);
        }

        Optional<LayoutRoles.Slot> first(Placeholder... types) {
            for (Placeholder type : types) {
                Optional<LayoutRoles.Slot> slot = slots.stream().filter(s -> s.type() == type).findFirst();
                if (slot.isPresent()) {
                    return slot;
                }
            }
            return Optional.empty();
        }

        List<LayoutRoles.Slot> all(Placeholder... types) {
            Set<Placeholder> wanted = Set.of(types);
            return slots.stream().filter(s -> wanted.contains(s.type())).toList();
        }

        boolean hasTitle() {
            return has(Placeholder.TITLE) || has(Placeholder.CENTERED_TITLE);
        }

        Optional<LayoutRoles.Slot> text() {
            return first(Placeholder.BODY, Placeholder.CONTENT, Placeholder.SUBTITLE);
        }
    }

    static Offer offer(XSLFSlideLayout layout) {
        List<LayoutRoles.Slot> slots = new ArrayList<>();
        for (XSLFShape shape : layout.getShapes()) {
            if (shape instanceof XSLFTextShape text && text.getPlaceholderDetails() != null
                    && text.getPlaceholderDetails().getPlaceholder() != null) {
                slots.add(new LayoutRoles.Slot(text.getPlaceholderDetails().getPlaceholder(), Placeholders.idx(shape)));
            }
        }
        return new Offer(layout, slots);
    }

    /** The layout and roles for every kind of slide; empty when the template has no layout with a title. */
    Optional<ByKind<LayoutRoles>> pick() {
        List<Offer> offers = layouts.stream().map(LayoutPicker::offer).toList();
        Optional<Offer> anyTitled = offers.stream().filter(o -> o.hasTitle() && o.text().isPresent()).findFirst()
                .or(() -> offers.stream().filter(Offer::hasTitle).findFirst());
        if (anyTitled.isEmpty()) {
            return Optional.empty();
        }
        Offer fallback = anyTitled.get();
        LayoutRoles title = find(offers, SlideLayout.TITLE, Offer::hasTitle).map(c -> new LayoutRoles(c.offer.layout,
                titleOf(c.offer), c.offer.first(Placeholder.SUBTITLE, Placeholder.BODY, Placeholder.CONTENT),
                spot(c.offer.first(Placeholder.PICTURE)), c.why)).orElseGet(() -> nearest(fallback));
        LayoutRoles section = find(offers, SlideLayout.SECTION_HEADER, Offer::hasTitle)
                .or(() -> find(offers, SlideLayout.TITLE_ONLY, Offer::hasTitle))
                .map(c -> new LayoutRoles(c.offer.layout, titleOf(c.offer), c.offer.text(), new LayoutRoles.Nowhere(), c.why))
                .orElseGet(() -> nearest(fallback));
        LayoutRoles statement = find(offers, "Statement", o -> o.hasTitle() && o.text().isPresent())
                .or(() -> find(offers, SlideLayout.SECTION_HEADER, o -> o.hasTitle() && o.text().isPresent()))
                .map(c -> new LayoutRoles(c.offer.layout, titleOf(c.offer), c.offer.text(), new LayoutRoles.Nowhere(), c.why))
                .orElseGet(() -> nearest(fallback));
        LayoutRoles claims = claims(offers).map(c -> new LayoutRoles(c.offer.layout, titleOf(c.offer), c.offer.text(),
                new LayoutRoles.Nowhere(), c.why)).orElseGet(() -> nearest(fallback));
        LayoutRoles titleOnly = find(offers, SlideLayout.TITLE_ONLY, Offer::hasTitle)
                .map(c -> new LayoutRoles(c.offer.layout, titleOf(c.offer), Optional.empty(), new LayoutRoles.BelowTitle(), c.why))
                .orElseGet(() -> new LayoutRoles(fallback.layout, titleOf(fallback), Optional.empty(),
                        new LayoutRoles.BelowTitle(), nearestWhy(fallback)));
        // A closing is set as a section is, a quotation as a statement; a list, code (with the sentence that
        // introduces it), an agenda and a discussion as claims; a picture shown whole goes under the title alone.
        // A lesson's objectives, exercises, solutions, callouts and key points are text under a heading too.
        return Optional.of(new ByKind<>(title, section, statement, claims, claimsWithPicture(offers, fallback),
                picture(offers, fallback), titleOnly, claims, titleOnly, claims, statement, claims, claims, section,
                claims, claims, claims, claims, claims, claims, section));
    }

    private Optional<Choice> claims(List<Offer> offers) {
        return find(offers, SlideLayout.TITLE_AND_CONTENT, o -> o.hasTitle() && o.text().isPresent())
                .or(() -> find(offers, SlideLayout.TEXT, o -> o.hasTitle() && o.text().isPresent()));
    }

    private LayoutRoles claimsWithPicture(List<Offer> offers, Offer fallback) {
        Optional<Choice> captioned = !captionsHoldClaims ? Optional.empty() : find(offers, SlideLayout.PIC_TX,
                o -> o.hasTitle() && o.has(Placeholder.PICTURE) && o.first(Placeholder.BODY, Placeholder.CONTENT).isPresent());
        if (captioned.isPresent()) {
            Offer o = captioned.get().offer;
            return new LayoutRoles(o.layout, titleOf(o), o.first(Placeholder.BODY, Placeholder.CONTENT),
                    spot(o.first(Placeholder.PICTURE)), captioned.get().why);
        }
        Optional<Choice> two = find(offers, SlideLayout.TWO_OBJ, o -> o.hasTitle() && o.all(Placeholder.CONTENT, Placeholder.BODY).size() >= 2);
        if (two.isPresent()) {
            List<LayoutRoles.Slot> content = two.get().offer.all(Placeholder.CONTENT, Placeholder.BODY);
            return new LayoutRoles(two.get().offer.layout, titleOf(two.get().offer), Optional.of(content.get(0)),
                    new LayoutRoles.InSlot(content.get(1)), two.get().why + ", claims left and picture right");
        }
        Choice claims = claims(offers).orElse(new Choice(fallback, nearestWhy(fallback)));
        return new LayoutRoles(claims.offer.layout, titleOf(claims.offer), claims.offer.text(), new LayoutRoles.BesideBody(),
                claims.why + ", the picture in the right half of its text box");
    }

    private LayoutRoles picture(List<Offer> offers, Offer fallback) {
        Optional<Choice> own = find(offers, "Picture", o -> o.hasTitle() && o.has(Placeholder.PICTURE));
        Optional<Choice> captioned = own.or(() -> find(offers, SlideLayout.PIC_TX, o -> o.hasTitle() && o.has(Placeholder.PICTURE)));
        if (captioned.isPresent()) {
            Offer o = captioned.get().offer;
            return new LayoutRoles(o.layout, titleOf(o), Optional.empty(), spot(o.first(Placeholder.PICTURE)), captioned.get().why);
        }
        Choice titleOnly = find(offers, SlideLayout.TITLE_ONLY, Offer::hasTitle).orElse(new Choice(fallback, nearestWhy(fallback)));
        return new LayoutRoles(titleOnly.offer.layout, titleOf(titleOnly.offer), Optional.empty(), new LayoutRoles.BelowTitle(),
                titleOnly.why + ", the picture under the title");
    }

    private static LayoutRoles nearest(Offer fallback) {
        return new LayoutRoles(fallback.layout, titleOf(fallback), fallback.text(), new LayoutRoles.Nowhere(), nearestWhy(fallback));
    }

    private static String nearestWhy(Offer fallback) {
        return "none of its name or type; the first with a title and text";
    }

    private static LayoutRoles.Slot titleOf(Offer offer) {
        return offer.has(Placeholder.CENTERED_TITLE) ? LayoutRoles.Slot.of(Placeholder.CENTERED_TITLE) : TITLE;
    }

    private static LayoutRoles.PictureSpot spot(Optional<LayoutRoles.Slot> slot) {
        return slot.<LayoutRoles.PictureSpot>map(LayoutRoles.InSlot::new).orElse(new LayoutRoles.Nowhere());
    }

    private record Choice(Offer offer, String why) {
    }

    /** A layout by its PowerPoint name (in any language Lectern knows), else by its type. */
    private static Optional<Choice> find(List<Offer> offers, SlideLayout type, java.util.function.Predicate<Offer> usable) {
        for (String name : NAMES.getOrDefault(type, List.of())) {
            Optional<Choice> named = find(offers, name, usable);
            if (named.isPresent()) {
                return named;
            }
        }
        return offers.stream().filter(o -> typeOf(o.layout) == type && usable.test(o)).findFirst()
                .map(o -> new Choice(o, "by its type, " + type.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
    }

    private static Optional<Choice> find(List<Offer> offers, String name, java.util.function.Predicate<Offer> usable) {
        return offers.stream().filter(o -> name.equalsIgnoreCase(o.layout.getName().strip()) && usable.test(o)).findFirst()
                .map(o -> new Choice(o, name.equals(o.layout.getName().strip()) ? "by its name" : "by its name, \"" + name + "\""));
    }

    /** A layout's type; a layout without one, or one POI does not know, counts as custom. */
    private static SlideLayout typeOf(XSLFSlideLayout layout) {
        try {
            return layout.getType();
        } catch (RuntimeException e) {
            return SlideLayout.CUST;
        }
    }
}
