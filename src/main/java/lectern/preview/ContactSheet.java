package lectern.preview;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import lectern.layout.Fonts;

/**
 * All the slides of a deck on one picture, in rows of three, each with its number under it: the whole talk
 * at a glance. Slides are added in order as they are drawn, so only the sheet is held in memory.
 */
public final class ContactSheet {
    public static final int COLUMNS = 3;
    /** Wider slides are scaled down on the sheet, so it stays a picture an image viewer shows whole. */
    public static final int MAX_CELL_WIDTH = 800;
    private static final Color BACKGROUND = new Color(0xD5D5D5);
    private static final Color LABEL = new Color(0x333333);

    /**
     * Where things go on the sheet, in pixels: a gap around every slide and a band under each for its number.
     */
    public record Grid(int columns, int rows, int cellWidth, int cellHeight, int gap, int label) {
        public int width() {
            return columns * cellWidth + (columns + 1) * gap;
        }

        public int height() {
            return rows * (cellHeight + label) + (rows + 1) * gap;
        }

        int x(int index) {
            return gap + index % columns * (cellWidth + gap);
        }

        int y(int index) {
            return gap + index / columns * (cellHeight + label + gap);
        }
    }

    private final Grid grid;
    private final BufferedImage sheet;
    private final Graphics2D graphics;
    private final Font font;
    private int added;

    public ContactSheet(int slides, int slideWidth, int slideHeight) {
        this.grid = grid(slides, slideWidth, slideHeight);
        this.sheet = new BufferedImage(grid.width(), grid.height(), BufferedImage.TYPE_INT_RGB);
        this.graphics = sheet.createGraphics();
        SlideRenderer.quality(graphics);
        graphics.setColor(BACKGROUND);
        graphics.fillRect(0, 0, grid.width(), grid.height());
        this.font = new Font(Fonts.firstInstalled(List.of("Carlito", "Liberation Sans")), Font.BOLD, grid.label() * 5 / 8);
    }

    public static Grid grid(int slides, int slideWidth, int slideHeight) {
        int columns = Math.max(1, Math.min(COLUMNS, slides));
        int rows = Math.max(1, (slides + columns - 1) / columns);
        int cellWidth = Math.min(slideWidth, MAX_CELL_WIDTH);
        int cellHeight = Math.max(1, (int) Math.round((double) slideHeight * cellWidth / slideWidth));
        int gap = Math.max(8, cellWidth / 40);
        int label = Math.max(20, cellWidth / 20);
        return new Grid(columns, rows, cellWidth, cellHeight, gap, label);
    }

    public Grid grid() {
        return grid;
    }

    /** Puts the next slide on the sheet, numbered from 1. */
    public void add(BufferedImage slide) {
        int x = grid.x(added);
        int y = grid.y(added);
        graphics.drawImage(Thumbnails.scale(slide, grid.cellWidth(), grid.cellHeight()), x, y, null);
        added++;
        String number = Integer.toString(added);
        graphics.setFont(font);
        graphics.setColor(LABEL);
        FontMetrics metrics = graphics.getFontMetrics();
        int baseline = y + grid.cellHeight() + (grid.label() + metrics.getAscent() - metrics.getDescent()) / 2;
        graphics.drawString(number, x + (grid.cellWidth() - metrics.stringWidth(number)) / 2, baseline);
    }

    public void write(Path file) {
        graphics.dispose();
        PngFile.write(sheet, file);
    }
}
