package org.report.dsl.importer.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.report.dsl.format.Rule;
import org.report.dsl.importer.ImportFinding;
import org.report.dsl.importer.text.Decoding;

/**
 * A PDF (as offices publish it, made by WPS or Word) into the importer's text through PDFBox: the text
 * layer with positions, each ruled table rebuilt as its cell grid ({@link RuledTable}) and written as
 * the table stage reads it, the rest line by line; running headers and footers that repeat on every
 * page are dropped (page numbers the text stage drops itself). A PDF without a text layer (a scan), an
 * encrypted, damaged or overlong one gets one clear message.
 */
public final class PdfReader {

	/** More pages than any annual report has: refused before reading. */
	public static final int MAX_PAGES = 100;
	/** What PDFBox may hold in memory for one file. */
	private static final long MAX_MEMORY = 256L * 1024 * 1024;
	/** Unpacked content stream of one page beyond any real page (a WPS page of text and tables is under 100 KB). */
	public static final int MAX_CONTENT = 16 * 1024 * 1024;
	/** Fewer characters than this per page on average: no text layer. */
	private static final int TEXT_PER_PAGE = 20;
	/** Margins (fraction of the page height) where running headers and footers stand. */
	private static final float MARGIN = 0.08f;

	private PdfReader() {
	}

	public static Decoding.Decoded read(byte[] bytes) {
		if (!complete(bytes)) {
			return refused("PDF 文件不完整（文件末尾缺失，可能下载或复制时被截断），无法读取");
		}
		try (PDDocument pdf = Loader.loadPDF(bytes, "", null, null,
				MemoryUsageSetting.setupMainMemoryOnly(MAX_MEMORY).streamCache)) {
			int pages = pdf.getNumberOfPages();
			if (pages == 0) {
				return refused("PDF 文件没有页面（文件可能已损坏或不完整）");
			}
			if (pages > MAX_PAGES) {
				return refused("PDF 有 " + pages + " 页，超过 " + MAX_PAGES + " 页：这不像一份政府信息公开工作年度报告，未导入");
			}
			for (PDPage page : pdf.getPages()) {
				if (!bounded(page)) {
					return refused("PDF 的页面内容解压后超过 " + MAX_CONTENT / (1024 * 1024) + " MB（可能是压缩炸弹），未导入");
				}
			}
			Map<Integer, List<Glyph>> glyphs = glyphs(pdf);
			int count = glyphs.values().stream().mapToInt(List::size).sum();
			if (count < TEXT_PER_PAGE * pages) {
				return refused("PDF 没有文字层（扫描件或图片）：不支持 OCR 文字识别；请取得带文字的 PDF、网页或 Word 文件后再导入");
			}
			List<List<Object>> pageParts = new ArrayList<>();
			for (int p = 0; p < pages; p++) {
				PDPage page = pdf.getPage(p);
				pageParts.add(page(page, glyphs.getOrDefault(p + 1, List.of())));
			}
			return new Decoding.Decoded(text(pageParts, pdf), "PDF", null);
		} catch (InvalidPasswordException e) {
			return refused("PDF 文件已加密（需要密码才能打开），无法导入：请取得未加密的文件");
		} catch (IOException | RuntimeException e) {
			return refused("PDF 文件已损坏或不完整，无法读取");
		}
	}

	/** A whole PDF ends with 「%%EOF」 (and at most some white space or padding after it). */
	private static boolean complete(byte[] bytes) {
		int from = Math.max(0, bytes.length - 1024);
		String tail = new String(bytes, from, bytes.length - from, java.nio.charset.StandardCharsets.ISO_8859_1);
		return tail.contains("%%EOF");
	}

	/**
	 * Whether the page's content streams unpack to at most {@link #MAX_CONTENT} bytes. Flate streams (what
	 * WPS and Word write) are inflated here, counted and dropped, so that a bomb is never held in
	 * memory; PDFBox would decode a whole stream into memory first.
	 */
	private static boolean bounded(PDPage page) throws IOException {
		long total = 0;
		java.util.Iterator<org.apache.pdfbox.pdmodel.common.PDStream> streams = page.getContentStreams();
		while (streams.hasNext()) {
			org.apache.pdfbox.cos.COSStream stream = streams.next().getCOSObject();
			org.apache.pdfbox.cos.COSBase filters = stream.getFilters();
			boolean flate = org.apache.pdfbox.cos.COSName.FLATE_DECODE.equals(filters)
					|| filters instanceof org.apache.pdfbox.cos.COSArray a && a.size() == 1
							&& org.apache.pdfbox.cos.COSName.FLATE_DECODE.equals(a.getObject(0));
			if (filters == null) {
				total += stream.getLength();
			} else if (flate) {
				try (java.io.InputStream in = new java.util.zip.InflaterInputStream(stream.createRawInputStream())) {
					byte[] buffer = new byte[64 * 1024];
					for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
						total += n;
						if (total > MAX_CONTENT) {
							return false;
						}
					}
				} catch (java.util.zip.ZipException e) {
					// a damaged stream: PDFBox reads what it can of it
				}
			}
			if (total > MAX_CONTENT) {
				return false;
			}
		}
		return true;
	}

	private static Decoding.Decoded refused(String message) {
		return new Decoding.Decoded(null, null, ImportFinding.of(1, 1, Rule.ENCODING, message));
	}

	/** Every glyph of the text layer, by page (1-based). */
	private static Map<Integer, List<Glyph>> glyphs(PDDocument pdf) throws IOException {
		Map<Integer, List<Glyph>> byPage = new HashMap<>();
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void processTextPosition(TextPosition t) {
				String s = t.getUnicode();
				if (s != null && !s.isBlank()) {
					byPage.computeIfAbsent(getCurrentPageNo(), n -> new ArrayList<>()).add(new Glyph(s, t.getXDirAdj(),
							t.getYDirAdj(), t.getWidthDirAdj(), Math.max(t.getHeightDir(), 1f)));
				}
			}
		};
		stripper.getText(pdf);
		return byPage;
	}

	/** A page's parts in reading order: lines of text (TextLines.Line) and tables (RuledTable), top to bottom. */
	private static List<Object> page(PDPage page, List<Glyph> glyphs) throws IOException {
		List<RuledTable> tables = RuledTable.of(Rulings.of(page).segments());
		List<Glyph> free = new ArrayList<>();
		for (Glyph g : glyphs) {
			if (tables.stream().noneMatch(t -> t.take(g))) {
				free.add(g);
			}
		}
		TreeMap<Float, List<Object>> parts = new TreeMap<>();
		for (RuledTable t : tables) {
			parts.computeIfAbsent(t.top(), k -> new ArrayList<>()).add(t);
		}
		for (TextLines.Line l : TextLines.of(free)) {
			parts.computeIfAbsent(l.baseline(), k -> new ArrayList<>()).add(l);
		}
		List<Object> out = new ArrayList<>();
		parts.values().forEach(out::addAll);
		return out;
	}

	private static String text(List<List<Object>> pages, PDDocument pdf) {
		Map<String, Integer> margins = new HashMap<>();
		for (int p = 0; p < pages.size(); p++) {
			float height = pdf.getPage(p).getMediaBox().getHeight();
			for (Object part : pages.get(p)) {
				if (part instanceof TextLines.Line l && inMargin(l, height)) {
					margins.merge(l.text().replaceAll("\\d+", "#"), 1, Integer::sum);
				}
			}
		}
		StringBuilder b = new StringBuilder();
		for (int p = 0; p < pages.size(); p++) {
			float height = pdf.getPage(p).getMediaBox().getHeight();
			for (Object part : pages.get(p)) {
				if (part instanceof TextLines.Line l) {
					boolean running = pages.size() > 2 && inMargin(l, height)
							&& margins.getOrDefault(l.text().replaceAll("\\d+", "#"), 0) > pages.size() / 2;
					if (!running) {
						b.append(l.text()).append('\n');
					}
				} else if (part instanceof RuledTable t) {
					t.grid().appendTo(b);
				}
			}
		}
		return b.toString();
	}

	private static boolean inMargin(TextLines.Line l, float height) {
		return l.baseline() < height * MARGIN || l.baseline() > height * (1 - MARGIN);
	}
}
