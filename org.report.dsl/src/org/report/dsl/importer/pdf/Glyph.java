package org.report.dsl.importer.pdf;

/**
 * One character of a page's text layer with its place, top-down: x of its left edge, its baseline, its
 * width and height.
 */
record Glyph(String text, float x, float baseline, float width, float height) {

	float centerX() {
		return x + width / 2;
	}

	float centerY() {
		return baseline - height / 2;
	}

	float right() {
		return x + width;
	}
}
