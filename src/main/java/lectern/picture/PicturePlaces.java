package lectern.picture;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lectern.FileNames;

/**
 * Where on disk the picture an essay names is: the places its path may mean, and the first of them that holds a
 * file Lectern may read. A path is looked for as an address (percent-decoded, as CommonMark and browsers read a
 * link: {@code a%20b.jpg} is {@code a b.jpg}) and as written, since a file may be called {@code a%20b.jpg} too.
 */
final class PicturePlaces {
    private PicturePlaces() {
    }

    /** A picture's file found: by its real path, and the name the essay gave it (a link keeps the link's name). */
    record Found(Path real, String name) {
    }

    /**
     * Every place the picture {@code src} may be, in the order they are looked at. Whether a place may be used at
     * all is decided when it is read.
     *
     * @throws InvalidPathException when no spelling of it is a path this system can name
     */
    static List<Path> of(String src, Path essay) {
        Set<Path> places = new LinkedHashSet<>();
        InvalidPathException unnamed = null;
        for (String path : spellings(src)) {
            try {
                places.addAll(candidates(path, essay));
            } catch (InvalidPathException e) {
                unnamed = unnamed == null ? e : unnamed;
            }
        }
        if (places.isEmpty() && unnamed != null) {
            throw unnamed;
        }
        return List.copyOf(places);
    }

    /** The path decoded as an address, then as written; once when both are the same, or it is no address. */
    private static Set<String> spellings(String src) {
        String path = src.replaceFirst("(?i)^file://", "").replaceFirst("[?#].*$", "");
        Set<String> spellings = new LinkedHashSet<>();
        try {
            spellings.add(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notAnAddress) {
            // "100%.png": a per cent sign that begins no escape is the file's own.
        }
        spellings.add(path);
        return spellings;
    }

    private static List<Path> candidates(String path, Path essay) {
        Path folder = essay.toAbsolutePath().getParent();
        Path given = Path.of(path);
        if (given.isAbsolute()) {
            return siteRooted(given, folder, essay);
        }
        List<Path> places = new ArrayList<>();
        places.add(folder.resolve(given).normalize());
        if (folder.getParent() != null) {
            places.add(folder.getParent().resolve(given).normalize());
        }
        return places;
    }

    /**
     * An absolute path as a site generator means it ({@code /img/logo.svg}): from the site's root, which is the
     * essay's folder or one above it, up to its repository. Looked for there first, then as a path on this disk.
     */
    private static List<Path> siteRooted(Path given, Path folder, Path essay) {
        List<Path> places = new ArrayList<>();
        if (given.getNameCount() > 0) {
            Path relative = given.subpath(0, given.getNameCount());
            Path top = PictureFolders.project(essay).orElse(folder);
            for (Path dir = folder; dir != null && dir.startsWith(top); dir = dir.getParent()) {
                places.add(dir.resolve(relative).normalize());
            }
        }
        places.add(given);
        return places;
    }

    /**
     * The first of the places {@code src} may be that holds a file, by its real path, when that lies inside the
     * folders pictures may come from. A link or {@code ..} that leads outside them is refused, never followed; a
     * folder, a pipe or a device is said to be one, and never opened: a pipe would wait for a writer, a device
     * such as {@code /dev/zero} never end.
     */
    static Found locate(String src, Path essay, PictureFolders folders) throws PictureProblem {
        String called = PictureFile.called(src);
        List<Path> places;
        try {
            places = of(src, essay);
        } catch (InvalidPathException e) {
            if (FileNames.unspellable(e).isPresent()) {
                throw new PictureProblem(called + " cannot be opened: " + FileNames.cannotSpell("its name"), FileNames.ADVICE);
            }
            throw new PictureProblem(called + " cannot be opened: its name holds a character no file name may have");
        }
        Optional<Path> notAFile = Optional.empty();
        for (Path place : places) {
            if (Files.isRegularFile(place)) {
                return new Found(allowed(place, called, folders), place.getFileName().toString());
            }
            if (notAFile.isEmpty() && Files.exists(place)) {
                notAFile = Optional.of(place);
            }
        }
        if (notAFile.isPresent()) {
            throw new PictureProblem(called + (Files.isDirectory(notAFile.get()) ? " is a folder, not a picture"
                    : " is not a regular file (a pipe or device), so Lectern does not read it"));
        }
        throw new PictureProblem(called + PictureFile.NOT_FOUND, "", true);
    }

    private static Path allowed(Path place, String called, PictureFolders folders) throws PictureProblem {
        Path real;
        try {
            real = place.toRealPath();
        } catch (IOException e) {
            throw new PictureProblem("cannot read " + called, e.getMessage());
        }
        if (!folders.allow(real)) {
            throw new PictureProblem(called + " is outside the essay's folder, its assets/ folder and its repository, so "
                    + "Lectern leaves it out of the deck", "it is " + real + "; --allow-outside "
                    + real.getParent() + " lets pictures from there in");
        }
        return real;
    }
}
