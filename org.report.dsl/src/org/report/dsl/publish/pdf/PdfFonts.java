package org.report.dsl.publish.pdf;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The TrueType fonts the PDF embeds (as subsets), found by a documented search: the directories of
 * {@code -Dreportdsl.fonts} or {@code REPORTDSL_FONTS} (separated by the path separator), then the usual
 * font directories of Linux, macOS and Windows. Each is registered under the family name
 * {@code page.css} asks for, so the official fonts are used when installed — 方正小标宋简体 (title),
 * 仿宋_GB2312 (body), 黑体 (section headings), 楷体_GB2312 (part headings), 宋体 (tables) — and the free
 * Debian fonts otherwise: AR PL UMing (fonts-arphic-uming, for 宋体/仿宋/小标宋), AR PL UKai
 * (fonts-arphic-ukai, for 楷体), WenQuanYi Zen Hei (fonts-wqy-zenhei, for 黑体). Only TrueType outlines
 * (.ttf, .ttc) are used: the PDF library cannot subset CFF fonts (.otf, Noto CJK).
 *
 * <p>The fonts are parsed once per process and shared; {@link #register} is called under the renderer's lock.
 */
public final class PdfFonts {

	/** A font file (and the font's name inside a collection) and the CSS family it serves. */
	private record Candidate(String family, String file, String nameInCollection) {
	}

	/** In order of preference within each family; a family is registered from the first file found. */
	private static final List<Candidate> CANDIDATES = List.of(
			new Candidate("方正小标宋简体", "fzxbsjw.ttf", null),
			new Candidate("方正小标宋简体", "fzxbsjw--gb1-0.ttf", null),
			new Candidate("FangSong_GB2312", "fangsong_gb2312.ttf", null),
			new Candidate("FangSong_GB2312", "仿宋_gb2312.ttf", null),
			new Candidate("FangSong", "simfang.ttf", null),
			new Candidate("SimHei", "simhei.ttf", null),
			new Candidate("KaiTi_GB2312", "kaiti_gb2312.ttf", null),
			new Candidate("KaiTi_GB2312", "楷体_gb2312.ttf", null),
			new Candidate("KaiTi", "simkai.ttf", null),
			new Candidate("SimSun", "simsun.ttc", "SimSun"),
			new Candidate("AR PL UMing CN", "uming.ttc", "AR PL UMing CN"),
			new Candidate("AR PL UKai CN", "ukai.ttc", "AR PL UKai CN"),
			new Candidate("WenQuanYi Zen Hei", "wqy-zenhei.ttc", "WenQuanYi Zen Hei"));

	/** The families the page can do without only when another serves its text (body: 宋体 or 仿宋 serif). */
	private static final List<String> BODY = List.of("FangSong_GB2312", "FangSong", "SimSun", "AR PL UMing CN");

	public static final String MISSING = "未找到可嵌入 PDF 的中文 TrueType 字体：请安装 fonts-arphic-uming、fonts-arphic-ukai、fonts-wqy-zenhei"
			+ "（Debian/Ubuntu：apt-get install fonts-arphic-uming fonts-arphic-ukai fonts-wqy-zenhei），"
			+ "或用 -Dreportdsl.fonts=目录 指定放有 仿宋_GB2312 等 .ttf 字体的目录";

	/** Thrown when no font can set the body text. */
	public static final class Missing extends Exception {
		private static final long serialVersionUID = 1L;

		Missing() {
			super(MISSING);
		}
	}

	private final Map<String, TrueTypeFont> families;

	private PdfFonts(Map<String, TrueTypeFont> families) {
		this.families = families;
	}

	/** The families found, by CSS name. */
	public List<String> families() {
		return List.copyOf(families.keySet());
	}

	private static PdfFonts found;
	private static List<Path> foundIn;

	/** The fonts of the search path (parsed once while the path stays the same). */
	public static synchronized PdfFonts find() throws Missing {
		List<Path> dirs = searchPath();
		if (found == null || !dirs.equals(foundIn)) {
			found = load(dirs);
			foundIn = dirs;
		}
		if (found.families.keySet().stream().noneMatch(BODY::contains)) {
			throw new Missing();
		}
		return found;
	}

	/** The directories searched, in order. */
	static List<Path> searchPath() {
		List<Path> dirs = new ArrayList<>();
		String configured = System.getProperty("reportdsl.fonts", System.getenv("REPORTDSL_FONTS"));
		if (configured != null && !configured.isBlank()) {
			for (String d : configured.split(File.pathSeparator)) {
				if (!d.isBlank()) {
					dirs.add(Path.of(d));
				}
			}
			if (Boolean.getBoolean("reportdsl.fonts.only")) {
				return dirs;
			}
		}
		String home = System.getProperty("user.home", "");
		for (String d : List.of("/usr/share/fonts", "/usr/local/share/fonts", home + "/.local/share/fonts",
				home + "/.fonts", "/Library/Fonts", "/System/Library/Fonts", home + "/Library/Fonts",
				"C:\\Windows\\Fonts")) {
			dirs.add(Path.of(d));
		}
		return dirs;
	}

	private static PdfFonts load(List<Path> dirs) {
		Map<String, Path> files = new HashMap<>();
		for (Path dir : dirs) {
			if (!Files.isDirectory(dir)) {
				continue;
			}
			try (Stream<Path> walk = Files.walk(dir, 5)) {
				walk.filter(Files::isRegularFile).forEach(
						f -> files.putIfAbsent(f.getFileName().toString().toLowerCase(Locale.ROOT), f));
			} catch (IOException | UncheckedIOException | SecurityException e) {
				// an unreadable font directory is skipped like a missing one
			}
		}
		Map<String, TrueTypeFont> families = new LinkedHashMap<>();
		for (Candidate c : CANDIDATES) {
			Path file = files.get(c.file());
			if (file == null || families.containsKey(c.family())) {
				continue;
			}
			TrueTypeFont font = parse(file, c.nameInCollection());
			if (font != null) {
				families.put(c.family(), font);
			}
		}
		return new PdfFonts(families);
	}

	/** The font, or null when the file is not a usable TrueType font. */
	private static TrueTypeFont parse(Path file, String nameInCollection) {
		try {
			if (nameInCollection != null) {
				// kept open for the process: the subset of each PDF is read from it
				@SuppressWarnings("resource")
				TrueTypeCollection ttc = new TrueTypeCollection(file.toFile());
				TrueTypeFont font = ttc.getFontByName(nameInCollection);
				if (font == null) {
					TrueTypeFont[] first = new TrueTypeFont[1];
					ttc.processAllFonts(f -> {
						if (first[0] == null) {
							first[0] = f;
						}
					});
					font = first[0];
				}
				return font;
			}
			return new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/** Registers every family found for one document (each is embedded as a subset of the glyphs used). */
	void register(PdfRendererBuilder builder, PDDocument document) {
		families.forEach((family, font) -> builder.useFont(new PDFontSupplier(null) {
			@Override
			public org.apache.pdfbox.pdmodel.font.PDFont supply() {
				try {
					return PDType0Font.load(document, font, true);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		}, family, 400, FontStyle.NORMAL, true));
	}
}
