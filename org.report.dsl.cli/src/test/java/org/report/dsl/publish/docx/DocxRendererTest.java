package org.report.dsl.publish.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.report.dsl.format.layout.GridBand;
import org.report.dsl.format.layout.GridCell;
import org.report.dsl.format.layout.TableGrid;
import org.report.dsl.publish.Element;
import org.report.dsl.publish.Paragraphs;
import org.report.dsl.publish.PublishedReport;
import org.report.dsl.publish.PublishedSection;
import org.report.dsl.publish.PublishedTable;

/**
 * Word documents read back with POI: every paragraph and every table cell equals the model, the tables
 * have the grid's merges, repeated header rows and unsplittable rows, and the page set-up, fonts and
 * properties are those of GB/T 9704.
 */
class DocxRendererTest {

	static List<DocxReports.Input> inputs() throws Exception {
		return DocxReports.all();
	}

	private static XWPFDocument read(PublishedReport report) throws Exception {
		return new XWPFDocument(new ByteArrayInputStream(new DocxRenderer().render(report)));
	}

	@Test
	void nineDigitReportIsValid() throws Exception {
		Path f = Files.createTempDirectory("docx").resolve("nine.report");
		Files.writeString(f, DocxReports.NINE_DIGITS);
		assertEquals(0, DocxReports.errors(f));
		PublishedReport report = DocxReports.publish(f);
		assertTrue(report.table(org.report.dsl.format.TableId.TABLE2.id()).orElseThrow().rows().stream()
				.flatMap(r -> r.cells().stream()).anyMatch(c -> c.text().equals("123456789")));
	}

	/**
	 * A control character in the title and a narrative (found by fuzzing: a title copied with U+001D) is
	 * no character of XML: the document is still saved, with U+FFFD in its place, as the HTML page shows it.
	 */
	@Test
	void charactersXmlCannotHoldBecomeReplacementCharacters() throws Exception {
		String source = Files.readString(DocxReports.root().resolve("examples/sanmenxia-keji-2025.report"))
				.replace("2025 年政府信息公开工作年度报告\"", "2025 年政府信息公开工作年度\u001d报告\"")
				.replace("共 324 条", "共\u0001 324 条");
		Path f = Files.createTempDirectory("docx").resolve("control.report");
		Files.writeString(f, source);
		PublishedReport report = DocxReports.publish(f);
		assertTrue(report.title().contains("\u001d"), report.title());
		try (XWPFDocument doc = read(report)) {
			assertEquals("三门峡市科学技术局 2025 年政府信息公开工作年度\ufffd报告", doc.getParagraphs().get(0).getText());
			assertEquals("三门峡市科学技术局 2025 年政府信息公开工作年度\ufffd报告",
					doc.getProperties().getCoreProperties().getTitle());
			assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().contains("共\ufffd 324 条")));
		}
	}

	@ParameterizedTest
	@MethodSource("inputs")
	void paragraphsEqualTheModel(DocxReports.Input input) throws Exception {
		PublishedReport report = input.report();
		List<String> expected = new ArrayList<>();
		expected.add(report.title());
		expected.addAll(Paragraphs.of(report.preamble()));
		for (PublishedSection s : report.sections()) {
			expected.add(s.def().label());
			for (Element e : s.elements()) {
				if (e instanceof Element.SubHeading h) {
					expected.add(h.text());
				} else if (e instanceof Element.Text t) {
					List<String> paragraphs = Paragraphs.of(t.text());
					// nothing lost or added: the paragraphs are the narrative without its line breaks (where
					// a wrap ate the space between a character and a number, Paragraphs gives it back)
					assertEquals(t.text().lines().map(String::strip).reduce("", String::concat).replace(" ", ""),
							String.join("", paragraphs).replace(" ", ""));
					expected.addAll(paragraphs);
				}
			}
		}
		expected.addAll(Paragraphs.of(report.trailer()));
		try (XWPFDocument doc = read(report)) {
			List<String> actual = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertEquals(expected, actual);
			for (XWPFParagraph p : doc.getParagraphs().subList(1, doc.getParagraphs().size())) {
				assertEquals(BigInteger.valueOf(200), p.getCTPPr().getInd().getFirstLineChars(), p.getText());
			}
		}
	}

	@ParameterizedTest
	@MethodSource("inputs")
	void tablesEqualTheModel(DocxReports.Input input) throws Exception {
		PublishedReport report = input.report();
		List<PublishedTable> tables = new ArrayList<>();
		for (PublishedSection s : report.sections()) {
			for (Element e : s.elements()) {
				if (e instanceof Element.TableElement t && t.table() != null) {
					tables.add(t.table());
				}
			}
		}
		try (XWPFDocument doc = read(report)) {
			assertEquals(tables.size(), doc.getTables().size());
			for (int i = 0; i < tables.size(); i++) {
				compare(tables.get(i), doc.getTables().get(i));
			}
		}
	}

	/** Row by row: the text of each cell that starts there, its spans, header repetition, no split. */
	private static void compare(PublishedTable table, XWPFTable t) {
		TableGrid grid = TableGrid.of(table.def());
		int line = 0;
		for (GridBand band : grid.bands()) {
			GridCell[][] at = TableGrid.cover(band, grid.columns().size());
			for (int r = 0; r < band.rows().size(); r++) {
				XWPFTableRow row = t.getRow(line++);
				assertTrue(row.isCantSplitRow());
				assertEquals(band.head(), row.isRepeatHeader());
				int cellIndex = 0;
				for (int c = 0; c < grid.columns().size(); cellIndex++) {
					GridCell cell = at[r][c];
					XWPFTableCell tc = row.getCell(cellIndex);
					CTTcPr pr = tc.getCTTc().getTcPr();
					int span = pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
					assertEquals(cell.colSpan(), span, table.def().id() + " " + r + "/" + c);
					String where = table.def().id() + " row " + r + " column " + c;
					if (cell.row() == r) {
						String expected = cell.kind() == GridCell.Kind.VALUE
								? table.rows().get(cell.valueRow()).cells().get(cell.valueColumn()).text()
								: cell.text().replaceAll("\r?\n", "\n");
						assertEquals(expected, tc.getText().replaceAll("\n$", ""), where);
						assertEquals(cell.rowSpan() > 1, pr.isSetVMerge(), where);
					} else {
						assertTrue(pr.isSetVMerge() && !pr.getVMerge().isSetVal(), where + ": continues a merge");
						assertEquals("", tc.getText(), where);
					}
					c += span;
				}
				assertEquals(row.getTableCells().size(), cellIndex);
			}
		}
		assertEquals(line, t.getRows().size());
		assertEquals(PageSetup.TEXT_WIDTH, t.getWidth(), "as wide as the text area");
		int sum = 0;
		for (var col : t.getCTTbl().getTblGrid().getGridColList()) {
			sum += ((BigInteger) col.getW()).intValue();
		}
		assertEquals(PageSetup.TEXT_WIDTH, sum);
	}

	@Test
	void pageFontsAndProperties() throws Exception {
		PublishedReport report = DocxReports.all().get(0).report();
		try (XWPFDocument doc = read(report)) {
			CTSectPr sect = doc.getDocument().getBody().getSectPr();
			assertEquals(BigInteger.valueOf(11906), sect.getPgSz().getW());
			assertEquals(BigInteger.valueOf(16838), sect.getPgSz().getH());
			assertEquals(BigInteger.valueOf(2098), sect.getPgMar().getTop());
			assertEquals(BigInteger.valueOf(1984), sect.getPgMar().getBottom());
			assertEquals(BigInteger.valueOf(1587), sect.getPgMar().getLeft());
			assertEquals(BigInteger.valueOf(1474), sect.getPgMar().getRight());
			assertEquals("lines", sect.getDocGrid().getType().toString());
			assertEquals(BigInteger.valueOf((16838 - 2098 - 1984) / 28), sect.getDocGrid().getLinePitch());
			assertEquals(report.title(), doc.getProperties().getCoreProperties().getTitle());
			assertEquals(report.organ(), doc.getProperties().getCoreProperties().getCreator());
			assertEquals(report.organ(), doc.getProperties().getCustomProperties()
					.getProperty(DocxRenderer.ORGAN_PROPERTY).getLpwstr());
			assertEquals(report.year(), doc.getProperties().getCustomProperties()
					.getProperty(DocxRenderer.YEAR_PROPERTY).getI4());
			List<XWPFParagraph> ps = doc.getParagraphs();
			font(ps.get(0).getRuns().get(0), "方正小标宋简体", 22);
			String heading = report.sections().get(0).def().label();
			font(ps.stream().filter(p -> p.getText().equals(heading)).findFirst().orElseThrow().getRuns().get(0), "黑体",
					16);
			XWPFParagraph body = ps.stream().filter(p -> p.getText().length() > 40).findFirst().orElseThrow();
			font(body.getRuns().get(0), "仿宋_GB2312", 16);
			// 28 characters of 16 pt on the 156 mm line: condensed by 0.25 pt
			assertEquals(-5, body.getRuns().get(0).getCharacterSpacing());
			// the footer: 「— PAGE —」
			var footer = doc.getFooterList().get(0);
			String xml = footer._getHdrFtr().xmlText();
			assertTrue(xml.contains("PAGE"), xml);
			assertEquals("— 1 —", footer.getText().strip());
		}
	}

	private static void font(XWPFRun run, String font, double size) {
		CTFonts f = run.getCTR().getRPr().getRFontsArray(0);
		assertEquals(font, f.getEastAsia(), "eastAsia slot");
		assertEquals(font, f.getAscii(), "ascii slot");
		assertEquals(font, f.getHAnsi(), "hAnsi slot");
		assertEquals(size, run.getFontSizeAsDouble());
		assertFalse(run.text().isEmpty());
	}
}
