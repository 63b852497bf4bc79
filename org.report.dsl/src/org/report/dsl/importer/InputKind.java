package org.report.dsl.importer;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a file to import is, by its content (magic bytes, markup), not by its extension: a web page
 * (网页), a PDF, a Word document (.docx: a zip holding word/document.xml; .doc: an OLE2 compound
 * file), another zip or OLE2 file, or text.
 */
public enum InputKind {
	/** 网页 (.html/.htm saved from a site). */
	HTML,
	/** PDF（%PDF- at the start, or within the first kilobyte as some producers write it). */
	PDF,
	/** Word 2007+ (.docx): a zip with word/document.xml. */
	DOCX,
	/** Word 97–2003 (.doc) or another OLE2 compound file (.wps, .xls). */
	OLE2,
	/** A zip that is no Word document (.xlsx, .odt, an archive). */
	ZIP,
	/** Anything else: read as published text. */
	TEXT;

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };
	private static final byte[] OLE2_MAGIC = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
			0x1A, (byte) 0xE1 };
	private static final byte[] DOCX_ENTRY = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
	private static final int SNIFF = 1024;

	public static InputKind of(byte[] bytes) {
		if (startsWith(bytes, ZIP_MAGIC)) {
			// the central directory names every entry, also when the local headers come in another order
			return indexOf(bytes, DOCX_ENTRY, 0, bytes.length) >= 0 ? DOCX : ZIP;
		}
		if (startsWith(bytes, OLE2_MAGIC)) {
			return OLE2;
		}
		if (indexOf(bytes, PDF_MAGIC, 0, Math.min(bytes.length, SNIFF)) >= 0) {
			return PDF;
		}
		return looksLikeMarkup(bytes) ? HTML : TEXT;
	}

	/**
	 * A web page starts (after a byte-order mark, white space and comments) with a doctype or an
	 * {@code <html>}, {@code <head>}, {@code <meta>} or {@code <body>} tag. The head is ASCII in every
	 * charset a page may use, so the first kilobyte is read as Latin-1.
	 */
	private static boolean looksLikeMarkup(byte[] bytes) {
		String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1)
				.toLowerCase(Locale.ROOT);
		int i = head.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0;
		while (i < head.length()) {
			char c = head.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			} else if (head.startsWith("<!--", i)) {
				int end = head.indexOf("-->", i);
				if (end < 0) {
					return false;
				}
				i = end + 3;
			} else if (head.startsWith("<?xml", i)) {
				int end = head.indexOf("?>", i);
				if (end < 0) {
					return false;
				}
				i = end + 2;
			} else {
				return head.startsWith("<!doctype html", i) || startsTag(head, i, "html") || startsTag(head, i, "head")
						|| startsTag(head, i, "meta") || startsTag(head, i, "body");
			}
		}
		return false;
	}

	private static boolean startsTag(String head, int i, String name) {
		int end = i + 1 + name.length();
		return head.startsWith("<" + name, i) && end < head.length()
				&& (head.charAt(end) == '>' || Character.isWhitespace(head.charAt(end)));
	}

	private static boolean startsWith(byte[] bytes, byte[] magic) {
		return bytes.length >= magic.length && indexOf(bytes, magic, 0, magic.length) == 0;
	}

	private static int indexOf(byte[] bytes, byte[] what, int from, int to) {
		outer: for (int i = from; i + what.length <= to; i++) {
			for (int j = 0; j < what.length; j++) {
				if (bytes[i + j] != what[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
