package org.report.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.report.dsl.format.ColumnDef;
import org.report.dsl.format.Readings;
import org.report.dsl.format.ReportFormat;
import org.report.dsl.format.ReportFormats;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.SectionDef;
import org.report.dsl.format.TableDef;

/** Every label and alias of both format versions has a pinyin reading, one syllable per character. */
public class ReadingsTest {

	@Test
	public void everyLabelAndAliasHasAReading() {
		List<String> missing = new ArrayList<>();
		for (ReportFormat f : List.of(ReportFormats.V2021, ReportFormats.V2019)) {
			List<String> names = new ArrayList<>(f.partLabels());
			f.sections().stream().map(SectionDef::label).forEach(names::add);
			for (TableDef t : f.tables()) {
				for (RowDef r : t.rows()) {
					names.add(r.label());
					names.addAll(r.aliases());
					for (ColumnDef c : r.columns()) {
						names.add(c.label());
						names.addAll(c.aliases());
					}
				}
			}
			for (String name : names) {
				var reading = Readings.of(name);
				if (reading.isEmpty()) {
					missing.add(name);
				} else {
					long han = name.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
							.count() - name.codePoints().filter(c -> "一二三四五六七".indexOf(c) >= 0).count()
							+ hanKeptAfterNumbering(name);
					assertEquals(han, reading.get().syllables().split(" ").length, name + " → " + reading.get().syllables());
				}
			}
		}
		assertEquals(List.of(), missing);
	}

	/** Numerals of 「一、」「（三）」 are numbering, not read; numerals inside the label are. */
	private static long hanKeptAfterNumbering(String name) {
		String key = org.report.dsl.format.Labels.key(name);
		return key.codePoints().filter(c -> "一二三四五六七".indexOf(c) >= 0).count();
	}

	@Test
	public void initialsAndFullPinyin() {
		assertEquals("xinshou xs", Readings.of("新收").map(r -> r.full() + " " + r.initials()).orElseThrow());
		assertEquals("ziranren zrr", Readings.of("自然人").map(r -> r.full() + " " + r.initials()).orElseThrow());
		assertEquals("chongfushenqing", Readings.of("2.重复申请").orElseThrow().full());
		assertTrue(Readings.of("（七）总计").orElseThrow().matches("zj"));
	}

	@Test
	public void eachCharacterHasTheReadingOfTheFormatsWords() {
		assertEquals("xian xing you xiao jian shu", Readings.of("现行有效件数").orElseThrow().syllables());
		assertEquals("xing zheng fu yi", Readings.of("行政复议").orElseThrow().syllables());
		assertEquals("que ren huo chong xin chu ju", Readings.of("确认或重新出具").orElseThrow().syllables());
		assertEquals("ben nian zeng jian", Readings.of("本年增/减").orElseThrow().syllables());
		assertEquals("nian bao", Readings.of("年报").orElseThrow().syllables());
	}

	@Test
	public void noReadingOutsideTheVocabulary() {
		assertTrue(Readings.of("银河").isEmpty());
		assertTrue(Readings.of("（七）").isEmpty());
		assertTrue(Readings.of("R1").isEmpty());
	}
}
