package org.report.dsl.cli.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.report.dsl.cli.CliRunner;

/**
 * {@code reportdsl import} of Word documents made here with Apache POI from an example's print page:
 * its headings and paragraphs as Word paragraphs, its tables as Word tables with merged cells
 * (gridSpan, vMerge). The import gives exactly the example's values; a truncated document and a zip
 * bomb get one clear message, exit code 2 and no output.
 */
class ImportDocxTest {

	@TempDir
	Path dir;

	/** The example as a Word document: the print page's blocks in order. */
	private byte[] docx(String example) throws IOException {
		return docx(example, dir);
	}

	/** The example as a Word document (its print page rendered into dir): the page's blocks in order. */
	static byte[] docx(String example, Path dir) throws IOException {
		Element body = Jsoup.parse(Documents.page(example, dir)).body();
		try (XWPFDocument doc = new XWPFDocument()) {
			for (Element e : body.select("h1, h2, h3, p, table")) {
				if (e.parents().stream().anyMatch(p -> p.normalName().equals("table"))) {
					continue;
				}
				if (e.normalName().equals("table")) {
					table(doc, e);
				} else {
					doc.createParagraph().createRun().setText(e.text());
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.write(out);
			return out.toByteArray();
		}
	}

	/** An HTML table as a Word table: colspan as gridSpan, rowspan as vMerge restart/continue. */
	private static void table(XWPFDocument doc, Element html) {
		XWPFTable table = doc.createTable();
		CTTbl tbl = table.getCTTbl();
		tbl.removeTr(0);
		Map<Integer, int[]> down = new HashMap<>(); // column → {rows still covered, colspan}
		for (Element tr : html.select("tr")) {
			CTRow row = tbl.addNewTr();
			List<Element> cells = new ArrayList<>(tr.select("> td, > th"));
			int col = 0;
			while (!cells.isEmpty() || down.containsKey(col)) {
				int[] cover = down.get(col);
				if (cover != null) {
					cell(row, "", cover[1], STMerge.CONTINUE);
					if (--cover[0] == 0) {
						down.remove(col);
					}
					col += cover[1];
					continue;
				}
				Element td = cells.remove(0);
				int colspan = td.hasAttr("colspan") ? Integer.parseInt(td.attr("colspan")) : 1;
				int rowspan = td.hasAttr("rowspan") ? Integer.parseInt(td.attr("rowspan")) : 1;
				cell(row, td.text(), colspan, rowspan > 1 ? STMerge.RESTART : null);
				if (rowspan > 1) {
					down.put(col, new int[] { rowspan - 1, colspan });
				}
				col += colspan;
			}
		}
	}

	private static void cell(CTRow row, String text, int colspan, STMerge.Enum merge) {
		CTTc tc = row.addNewTc();
		CTTcPr pr = tc.addNewTcPr();
		if (colspan > 1) {
			pr.addNewGridSpan().setVal(BigInteger.valueOf(colspan));
		}
		if (merge != null) {
			pr.addNewVMerge().setVal(merge);
		}
		tc.addNewP().addNewR().addNewT().setStringValue(text);
	}

	private Path write(String name, byte[] bytes) throws IOException {
		return Documents.write(dir, name, bytes);
	}

	private void refused(Path file, String message) {
		Documents.refused(file, dir, message);
	}

	@Test
	void wordDocumentWithMergedCellsGivesTheExamplesValues() throws IOException {
		for (String example : List.of("sanmenxia-keji-2025", "pingtan-2022")) {
			Path file = write(example + ".docx", docx(example));
			CliRunner.Result run = Documents.importFile(file, dir);
			assertEquals(0, run.exit(), run.err());
			assertTrue(run.err().contains("，0 个错误，"), run.err());
			Documents.sameValues(example, dir.resolve("out/" + example + ".report"));
		}
	}

	@Test
	void truncatedWordDocument() throws IOException {
		byte[] whole = docx("sanmenxia-keji-2025");
		refused(write("cut.docx", Arrays.copyOf(whole, whole.length / 3)),
				"Word（.docx）文件已损坏或不完整，无法读取");
	}

	@Test
	void zipBomb() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] spaces = new byte[1024 * 1024];
			Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 64; i++) {
				zip.write(spaces);
			}
			zip.closeEntry();
		}
		assertTrue(bytes.size() < 1024 * 1024, "a bomb: " + bytes.size() + " bytes");
		refused(write("bomb.docx", bytes.toByteArray()), "Word 文件解压后超过 32 MB（可能是压缩炸弹），未导入");
	}
}
