package org.report.dsl.publish.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * The PDF of a report (PDF 文本): the print page of {@code HtmlRenderer} set by openhtmltopdf on PDFBox,
 * with the page set-up of its stylesheet (A4, GB/T 9704 margins, 「— 1 —」 at the foot) and the fonts of
 * {@link PdfFonts} embedded as subsets; no browser, no request (every external resource is refused).
 * One document at a time per process (the fonts are shared). {@code RenderService.Documents.PDF} makes
 * its PDF here; public also for the benchmarks and the tests of the command line.
 */
public final class PdfRenderer {

	/** More pages than any report has: a larger PDF is a mistake in the source (a runaway narrative). */
	public static final int MAX_PAGES = 500;

	/**
	 * More characters than {@link #MAX_PAGES} pages can hold at any legible size (a GB/T 9704 page holds 28 lines
	 * of 28 characters; four times as many allow for half-width text and small table type): a text this long is
	 * refused before its layout, which would take minutes.
	 */
	public static final int MAX_CHARACTERS = MAX_PAGES * 28 * 28 * 4;

	/** Why no PDF was made, in words for the user. */
	public static final class Failure extends Exception {
		private static final long serialVersionUID = 1L;

		Failure(String message) {
			super(message);
		}
	}

	private static final Object LOCK = new Object();

	static {
		// its INFO lines on every document would reach the user's terminal and cost time; failures surface as Failure
		XRLog.setLoggingEnabled(false);
	}

	private PdfRenderer() {
	}

	/** The one message of a PDF refused for its length ({@code pages}: the count, or a lower bound in words). */
	static Failure tooLong(String pages) {
		return new Failure("PDF 将有 " + pages + " 页，超过上限 " + MAX_PAGES + " 页，未生成：请检查叙述文字是否重复或过长");
	}

	/** The PDF of the print page {@code html}. */
	public static byte[] render(String html) throws Failure {
		PdfFonts fonts;
		try {
			fonts = PdfFonts.find();
		} catch (PdfFonts.Missing e) {
			throw new Failure(e.getMessage());
		}
		Document page = Jsoup.parse(html);
		int characters = page.body().text().length();
		if (characters > MAX_CHARACTERS) {
			throw tooLong("至少 " + (characters / (28 * 28 * 4) + 1));
		}
		// openhtmltopdf fails on a visually hidden (absolutely positioned) caption; the PDF's tables have their
		// headings above them
		page.select("table > caption").remove();
		synchronized (LOCK) {
			// a second layout only when a table continues on another page (its row-group label restated there)
			for (boolean first = true;; first = false) {
				org.w3c.dom.Document dom = new W3CDom().fromJsoup(page);
				try (PDDocument document = new PDDocument()) {
					PdfRendererBuilder builder = new PdfRendererBuilder();
					builder.useFastMode();
					builder.usePDDocument(document);
					builder.withProducer("ReportDSL");
					builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
					fonts.register(builder, document);
					builder.withW3cDocument(dom, "about:blank");
					try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
						renderer.layout();
						// counted after the layout, before the pages are drawn: a runaway PDF costs no more than its layout
						int pages = renderer.getRootBox().getLayer().getPages().size();
						if (pages > MAX_PAGES) {
							throw tooLong(Integer.toString(pages));
						}
						renderer.createPDFWithoutClosing();
						// the pages of the rows are known once drawn
						if (first && PdfContinuations.mark(page, renderer)) {
							continue;
						}
					}
					ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
					document.save(out);
					return out.toByteArray();
				} catch (IOException | RuntimeException e) {
					throw new Failure("无法生成 PDF：" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
				}
			}
		}
	}
}
