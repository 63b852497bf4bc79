package org.report.dsl.importer.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The ruling lines of a page (表格线): stroked horizontal and vertical segments and thin filled
 * rectangles, in top-down page coordinates (as text positions are), from PDFBox's graphics stream.
 */
final class Rulings extends PDFGraphicsStreamEngine {

	/** A segment: horizontal (y fixed, from a to b in x) or vertical (x fixed, from a to b in y). */
	record Segment(boolean horizontal, float at, float from, float to) {
	}

	/** Thicker than this is no line but a shaded area. */
	private static final float THIN = 2.5f;
	private static final float SHORTEST = 3f;

	private final float top;
	private final List<Segment> segments = new ArrayList<>();
	private final List<float[]> path = new ArrayList<>(); // x0, y0, x1, y1 of the current path's lines and rectangles
	private final Point2D.Float current = new Point2D.Float();
	private int images;

	private Rulings(PDPage page) {
		super(page);
		top = page.getMediaBox().getUpperRightY();
	}

	static Rulings of(PDPage page) throws IOException {
		Rulings r = new Rulings(page);
		r.processPage(page);
		return r;
	}

	List<Segment> segments() {
		return segments;
	}

	int images() {
		return images;
	}

	@Override
	public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
		path.add(new float[] { (float) p0.getX(), (float) p0.getY(), (float) p2.getX(), (float) p2.getY(), 1 });
	}

	@Override
	public void moveTo(float x, float y) {
		current.setLocation(x, y);
	}

	@Override
	public void lineTo(float x, float y) {
		path.add(new float[] { current.x, current.y, x, y, 0 });
		current.setLocation(x, y);
	}

	@Override
	public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
		current.setLocation(x3, y3);
	}

	@Override
	public Point2D getCurrentPoint() {
		return current;
	}

	@Override
	public void closePath() {
	}

	@Override
	public void endPath() {
		path.clear();
	}

	@Override
	public void strokePath() {
		for (float[] p : path) {
			if (p[4] == 1) { // a stroked rectangle: its four edges
				add(p[0], p[1], p[2], p[1]);
				add(p[0], p[3], p[2], p[3]);
				add(p[0], p[1], p[0], p[3]);
				add(p[2], p[1], p[2], p[3]);
			} else {
				add(p[0], p[1], p[2], p[3]);
			}
		}
		path.clear();
	}

	@Override
	public void fillPath(int windingRule) {
		for (float[] p : path) {
			float w = Math.abs(p[2] - p[0]), h = Math.abs(p[3] - p[1]);
			if (p[4] == 1 && h < THIN && w >= SHORTEST) {
				add(p[0], (p[1] + p[3]) / 2, p[2], (p[1] + p[3]) / 2);
			} else if (p[4] == 1 && w < THIN && h >= SHORTEST) {
				add((p[0] + p[2]) / 2, p[1], (p[0] + p[2]) / 2, p[3]);
			}
		}
		path.clear();
	}

	@Override
	public void fillAndStrokePath(int windingRule) {
		strokePath();
	}

	private void add(float x0, float y0, float x1, float y1) {
		float ty0 = top - y0, ty1 = top - y1;
		if (Math.abs(ty0 - ty1) < THIN && Math.abs(x1 - x0) >= SHORTEST) {
			segments.add(new Segment(true, (ty0 + ty1) / 2, Math.min(x0, x1), Math.max(x0, x1)));
		} else if (Math.abs(x0 - x1) < THIN && Math.abs(ty1 - ty0) >= SHORTEST) {
			segments.add(new Segment(false, (x0 + x1) / 2, Math.min(ty0, ty1), Math.max(ty0, ty1)));
		}
	}

	@Override
	public void clip(int windingRule) {
		// the clipping path is no ruling; endPath follows
	}

	@Override
	public void drawImage(PDImage image) {
		images++;
	}

	@Override
	public void shadingFill(COSName shadingName) {
	}
}
