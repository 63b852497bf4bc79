package org.report.dsl.publish.docx;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTJcTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.report.dsl.format.layout.GridBand;
import org.report.dsl.format.layout.GridCell;
import org.report.dsl.format.layout.GridRow;
import org.report.dsl.format.layout.TableGrid;
import org.report.dsl.publish.PublishedTable;

/**
 * A table (表格) in the official layout, drawn from the format's {@link TableGrid}: merged header cells
 * (gridSpan across, vMerge down), the 勾稽关系 note in the corner, row groups spanning their rows, the
 * header repeated on every page (tblHeader), no row split across pages (cantSplit), a band kept on one
 * page where the grid asks for it (keep with next), fixed widths inside the text area (版心), labels of
 * rows left-aligned and everything else centred as in the template. Numbers shrink, when a table holds
 * long ones, so that none wraps inside its cell.
 */
final class DocxTables {

	/** Cell padding left and right (1 mm). */
	static final int CELL_MARGIN = PageSetup.mm(1);
	private static final int BLOCK_WIDTH = PageSetup.mm(14);
	private static final int GROUP_WIDTH = PageSetup.mm(14);
	/** The smallest size numbers shrink to (points). */
	private static final double SMALLEST = 4;
	/** The width of a digit in the em of its font, with room for a substitute font's wider digits. */
	private static final double DIGIT_EM = 0.65;

	private DocxTables() {
	}

	static void render(XWPFDocument doc, PublishedTable table) {
		TableGrid grid = TableGrid.of(table.def());
		int[] widths = widths(grid);
		double numbers = numberSize(table, grid, widths);
		XWPFTable t = doc.createTable();
		t.removeRow(0);
		layout(t, widths);
		int line = 0;
		for (GridBand band : grid.bands()) {
			GridCell[][] at = TableGrid.cover(band, widths.length);
			for (int r = 0; r < band.rows().size(); r++) {
				GridRow gridRow = band.rows().get(r);
				XWPFTableRow row = t.insertNewTableRow(line++);
				row.setCantSplitRow(true);
				if (band.head()) {
					row.setRepeatHeader(true);
				}
				boolean keepNext = band.head() || gridRow.keepWithNext() || band.keep() && r + 1 < band.rows().size();
				for (int c = 0; c < widths.length;) {
					GridCell cell = at[r][c];
					int span = cell == null ? 1 : Math.min(cell.colSpan(), widths.length - c);
					XWPFTableCell tc = row.createCell();
					CTTcPr pr = tc.getCTTc().isSetTcPr() ? tc.getCTTc().getTcPr() : tc.getCTTc().addNewTcPr();
					CTTblWidth w = pr.addNewTcW();
					w.setType(STTblWidth.DXA);
					w.setW(BigInteger.valueOf(sum(widths, c, span)));
					if (span > 1) {
						pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
					}
					tc.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
					if (cell != null && cell.rowSpan() > 1) {
						if (cell.row() == r) {
							pr.addNewVMerge().setVal(STMerge.RESTART);
						} else {
							pr.addNewVMerge(); // continues the merge above: no text of its own
						}
					}
					if (cell != null && cell.row() == r) {
						content(tc, table, cell, numbers);
					}
					for (XWPFParagraph p : tc.getParagraphs()) {
						CTPPr ppr = p.getCTPPr(); // created when missing
						if (keepNext) {
							ppr.addNewKeepNext();
						}
						ppr.addNewSnapToGrid().setVal("false");
					}
					c += span;
				}
			}
		}
	}

	/** The widths of the grid's columns (twips), summing to the text area's width. */
	static int[] widths(TableGrid grid) {
		List<TableGrid.Column> columns = grid.columns();
		int values = grid.valueColumns();
		int labels = grid.labelColumns();
		int[] widths = new int[columns.size()];
		int valueWidth = labels == 0 ? PageSetup.TEXT_WIDTH / values
				: Math.min(PageSetup.TEXT_WIDTH * 6 / 10 / Math.max(values, 1), PageSetup.mm(26));
		int rest = PageSetup.TEXT_WIDTH - valueWidth * values;
		int label = rest;
		for (TableGrid.Column c : columns) {
			if (c == TableGrid.Column.BLOCK) {
				label -= BLOCK_WIDTH;
			} else if (c == TableGrid.Column.GROUP) {
				label -= GROUP_WIDTH;
			}
		}
		for (int i = 0; i < widths.length; i++) {
			widths[i] = switch (columns.get(i)) {
			case BLOCK -> BLOCK_WIDTH;
			case GROUP -> GROUP_WIDTH;
			case LABEL -> label;
			case VALUE -> valueWidth;
			};
		}
		// rounding: the last column takes what is left, so the table is exactly as wide as the text area
		widths[widths.length - 1] += PageSetup.TEXT_WIDTH - sum(widths, 0, widths.length);
		return widths;
	}

	private static int sum(int[] widths, int from, int count) {
		int s = 0;
		for (int i = from; i < from + count; i++) {
			s += widths[i];
		}
		return s;
	}

	/** The size of the table's numbers: the table's size, or smaller so that the longest fits its column. */
	static double numberSize(PublishedTable table, TableGrid grid, int[] widths) {
		int longest = 1;
		int narrowest = Integer.MAX_VALUE;
		for (GridRow row : grid.rows()) {
			for (GridCell cell : row.cells()) {
				if (cell.kind() == GridCell.Kind.VALUE) {
					longest = Math.max(longest, value(table, cell).length());
					narrowest = Math.min(narrowest, sum(widths, cell.column(), cell.colSpan()));
				}
			}
		}
		if (narrowest == Integer.MAX_VALUE) {
			return OfficialFonts.TABLE.size();
		}
		double room = (narrowest - 2 * CELL_MARGIN) / 20.0;
		double fits = Math.floor(room / (DIGIT_EM * longest) * 2) / 2;
		return Math.max(SMALLEST, Math.min(OfficialFonts.TABLE.size(), fits));
	}

	private static String value(PublishedTable table, GridCell cell) {
		return table.rows().get(cell.valueRow()).cells().get(cell.valueColumn()).text();
	}

	/** Fixed layout, the width of the text area, centred, single black borders, the grid's columns. */
	private static void layout(XWPFTable t, int[] widths) {
		CTTbl ct = t.getCTTbl();
		CTTblPr pr = ct.getTblPr() != null ? ct.getTblPr() : ct.addNewTblPr();
		CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
		w.setType(STTblWidth.DXA);
		w.setW(BigInteger.valueOf(PageSetup.TEXT_WIDTH));
		(pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
		CTJcTable jc = pr.isSetJc() ? pr.getJc() : pr.addNewJc();
		jc.setVal(STJcTable.CENTER);
		t.setTopBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
		t.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
		t.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
		t.setRightBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
		t.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
		t.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
		t.setCellMargins(0, CELL_MARGIN, 0, CELL_MARGIN);
		CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int width : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
		}
	}

	/** The text of a cell that starts here: a label (the note may have several lines) or a value. */
	private static void content(XWPFTableCell tc, PublishedTable table, GridCell cell, double numbers) {
		XWPFParagraph first = tc.getParagraphs().get(0);
		if (cell.kind() == GridCell.Kind.VALUE) {
			first.setAlignment(ParagraphAlignment.CENTER);
			XWPFRun run = first.createRun();
			OfficialFonts.TABLE.apply(run, numbers);
			run.setText(XmlText.of(value(table, cell)));
			return;
		}
		boolean note = cell.kind() == GridCell.Kind.NOTE;
		ParagraphAlignment align = note || cell.kind() == GridCell.Kind.ROW_LABEL ? ParagraphAlignment.LEFT
				: ParagraphAlignment.CENTER;
		String[] lines = cell.text().split("\r?\n");
		for (int i = 0; i < lines.length; i++) {
			XWPFParagraph p = i == 0 ? first : tc.addParagraph();
			p.setAlignment(align);
			XWPFRun run = p.createRun();
			(note ? OfficialFonts.NOTE : OfficialFonts.TABLE).apply(run);
			run.setText(XmlText.of(lines[i]));
		}
	}
}
