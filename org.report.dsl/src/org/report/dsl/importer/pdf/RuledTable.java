package org.report.dsl.importer.pdf;

import java.util.ArrayList;
import java.util.List;

import org.report.dsl.importer.html.CellGrid;

/**
 * A table of a PDF page rebuilt from its ruling lines: the horizontal lines give the rows, the vertical
 * ones the columns; where a line is missing between two places of the grid the cell spans them (a
 * group label over several rows, a header over several columns). Each glyph goes to the cell it stands
 * in, so a row label wrapped over two lines stays one label and a blank cell stays blank.
 */
final class RuledTable {

	private static final float SAME = 1.5f;

	private final float[] ys;
	private final float[] xs;
	private final int[] owner; // grid place → the place of the cell's top-left corner
	private final StringBuilder[] text;
	private final List<List<Glyph>> glyphs = new ArrayList<>();

	private RuledTable(float[] ys, float[] xs, List<Rulings.Segment> segments) {
		this.ys = ys;
		this.xs = xs;
		int rows = ys.length - 1, cols = xs.length - 1;
		owner = new int[rows * cols];
		text = new StringBuilder[rows * cols];
		for (int i = 0; i < owner.length; i++) {
			owner[i] = i;
			glyphs.add(new ArrayList<>());
		}
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < cols; c++) {
				int here = r * cols + c;
				float cy = (ys[r] + ys[r + 1]) / 2, cx = (xs[c] + xs[c + 1]) / 2;
				if (c > 0 && !covered(segments, false, xs[c], cy)) {
					owner[here] = owner[here - 1];
				} else if (r > 0 && !covered(segments, true, ys[r], cx)) {
					owner[here] = owner[here - cols];
				}
			}
		}
	}

	/** The tables of a page: runs of horizontal lines joined by vertical ones. */
	static List<RuledTable> of(List<Rulings.Segment> segments) {
		List<Float> hy = distinct(segments.stream().filter(Rulings.Segment::horizontal).map(Rulings.Segment::at).toList());
		List<RuledTable> tables = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= hy.size(); i++) {
			if (i == hy.size() || !joined(segments, hy.get(i - 1), hy.get(i))) {
				if (i - start >= 2) {
					float y0 = hy.get(start), y1 = hy.get(i - 1);
					List<Float> vx = distinct(segments.stream()
							.filter(s -> !s.horizontal() && s.from() < y1 - SAME && s.to() > y0 + SAME).map(Rulings.Segment::at)
							.toList());
					if (vx.size() >= 2) {
						tables.add(new RuledTable(array(hy.subList(start, i)), array(vx), segments));
					}
				}
				start = i;
			}
		}
		return tables;
	}

	float top() {
		return ys[0];
	}

	/** Takes the glyph when it stands inside this table. */
	boolean take(Glyph g) {
		int r = index(ys, g.centerY()), c = index(xs, g.centerX());
		if (r < 0 || c < 0) {
			return false;
		}
		glyphs.get(owner[r * (xs.length - 1) + c]).add(g);
		return true;
	}

	/** The rows of cells: a cell reaching down from a row above is marked spanned, one reaching right is left out. */
	CellGrid grid() {
		int rows = ys.length - 1, cols = xs.length - 1;
		for (int i = 0; i < owner.length; i++) {
			if (owner[i] == i) {
				StringBuilder b = new StringBuilder();
				for (TextLines.Line line : TextLines.of(glyphs.get(i))) {
					b.append(line.text());
				}
				text[i] = b;
			}
		}
		List<List<CellGrid.Cell>> out = new ArrayList<>();
		for (int r = 0; r < rows; r++) {
			List<CellGrid.Cell> row = new ArrayList<>();
			for (int c = 0; c < cols; c++) {
				int here = r * cols + c, o = owner[here];
				boolean leftEdge = c == 0 || owner[here - 1] != o;
				if (o == here) {
					row.add(new CellGrid.Cell(text[o].toString(), false));
				} else if (leftEdge && o / cols < r) {
					row.add(new CellGrid.Cell(text[o].toString(), true));
				}
			}
			out.add(row);
		}
		return new CellGrid(out);
	}

	private static boolean covered(List<Rulings.Segment> segments, boolean horizontal, float at, float point) {
		for (Rulings.Segment s : segments) {
			if (s.horizontal() == horizontal && Math.abs(s.at() - at) <= SAME && s.from() <= point && s.to() >= point) {
				return true;
			}
		}
		return false;
	}

	private static boolean joined(List<Rulings.Segment> segments, float y0, float y1) {
		float mid = (y0 + y1) / 2;
		return segments.stream().anyMatch(s -> !s.horizontal() && s.from() <= mid && s.to() >= mid);
	}

	private static int index(float[] bounds, float v) {
		if (v <= bounds[0] || v >= bounds[bounds.length - 1]) {
			return -1;
		}
		for (int i = 1; i < bounds.length; i++) {
			if (v < bounds[i]) {
				return i - 1;
			}
		}
		return -1;
	}

	private static List<Float> distinct(List<Float> values) {
		List<Float> sorted = new ArrayList<>(values);
		sorted.sort(null);
		List<Float> out = new ArrayList<>();
		for (Float v : sorted) {
			if (out.isEmpty() || v - out.get(out.size() - 1) > SAME) {
				out.add(v);
			}
		}
		return out;
	}

	private static float[] array(List<Float> values) {
		float[] a = new float[values.size()];
		for (int i = 0; i < a.length; i++) {
			a[i] = values.get(i);
		}
		return a;
	}
}
