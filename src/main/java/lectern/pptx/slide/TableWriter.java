package lectern.pptx.slide;

import java.util.ArrayList;
import java.util.List;
import lectern.deck.Figure;
import lectern.deck.Run;
import lectern.layout.FigureMeasure;
import lectern.pptx.xml.Box;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTLineProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTableCell;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTableCellProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.STSchemeColorVal;

/**
 * A table of the essay as a native PowerPoint table, which the user can restyle and edit: the header row in
 * the theme's dark colour with light text, the other rows banded lightly, every colour a scheme colour.
 */
final class TableWriter {
    private final FigureMeasure measure;
    private final RunLanguages languages;

    TableWriter(FigureMeasure measure, RunLanguages languages) {
        this.measure = measure;
        this.languages = languages;
    }

    void write(XSLFSlide slide, Figure.TableFigure figure) {
        double size = measure.tableSize(figure);
        double columnWidth = measure.columnWidth(figure);
        int columns = figure.columns();
        List<Figure.TableFigure.Row> rows = new ArrayList<>(figure.header());
        rows.addAll(figure.rows());
        XSLFTable table = slide.createTable(rows.size(), columns);
        table.getCTTable().getTblPr().setFirstRow(!figure.header().isEmpty());
        table.getCTTable().getTblPr().setBandRow(true);
        double height = 0;
        for (int r = 0; r < rows.size(); r++) {
            Figure.TableFigure.Row row = rows.get(r);
            XSLFTableRow tableRow = table.getRows().get(r);
            double rowHeight = measure.rowHeight(row, size, columnWidth);
            tableRow.setHeight(rowHeight);
            height += rowHeight;
            for (int c = 0; c < columns; c++) {
                XSLFTableCell cell = tableRow.getCells().get(c);
                List<Run> runs = c < row.cells().size() ? row.cells().get(c) : List.of();
                fill(cell, runs, row.header(), size);
                align(cell, c < figure.alignments().size() ? figure.alignments().get(c) : Figure.TableFigure.Alignment.NONE);
                style(cell, row.header(), r - figure.header().size());
            }
        }
        for (int c = 0; c < columns; c++) {
            table.setColumnWidth(c, columnWidth);
        }
        table.setAnchor(Box.of(measure.box().x(), measure.box().y(), measure.box().width(), height));
        ((org.openxmlformats.schemas.presentationml.x2006.main.CTGraphicalObjectFrame) table.getXmlObject())
                .getNvGraphicFramePr().getCNvPr().setName("Table");
    }

    private void fill(XSLFTableCell cell, List<Run> runs, boolean header, double size) {
        cell.clearText();
        XSLFTextParagraph paragraph = cell.addNewTextParagraph();
        // A cell's text body must say how it is laid out, if only to say "as usual"; POI's cleared one does not.
        var body = ((CTTableCell) cell.getXmlObject()).getTxBody();
        if (body.getBodyPr() == null) {
            body.addNewBodyPr();
        }
        cell.setLeftInset(FigureMeasure.CELL_INSET_X);
        cell.setRightInset(FigureMeasure.CELL_INSET_X);
        cell.setTopInset(FigureMeasure.CELL_INSET_Y);
        cell.setBottomInset(FigureMeasure.CELL_INSET_Y);
        if (runs.isEmpty()) {
            paragraph.addNewTextRun().setText("");
        }
        String whole = runs.stream().map(Run::text).collect(java.util.stream.Collectors.joining());
        for (Run run : runs) {
            for (XSLFTextRun text : languages.add(paragraph, run.text(), whole)) {
                style(text, run, header, size);
            }
        }
        languages.direction(paragraph, whole);
    }

    private static void style(XSLFTextRun text, Run run, boolean header, double size) {
        {
            text.setFontSize(size);
            text.setBold(run.bold() || header);
            text.setItalic(run.italic());
            if (run.code()) {
                text.setFontFamily(lectern.layout.Fonts.CODE);
            }
            if (run.isLink()) {
                Links.add(text, run.link());
            }
            colour(text, header ? STSchemeColorVal.BG_2 : STSchemeColorVal.TX_1);
        }
    }

    private static void align(XSLFTableCell cell, Figure.TableFigure.Alignment alignment) {
        TextAlign align = switch (alignment) {
            case RIGHT -> TextAlign.RIGHT;
            case CENTRE -> TextAlign.CENTER;
            case LEFT, NONE -> TextAlign.LEFT;
        };
        cell.getTextParagraphs().forEach(p -> p.setTextAlign(align));
    }

    private static void colour(XSLFTextRun run, STSchemeColorVal.Enum colour) {
        var properties = run.getRPr(true);
        if (properties.isSetSolidFill()) {
            properties.unsetSolidFill();
        }
        properties.addNewSolidFill().addNewSchemeClr().setVal(colour);
    }

    /** Header in the theme's dark colour; body rows with a faint band every other row and a hairline below. */
    private static void style(XSLFTableCell cell, boolean header, int bodyRow) {
        CTTableCell xml = (CTTableCell) cell.getXmlObject();
        CTTableCellProperties properties = xml.isSetTcPr() ? xml.getTcPr() : xml.addNewTcPr();
        if (header) {
            properties.addNewSolidFill().addNewSchemeClr().setVal(STSchemeColorVal.TX_2);
        } else if (bodyRow % 2 == 1) {
            var band = properties.addNewSolidFill().addNewSchemeClr();
            band.setVal(STSchemeColorVal.TX_1);
            band.addNewAlpha().setVal(7_000);
        } else {
            properties.addNewNoFill();
        }
        rule(properties.isSetLnB() ? properties.getLnB() : properties.addNewLnB());
    }

    private static void rule(CTLineProperties line) {
        // POI's new table gives every edge "no line"; a line has one fill only.
        if (line.isSetNoFill()) {
            line.unsetNoFill();
        }
        if (line.isSetSolidFill()) {
            line.unsetSolidFill();
        }
        line.setW(9_525);
        var colour = line.addNewSolidFill().addNewSchemeClr();
        colour.setVal(STSchemeColorVal.TX_1);
        colour.addNewAlpha().setVal(30_000);
    }
}
