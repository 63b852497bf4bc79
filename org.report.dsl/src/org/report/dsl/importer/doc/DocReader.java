package org.report.dsl.importer.doc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.report.dsl.format.Rule;
import org.report.dsl.importer.ImportFinding;
import org.report.dsl.importer.html.CellGrid;
import org.report.dsl.importer.text.Decoding;

/**
 * A Word 97–2003 document (.doc, an OLE2 compound file with a 「WordDocument」 stream) into the
 * importer's text, read with Apache POI's HWPF: its paragraphs one a line and its real tables as their
 * cell grids ({@link CellGrid}, the same table stage the .docx reader feeds). Merged cells: a cell
 * merged into the one on its left (fMerged) is dropped, a cell merged into the one above (fVertMerge)
 * is that cell reaching down ({@link CellGrid.Cell#spanned()}). Field codes are dropped, their results
 * kept. An OLE2 file that is not a Word document (Excel, PowerPoint, an encrypted .docx), an encrypted,
 * damaged or truncated .doc, or one larger than {@link #MAX_BYTES} gets one clear message.
 */
public final class DocReader {

	/** Beyond any annual report (they are under 2 MB, pictures included). */
	public static final int MAX_BYTES = 64 * 1024 * 1024;
	private static final String WORD_STREAM = "WordDocument";
	/** What an encrypted Office 2007+ document (.docx with a password) holds instead of its zip. */
	private static final String ENCRYPTED_PACKAGE = "EncryptedPackage";
	/** Streams that name the other OLE2 formats users may send by mistake. */
	private static final Map<String, String> OTHER_FORMATS = Map.of("Workbook", "Excel 97–2003（.xls）", "Book",
			"Excel 95（.xls）", "PowerPoint Document", "PowerPoint 97–2003（.ppt）", "__properties_version1.0",
			"Outlook 邮件（.msg）");
	private static final String BROKEN = "Word 97–2003（.doc）文件已损坏或不完整，无法读取";

	private DocReader() {
	}

	public static Decoding.Decoded read(byte[] bytes) {
		if (bytes.length > MAX_BYTES) {
			return refused("OLE2 文件超过 " + MAX_BYTES / (1024 * 1024) + " MB，不像年度报告，未导入");
		}
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
			DirectoryNode root = fs.getRoot();
			if (!root.hasEntry(WORD_STREAM)) {
				return refused(notWord(root));
			}
			try (HWPFDocument doc = new HWPFDocument(root)) {
				return new Decoding.Decoded(new DocReader().text(doc.getRange()), "Word 97–2003", null);
			}
		} catch (EncryptedDocumentException e) {
			return refused("Word 97–2003（.doc）文件已加密（设有打开密码），无法导入：请在 Word/WPS 中去掉密码后再导入");
		} catch (OldFileFormatException e) {
			return refused("这是 Word 6.0/95 或更早格式的文件，不支持导入：请在 Word/WPS 中另存为 .docx 后再导入");
		} catch (IOException | RuntimeException e) {
			return refused(BROKEN);
		}
	}

	/** Why an OLE2 file without a WordDocument stream is not imported. */
	private static String notWord(DirectoryNode root) {
		if (root.hasEntry(ENCRYPTED_PACKAGE)) {
			return "Word 文件已加密（设有打开密码），无法导入：请在 Word/WPS 中去掉密码后再导入";
		}
		for (Map.Entry<String, String> other : OTHER_FORMATS.entrySet()) {
			if (root.hasEntry(other.getKey())) {
				return "这是 " + other.getValue() + "文件，不是 Word 文档，不支持导入";
			}
		}
		return "这是 OLE2 复合文件，但其中没有 Word 正文（WordDocument），不是 Word 97–2003 文档，不支持导入";
	}

	private static Decoding.Decoded refused(String message) {
		return new Decoding.Decoded(null, null, ImportFinding.of(1, 1, Rule.ENCODING, message));
	}

	private final StringBuilder out = new StringBuilder();

	private String text(Range range) {
		int n = range.numParagraphs();
		for (int i = 0; i < n; i++) {
			Paragraph p = range.getParagraph(i);
			if (p.isInTable()) {
				Table table = range.getTable(p);
				grid(table).appendTo(out);
				i += Math.max(1, table.numParagraphs()) - 1;
			} else {
				out.append(plain(p.text()).strip()).append('\n');
			}
		}
		return out.toString();
	}

	/** A table as its grid: horizontally merged cells once, vertically merged ones as the cell above reaching down. */
	private static CellGrid grid(Table table) {
		List<List<CellGrid.Cell>> rows = new ArrayList<>();
		Map<Integer, String> above = new HashMap<>(); // left edge → text of the cell a vertical merge started there
		for (int r = 0; r < table.numRows(); r++) {
			TableRow row = table.getRow(r);
			List<CellGrid.Cell> cells = new ArrayList<>();
			for (int c = 0; c < row.numCells(); c++) {
				TableCell cell = row.getCell(c);
				if (cell.isMerged() && !cell.isFirstMerged()) {
					continue;
				}
				if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()) {
					cells.add(new CellGrid.Cell(above.getOrDefault(cell.getLeftEdge(), ""), true));
					continue;
				}
				String text = cellText(cell);
				cells.add(new CellGrid.Cell(text, false));
				if (cell.isFirstVerticallyMerged()) {
					above.put(cell.getLeftEdge(), text);
				}
			}
			rows.add(cells);
		}
		return new CellGrid(rows);
	}

	/** A cell's paragraphs joined without a break (a label wrapped over two paragraphs is one label). */
	private static String cellText(TableCell cell) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < cell.numParagraphs(); i++) {
			b.append(plain(cell.getParagraph(i).text()).replace('\n', ' ').strip());
		}
		return b.toString().strip();
	}

	/**
	 * Word's text without its marks: field codes dropped (their results kept), the paragraph, cell and
	 * row marks gone, a manual line or page break a line break, a tab a space, a non-breaking hyphen a
	 * hyphen, an optional hyphen and the anchors of pictures and objects nothing.
	 */
	static String plain(String text) {
		String s = Range.stripFields(text);
		StringBuilder b = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '\r', '\u0007', '\u0001', '\u0008', '\u001f', '\u0013', '\u0014', '\u0015' -> {
			}
			case '\u000b', '\u000c', '\u000e' -> b.append('\n');
			case '\t', '\u00a0' -> b.append(' ');
			case '\u001e' -> b.append('-');
			default -> b.append(c);
			}
		}
		return b.toString();
	}
}
