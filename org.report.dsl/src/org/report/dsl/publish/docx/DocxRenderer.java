package org.report.dsl.publish.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.report.dsl.publish.Element;
import org.report.dsl.publish.Paragraphs;
import org.report.dsl.publish.PublishedReport;
import org.report.dsl.publish.PublishedSection;

/**
 * A report as a Word document (Word 文档, .docx) in the layout of GB/T 9704: the title (方正小标宋简体 2 号,
 * centred), section headings (黑体 3 号), part headings (楷体_GB2312 3 号), narrative as real paragraphs
 * (仿宋_GB2312 3 号, first line indented two characters), the three tables in the official layout
 * ({@link DocxTables}), the page set-up and page numbers ({@link PageSetup}), and the document
 * properties (title, organ, year). Written with Apache POI's XWPF. Stateless: one instance may render
 * any number of reports.
 */
public final class DocxRenderer {

	/** Custom property: the organ (机关). */
	public static final String ORGAN_PROPERTY = "机关";
	/** Custom property: the year (年度). */
	public static final String YEAR_PROPERTY = "年度";

	/** The .docx bytes of a report. */
	public byte[] render(PublishedReport report) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
			properties(doc, report);
			PageSetup.apply(doc);
			title(doc, report.title());
			narrative(doc, report.preamble());
			for (PublishedSection section : report.sections()) {
				heading(doc, section.def().label(), OfficialFonts.HEADING);
				for (Element e : section.elements()) {
					if (e instanceof Element.SubHeading h) {
						heading(doc, h.text(), OfficialFonts.PART);
					} else if (e instanceof Element.Text t) {
						narrative(doc, t.text());
					} else if (e instanceof Element.TableElement t && t.table() != null) {
						DocxTables.render(doc, t.table());
					}
				}
			}
			narrative(doc, report.trailer());
			doc.write(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e); // writing to memory: does not happen
		}
	}

	private static void properties(XWPFDocument doc, PublishedReport report) {
		POIXMLProperties properties = doc.getProperties();
		POIXMLProperties.CoreProperties core = properties.getCoreProperties();
		core.setTitle(XmlText.of(report.title()));
		core.setCreator(XmlText.of(report.organ()));
		core.setSubjectProperty(XmlText.of(report.organ() + " " + report.year()));
		core.setKeywords(XmlText.of(report.organ() + "," + report.year()));
		POIXMLProperties.CustomProperties custom = properties.getCustomProperties();
		custom.addProperty(ORGAN_PROPERTY, XmlText.of(report.organ()));
		custom.addProperty(YEAR_PROPERTY, report.year());
		properties.getExtendedProperties().setApplication("ReportDSL");
	}

	private static void title(XWPFDocument doc, String title) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		p.getCTPPr().addNewKeepNext();
		p.getCTPPr().addNewSnapToGrid().setVal("false"); // 2 号 characters at their own width, not two grid cells
		XWPFRun run = p.createRun();
		OfficialFonts.TITLE.apply(run);
		run.setText(XmlText.of(title));
		// a blank line under the title, as in the template
		p.setSpacingAfterLines(100);
	}

	/** A heading: indented two characters like the body, kept with what follows. */
	private static void heading(XWPFDocument doc, String text, OfficialFonts font) {
		XWPFParagraph p = indented(doc);
		p.getCTPPr().addNewKeepNext();
		XWPFRun run = p.createRun();
		font.apply(run);
		run.setCharacterSpacing(PageSetup.characterSpacing());
		run.setText(XmlText.of(text));
	}

	private static void narrative(XWPFDocument doc, String text) {
		for (String paragraph : Paragraphs.of(text)) {
			XWPFParagraph p = indented(doc);
			p.setAlignment(ParagraphAlignment.BOTH);
			XWPFRun run = p.createRun();
			OfficialFonts.BODY.apply(run);
			run.setCharacterSpacing(PageSetup.characterSpacing());
			run.setText(XmlText.of(paragraph));
		}
	}

	/** A paragraph whose first line is indented two characters (firstLineChars 200, and in twips). */
	private static XWPFParagraph indented(XWPFDocument doc) {
		XWPFParagraph p = doc.createParagraph();
		CTPPr pr = p.getCTPPr();
		CTInd ind = pr.isSetInd() ? pr.getInd() : pr.addNewInd();
		ind.setFirstLineChars(BigInteger.valueOf(200));
		ind.setFirstLine(BigInteger.valueOf(Math.round(2 * OfficialFonts.BODY.size() * 20)));
		return p;
	}
}
