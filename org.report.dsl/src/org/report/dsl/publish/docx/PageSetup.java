package org.report.dsl.publish.docx;

import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The page of GB/T 9704 (公文用纸及版面): A4, margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm,
 * {@value #LINES} lines of {@value #CHARACTERS} characters (a line grid, and character spacing on the
 * 3 号 runs: {@link #characterSpacing()}), and the page number
 * 「— 1 —」 in the footer (a PAGE field). Lengths are in twips (1/20 point; 1 mm = 1440/25.4 twips).
 */
final class PageSetup {

	static final int LINES = 28;
	static final int CHARACTERS = 28;

	static final int PAGE_WIDTH = mm(210);
	static final int PAGE_HEIGHT = mm(297);
	static final int TOP = mm(37);
	static final int BOTTOM = mm(35);
	static final int LEFT = mm(28);
	static final int RIGHT = mm(26);
	/** 版心宽度: the width tables must stay inside. */
	static final int TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT;
	static final int TEXT_HEIGHT = PAGE_HEIGHT - TOP - BOTTOM;

	private PageSetup() {
	}

	static int mm(double millimetres) {
		return (int) Math.round(millimetres * 1440 / 25.4);
	}

	/** The section's page size, margins and grid, the body's font as default, the footer with the page number. */
	static void apply(XWPFDocument doc) {
		defaults(doc);
		CTBody body = doc.getDocument().getBody();
		CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
		CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
		size.setW(BigInteger.valueOf(PAGE_WIDTH));
		size.setH(BigInteger.valueOf(PAGE_HEIGHT));
		CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
		margins.setTop(BigInteger.valueOf(TOP));
		margins.setBottom(BigInteger.valueOf(BOTTOM));
		margins.setLeft(BigInteger.valueOf(LEFT));
		margins.setRight(BigInteger.valueOf(RIGHT));
		margins.setHeader(BigInteger.valueOf(mm(15)));
		margins.setFooter(BigInteger.valueOf(mm(18)));
		margins.setGutter(BigInteger.ZERO);
		CTDocGrid grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
		grid.setType(STDocGrid.LINES);
		grid.setLinePitch(BigInteger.valueOf(TEXT_HEIGHT / LINES));
		footer(doc);
	}

	/**
	 * The document's default font is the body's (仿宋_GB2312 3 号): Word and LibreOffice measure the
	 * character grid (w:charSpace) from the default font size, and an empty paragraph has its height.
	 */
	private static void defaults(XWPFDocument doc) {
		XWPFStyles styles = doc.createStyles();
		CTFonts fonts = CTFonts.Factory.newInstance();
		String body = OfficialFonts.BODY.font();
		fonts.setAscii(body);
		fonts.setHAnsi(body);
		fonts.setEastAsia(body);
		fonts.setCs(body);
		styles.setDefaultFonts(fonts);
		CTRPr run = styles.getCtStyles().getDocDefaults().getRPrDefault().getRPr();
		BigInteger halfPoints = BigInteger.valueOf(Math.round(OfficialFonts.BODY.size() * 2));
		run.addNewSz().setVal(halfPoints);
		run.addNewSzCs().setVal(halfPoints);
	}

	/**
	 * The spacing (twentieths of a point, negative: condensed) that puts {@value #CHARACTERS} characters of
	 * 3 号 on a line of the text area. The grid itself is a line grid: Word honours a character grid
	 * (linesAndChars with w:charSpace) but LibreOffice lays the same grid out at about 17 characters a
	 * line; character spacing on the runs gives 28 in both.
	 */
	static int characterSpacing() {
		double pitch = TEXT_WIDTH / 20.0 / CHARACTERS;
		return (int) Math.floor((pitch - OfficialFonts.BODY.size()) * 20);
	}

	/** 「— 1 —」 centred, the number a PAGE field. */
	private static void footer(XWPFDocument doc) {
		XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
		XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
		p.setAlignment(ParagraphAlignment.CENTER);
		text(p, "— ");
		field(p, STFldCharType.BEGIN);
		XWPFRun instr = p.createRun();
		OfficialFonts.PAGE_NUMBER.apply(instr);
		instr.getCTR().addNewInstrText().setStringValue(" PAGE ");
		field(p, STFldCharType.SEPARATE);
		text(p, "1");
		field(p, STFldCharType.END);
		text(p, " —");
	}

	private static void text(XWPFParagraph p, String text) {
		XWPFRun run = p.createRun();
		OfficialFonts.PAGE_NUMBER.apply(run);
		run.setText(text);
	}

	private static void field(XWPFParagraph p, STFldCharType.Enum type) {
		XWPFRun run = p.createRun();
		OfficialFonts.PAGE_NUMBER.apply(run);
		run.getCTR().addNewFldChar().setFldCharType(type);
	}
}
