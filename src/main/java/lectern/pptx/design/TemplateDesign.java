package lectern.pptx.design;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import lectern.LecternException;
import lectern.Warning;
import lectern.deck.ByKind;
import lectern.layout.SlideGeometry;
import lectern.pptx.xml.PackageLimits;
import lectern.theme.Theme;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;

/**
 * A user's template (.pptx or .potx): its slide masters, layouts and theme instead of Lectern's. Its own
 * slides are not copied. The file is read once; every deck starts from a fresh copy of it. It is held to POI's
 * own zip-bomb limits before POI opens it ({@link PackageLimits}).
 */
final class TemplateDesign implements DeckDesign {
    private static final String TEMPLATE = "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml";
    private static final String PRESENTATION = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml";

    private final Path file;
    private final byte[] bytes;
    private final SlideGeometry geometry;
    private final boolean titlePicture;
    private final ByKind<String> reasons;
    private final boolean ownNotes;
    private final boolean captionsHoldClaims;
    private final List<Warning> leftOut;

    private TemplateDesign(Path file, byte[] bytes, SlideGeometry geometry, boolean titlePicture,
                           ByKind<String> reasons, boolean ownNotes, boolean captionsHoldClaims, List<Warning> leftOut) {
        this.leftOut = List.copyOf(leftOut);
        this.ownNotes = ownNotes;
        this.captionsHoldClaims = captionsHoldClaims;
        this.file = file;
        this.bytes = bytes;
        this.geometry = geometry;
        this.titlePicture = titlePicture;
        this.reasons = reasons;
    }

    static TemplateDesign load(Path file, Theme theme) {
        MacrosAndLinks.Cleaned cleaned = clean(file, read(file));
        byte[] bytes = cleaned.bytes();
        try (XMLSlideShow show = open(file, bytes)) {
            ByKind<LayoutRoles> roles = pick(file, show, true);
            SlideGeometry geometry = LayoutProbe.geometry(show, roles, theme);
            double readable = theme.sizes().claimMin() * geometry.width() / lectern.layout.Region.SLIDE_WIDTH;
            boolean captionsHoldClaims = geometry.kinds().claimsWithPicture().body()
                    .map(box -> box.size() >= readable).orElse(true);
            if (!captionsHoldClaims) {
                roles = pick(file, show, false);
                geometry = LayoutProbe.geometry(show, roles, theme);
            }
            ByKind<String> reasons = roles.map(role -> "\"" + role.layout().getName() + "\" (" + role.why() + ")");
            return new TemplateDesign(file, bytes, geometry, roles.title().picture() instanceof LayoutRoles.InSlot,
                    reasons, show.getNotesMaster() != null, captionsHoldClaims,
                    cleaned.leftOut().stream().map(line -> new Warning(file, 0, line)).toList());
        } catch (IOException e) {
            throw new LecternException(file, 0, "cannot read the template: " + e.getMessage(), e);
        }
    }

    /**
     * The template file's bytes, held to {@link PackageLimits}' limits for templates (a file too large is refused
     * by its size, before it is read), or one line saying why there are none.
     */
    static byte[] read(Path file) {
        if (Files.isDirectory(file)) {
            throw new LecternException(file, 0, "is a folder, not a template (a .pptx or .potx file)");
        }
        try {
            PackageLimits.templateFile(file, Files.size(file));
            byte[] bytes = Files.readAllBytes(file);
            refuseOtherKinds(file, bytes);
            PackageLimits.template(file, bytes);
            return bytes;
        } catch (NoSuchFileException e) {
            throw new LecternException(file, 0, "no such template");
        } catch (IOException e) {
            throw new LecternException(file, 0, "cannot read the template: " + e.getMessage(), e);
        }
    }

    /** The template as a deck may carry it: without macros or links to outside it. */
    static MacrosAndLinks.Cleaned clean(Path file, byte[] bytes) {
        try {
            return MacrosAndLinks.clean(bytes);
        } catch (IOException e) {
            throw new LecternException(file, 0, "is not a PowerPoint template or deck (.pptx or .potx): "
                    + firstLine(e.getMessage()));
        }
    }

    /** The template as POI reads it, its own slides and what came with them taken out and, for a .potx, made a presentation. */
    static XMLSlideShow open(Path file, byte[] bytes) {
        XMLSlideShow show;
        try {
            // read() held the bytes to POI's own zip-bomb limits: a template is a file from elsewhere.
            show = new XMLSlideShow(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new LecternException(file, 0, "is not a PowerPoint template or deck (.pptx or .potx): "
                    + firstLine(e.getMessage()));
        }
        TemplateLeftovers.remove(show);
        OPCPackage pkg = show.getPackage();
        if (!pkg.getPartsByContentType(TEMPLATE).isEmpty()) {
            pkg.replaceContentType(TEMPLATE, PRESENTATION);
        }
        return show;
    }

    /** A file that is no Office package at all is named for what it is, not for what POI fails to find in it. */
    static void refuseOtherKinds(Path file, byte[] bytes) {
        FileMagic kind = FileMagic.valueOf(bytes);
        if (kind == FileMagic.OLE2) {
            throw new LecternException(file, 0, "is an old PowerPoint file (.ppt or .pot) or a password-protected "
                    + "one; save it as .pptx or .potx without a password");
        }
        if (kind != FileMagic.OOXML) {
            String what = switch (kind) {
                case PNG, JPEG, GIF, BMP, TIFF, WMF, EMF -> "; it is a picture";
                case PDF -> "; it is a PDF";
                default -> "";
            };
            throw new LecternException(file, 0, "is not a PowerPoint template or deck (.pptx or .potx)" + what);
        }
    }

    private static ByKind<LayoutRoles> pick(Path file, XMLSlideShow show, boolean captionsHoldClaims) {
        if (show.getSlideMasters().isEmpty()) {
            throw new LecternException(file, 0, "the template has no slide master");
        }
        List<XSLFSlideLayout> layouts = List.of(show.getSlideMasters().get(0).getSlideLayouts());
        return new LayoutPicker(layouts, captionsHoldClaims).pick().orElseThrow(() -> new LecternException(file, 0,
                "the template has no layout with a title placeholder, which every slide needs; "
                        + "add one (for example \"Title and Content\") in PowerPoint's Slide Master view"));
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
    }

    @Override
    public Designed open() {
        XMLSlideShow show = open(file, bytes);
        return new Designed(show, pick(file, show, captionsHoldClaims));
    }

    @Override
    public SlideGeometry geometry() {
        return geometry;
    }

    @Override
    public boolean titlePictureOnTitleSlide() {
        return titlePicture;
    }

    /** A template's own notes pages are left as they are; without any, POI's get Lectern's portrait layout. */
    @Override
    public boolean stylesNotes() {
        return !ownNotes;
    }

    @Override
    public List<Warning> leftOut() {
        return leftOut;
    }

    @Override
    public List<String> layoutChoices() {
        return reasons.named().stream().map(reason -> reason.kind() + " \u2192 " + reason.value()).toList();
    }
}
