package org.report.dsl.publish.docx;

import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;

/**
 * The fonts and sizes of GB/T 9704 (党政机关公文格式) as Word and WPS name them. Every font slot of a run is
 * set (ascii, hAnsi, eastAsia, cs): Word picks the east-Asian slot for Chinese characters and the ASCII
 * slot for digits, so setting only one leaves half the text in the default font.
 */
enum OfficialFonts {
	/** 标题：方正小标宋简体 2 号 */
	TITLE("方正小标宋简体", 22),
	/** 一级标题：黑体 3 号 */
	HEADING("黑体", 16),
	/** 二级标题：楷体_GB2312 3 号 */
	PART("楷体_GB2312", 16),
	/** 正文：仿宋_GB2312 3 号 */
	BODY("仿宋_GB2312", 16),
	/** 表格：仿宋_GB2312 五号 */
	TABLE("仿宋_GB2312", 10.5),
	/** 表格的勾稽关系说明：仿宋_GB2312 小五 */
	NOTE("仿宋_GB2312", 9),
	/** 页码：宋体 4 号 */
	PAGE_NUMBER("宋体", 14);

	private final String font;
	private final double size;

	OfficialFonts(String font, double size) {
		this.font = font;
		this.size = size;
	}

	String font() {
		return font;
	}

	double size() {
		return size;
	}

	/** Sets the run's font in every slot and its size. */
	void apply(XWPFRun run) {
		apply(run, size);
	}

	/** Sets the run's font in every slot, at the given size (a table's numbers shrunk to fit). */
	void apply(XWPFRun run, double points) {
		for (FontCharRange range : FontCharRange.values()) {
			run.setFontFamily(font, range);
		}
		run.setFontSize(points);
	}
}
