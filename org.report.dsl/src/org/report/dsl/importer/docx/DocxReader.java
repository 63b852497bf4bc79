package org.report.dsl.importer.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.report.dsl.format.Rule;
import org.report.dsl.importer.ImportFinding;
import org.report.dsl.importer.html.CellGrid;
import org.report.dsl.importer.text.Decoding;

/**
 * A Word document (.docx) into the importer's text: its paragraphs one a line and its real tables as
 * their cell grids (merged cells: 「w:gridSpan」 across, 「w:vMerge」 down), written as the table
 * stage reads them ({@link CellGrid}). Reads word/document.xml with the JDK's zip and StAX readers,
 * bounded: more than {@link #MAX_XML} bytes unpacked (a zip bomb) or a damaged zip gets one clear
 * message. DTDs and external entities are off.
 */
public final class DocxReader {

	/** Unpacked size of word/document.xml beyond any annual report (they are under 2 MB). */
	public static final int MAX_XML = 32 * 1024 * 1024;
	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
	private static final String DOCUMENT = "word/document.xml";

	private DocxReader() {
	}

	public static Decoding.Decoded read(byte[] bytes) {
		byte[] xml;
		try {
			xml = document(bytes);
		} catch (TooLarge e) {
			return refused("Word 文件解压后超过 " + MAX_XML / (1024 * 1024) + " MB（可能是压缩炸弹），未导入");
		} catch (IOException e) {
			return refused("Word（.docx）文件已损坏或不完整，无法读取");
		}
		if (xml == null) {
			return refused("Word（.docx）文件已损坏或不完整（找不到正文 word/document.xml），无法读取");
		}
		try {
			return new Decoding.Decoded(new DocxReader().text(xml), "Word", null);
		} catch (XMLStreamException | RuntimeException e) {
			return refused("Word（.docx）文件的正文已损坏，无法读取");
		}
	}

	private static Decoding.Decoded refused(String message) {
		return new Decoding.Decoded(null, null, ImportFinding.of(1, 1, Rule.ENCODING, message));
	}

	private static final class TooLarge extends IOException {
		private static final long serialVersionUID = 1L;
	}

	private static byte[] document(byte[] bytes) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				if (e.getName().equals(DOCUMENT)) {
					return bounded(zip);
				}
			}
		}
		return null;
	}

	private static byte[] bounded(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
			if (out.size() + n > MAX_XML) {
				throw new TooLarge();
			}
			out.write(buffer, 0, n);
		}
		return out.toByteArray();
	}

	private final StringBuilder out = new StringBuilder();

	private String text(byte[] xml) throws XMLStreamException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		XMLStreamReader r = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
		while (r.hasNext()) {
			if (r.next() == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
				if (r.getLocalName().equals("tbl")) {
					table(r).appendTo(out);
				} else if (r.getLocalName().equals("p")) {
					out.append(paragraph(r).strip()).append('\n');
				}
			}
		}
		return out.toString();
	}

	/** The text of a 「w:p」 (the reader on its start), up to its end. */
	private static String paragraph(XMLStreamReader r) throws XMLStreamException {
		StringBuilder b = new StringBuilder();
		int depth = 1;
		while (depth > 0 && r.hasNext()) {
			int event = r.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
				if (W.equals(r.getNamespaceURI())) {
					switch (r.getLocalName()) {
					case "t" -> {
						b.append(r.getElementText());
						depth--;
					}
					case "tab" -> b.append(' ');
					case "br", "cr" -> b.append('\n');
					default -> {
					}
					}
				}
			} else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
		return b.toString();
	}

	/** A 「w:tbl」 as its grid: gridSpan cells once, vMerge continuations as spanned cells of their column. */
	private static CellGrid table(XMLStreamReader r) throws XMLStreamException {
		List<List<CellGrid.Cell>> rows = new ArrayList<>();
		Map<Integer, String> merged = new HashMap<>(); // column → text of the cell a vMerge started there
		List<CellGrid.Cell> row = null;
		int col = 0, depth = 1, span = 1;
		String vMerge = null;
		StringBuilder cell = null;
		while (depth > 0 && r.hasNext()) {
			int event = r.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
				if (!W.equals(r.getNamespaceURI())) {
					continue;
				}
				switch (r.getLocalName()) {
				case "tr" -> {
					row = new ArrayList<>();
					col = 0;
				}
				case "tc" -> {
					cell = new StringBuilder();
					span = 1;
					vMerge = null;
				}
				case "gridSpan" -> span = Math.max(1, Math.min(64, parse(r.getAttributeValue(W, "val"))));
				case "vMerge" -> vMerge = r.getAttributeValue(W, "val") == null ? "continue" : r.getAttributeValue(W, "val");
				case "p" -> {
					if (cell != null) {
						cell.append(paragraph(r));
						depth--;
					}
				}
				default -> {
				}
				}
			} else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
				if (!W.equals(r.getNamespaceURI())) {
					continue;
				}
				if (r.getLocalName().equals("tc") && row != null && cell != null) {
					String text = cell.toString().replace('\n', ' ').strip();
					if ("continue".equals(vMerge)) {
						row.add(new CellGrid.Cell(merged.getOrDefault(col, ""), true));
					} else {
						row.add(new CellGrid.Cell(text, false));
						if ("restart".equals(vMerge)) {
							merged.put(col, text);
						}
					}
					col += span;
					cell = null;
				} else if (r.getLocalName().equals("tr") && row != null) {
					rows.add(row);
					row = null;
				}
			}
		}
		return new CellGrid(rows);
	}

	private static int parse(String s) {
		try {
			return s == null ? 1 : Integer.parseInt(s.strip());
		} catch (NumberFormatException e) {
			return 1;
		}
	}
}
