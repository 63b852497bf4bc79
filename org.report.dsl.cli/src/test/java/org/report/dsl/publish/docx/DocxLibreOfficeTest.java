package org.report.dsl.publish.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.report.dsl.format.layout.GridCell;
import org.report.dsl.format.layout.GridRow;
import org.report.dsl.format.layout.TableGrid;
import org.report.dsl.publish.Element;
import org.report.dsl.publish.Paragraphs;
import org.report.dsl.publish.PublishedSection;
import org.report.dsl.publish.PublishedTable;

/**
 * Each Word document (the five examples and the nine-digit report) converted headless by LibreOffice
 * to PDF, without error; read with PDFBox: every line of values of every table stands whole on one
 * page (no row split across pages, no number wrapped), and the narrative's text is there. The pages
 * are drawn as PNG under target/docx-screenshots (build artefacts). LibreOffice (Debian package
 * libreoffice-writer) is installed by releng/scripts/ensure-packages.sh when missing and apt-get may
 * be used; otherwise the test is skipped, saying why.
 */
class DocxLibreOfficeTest {

	private static final Path OUT = Path.of("target", "docx-screenshots").toAbsolutePath();
	private static String soffice;

	@BeforeAll
	static void libreOffice() throws Exception {
		soffice = find();
		if (soffice == null) {
			Path script = DocxReports.root().resolve("releng/scripts/ensure-packages.sh");
			Process p = new ProcessBuilder("bash", script.toString(), "the Word conversion test", "libreoffice-writer")
					.inheritIO().start();
			p.waitFor(15, TimeUnit.MINUTES);
			soffice = find();
		}
		Assumptions.assumeTrue(soffice != null,
				"LibreOffice (soffice) is not installed and could not be installed: apt-get install libreoffice-writer");
	}

	private static String find() {
		for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
			if (Files.isExecutable(Path.of(dir, "soffice"))) {
				return Path.of(dir, "soffice").toString();
			}
		}
		return null;
	}

	@Test
	void convertsWithEveryValueOnItsPage() throws Exception {
		List<DocxReports.Input> inputs = DocxReports.all();
		Files.createDirectories(OUT);
		List<String> args = new ArrayList<>(List.of(soffice, "--headless", "--norestore",
				"-env:UserInstallation=" + OUT.resolve("lo-profile").toUri(), "--convert-to", "pdf", "--outdir",
				OUT.toString()));
		for (DocxReports.Input input : inputs) {
			Path docx = OUT.resolve(input.name() + ".docx");
			Files.write(docx, new DocxRenderer().render(input.report()));
			Files.deleteIfExists(OUT.resolve(input.name() + ".pdf"));
			args.add(docx.toString());
		}
		Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
		String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(5, TimeUnit.MINUTES), "LibreOffice did not finish: " + log);
		assertEquals(0, p.exitValue(), log);
		for (DocxReports.Input input : inputs) {
			Path pdf = OUT.resolve(input.name() + ".pdf");
			assertTrue(Files.size(pdf) > 0, input.name() + ": no PDF\n" + log);
			check(input, pdf);
		}
	}

	private static void check(DocxReports.Input input, Path pdf) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
			List<String> pages = new ArrayList<>();
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			PDFRenderer renderer = new PDFRenderer(doc);
			for (int i = 1; i <= doc.getNumberOfPages(); i++) {
				stripper.setStartPage(i);
				stripper.setEndPage(i);
				// without the footer's page number 「— N —」
				pages.add(stripper.getText(doc).replaceAll("—\\s*" + i + "\\s*—", " ").replaceAll("\\s+", " "));
				BufferedImage image = renderer.renderImageWithDPI(i - 1, 60);
				ImageIO.write(image, "png", OUT.resolve(input.name() + "-p" + i + ".png").toFile());
			}
			String all = String.join(" ", pages).replace(" ", "");
			// punctuation aside: LibreOffice hangs a comma at a line's end into the margin, and the text
			// extraction does not always return it
			String words = all.replaceAll("\\p{P}", "");
			assertTrue(all.contains(input.report().title().replace(" ", "")), input.name() + ": title");
			for (PublishedSection s : input.report().sections()) {
				for (Element e : s.elements()) {
					if (e instanceof Element.TableElement t && t.table() != null) {
						valuesOnOnePage(input.name(), t.table(), pages);
					} else if (e instanceof Element.Text t) {
						for (String paragraph : Paragraphs.of(t.text())) {
							assertTrue(words.contains(paragraph.replaceAll("[\\s\\p{P}]+", "")),
									input.name() + ": paragraph missing: " + paragraph);
						}
					}
				}
			}
		}
	}

	/** Each printed line of values, as a run of numbers separated by spaces, stands on one page. */
	private static void valuesOnOnePage(String name, PublishedTable table, List<String> pages) {
		for (GridRow row : TableGrid.of(table.def()).rows()) {
			List<String> values = new ArrayList<>();
			for (GridCell cell : row.cells()) {
				if (cell.kind() == GridCell.Kind.VALUE) {
					values.add(table.rows().get(cell.valueRow()).cells().get(cell.valueColumn()).text());
				}
			}
			if (values.isEmpty()) {
				continue;
			}
			String line = " " + String.join(" ", values) + " ";
			if (pages.stream().noneMatch(p -> (" " + p + " ").contains(line))) {
				fail(name + " 表" + table.def().id() + ": the line of values「" + line.strip()
						+ "」is not whole on any page");
			}
		}
	}
}
