package lectern.preview;

import org.apache.poi.sl.draw.DrawFactory;
import org.apache.poi.sl.draw.DrawTextParagraph;
import org.apache.poi.sl.usermodel.TextParagraph;

/**
 * Draws paragraphs as far apart as PowerPoint and LibreOffice do. POI's renderer puts every paragraph after a
 * box's first one lower by the descent of its first line (a quarter of the font size in most fonts), on top of
 * the spacing the deck asks for; a slide of nine short lines came out 40 points taller than in PowerPoint, and
 * ran into its footer in the preview though not in the deck.
 */
final class ParagraphSpacing extends DrawFactory {

    @Override
    public DrawTextParagraph getDrawable(TextParagraph<?, ?, ?> paragraph) {
        return new Spaced(paragraph);
    }

    private static final class Spaced extends DrawTextParagraph {
        private double left;
        private double top;
        private double raisedBy;

        Spaced(TextParagraph<?, ?, ?> paragraph) {
            super(paragraph);
        }

        @Override
        public void setPosition(double x, double y) {
            left = x;
            top = y;
            super.setPosition(x, y);
        }

        // POI places a paragraph, then says whether it is the first: only now is the correction known.
        @Override
        protected void setFirstParagraph(boolean first) {
            super.setFirstParagraph(first);
            raisedBy = first || lines.isEmpty() ? 0 : lines.get(0).getLayout().getDescent();
            super.setPosition(left, top - raisedBy);
        }

        /** After drawing, how far down the paragraph reached from where it was placed, not where it was raised to. */
        @Override
        public double getY() {
            return super.getY() - raisedBy;
        }
    }
}
