package org.report.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.report.dsl.format.ColumnDef;
import org.report.dsl.format.FormatIndex;
import org.report.dsl.format.FormatVersion;
import org.report.dsl.format.LabelMatch;
import org.report.dsl.format.Labelled;
import org.report.dsl.format.Labels;
import org.report.dsl.format.ReportFormat;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.SectionDef;
import org.report.dsl.format.TableDef;

/** The format definition: table shapes, and that every label, alias and variant resolves to its row. */
public class FormatTest {

	private static final FormatIndex I2021 = FormatIndex.of(FormatVersion.V2021);
	private static final FormatIndex I2019 = FormatIndex.of(FormatVersion.V2019);

	@Test
	public void table3Has25RowsOf7ColumnsIn2021And23In2019() {
		TableDef t = I2021.format().table3();
		assertEquals(25, t.rows().size());
		assertTrue(t.rows().stream().allMatch(r -> r.columns().size() == 7));
		assertEquals(175, t.cellCount());
		assertEquals("自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计", labels(t.columns()));
		assertEquals(23, I2019.format().table3().rows().size());
		assertEquals(161, I2019.format().table3().cellCount());
	}

	@Test
	public void table4Has3RowsOf5Columns() {
		for (FormatIndex index : List.of(I2021, I2019)) {
			TableDef t = index.format().table4();
			assertEquals("行政复议 未经复议直接起诉 复议后起诉", labels(t.rows()));
			assertTrue(t.rows().stream().allMatch(r -> r.columns().size() == 5));
			assertEquals("结果维持 结果纠正 其他结果 尚未审结 总计", labels(t.columns()));
		}
	}

	@Test
	public void table2Shapes() {
		assertEquals("规章 行政规范性文件 行政许可 行政处罚 行政强制 行政事业性收费", labels(I2021.format().table2().rows()));
		assertEquals(10, I2021.format().table2().cellCount());
		assertEquals("规章 规范性文件 行政许可 其他对外管理服务事项 行政处罚 行政强制 行政事业性收费 政府集中采购",
				labels(I2019.format().table2().rows()));
	}

	@ParameterizedTest
	@EnumSource(FormatVersion.class)
	public void everyRowAndColumnLabelResolves(FormatVersion version) {
		FormatIndex index = FormatIndex.of(version);
		List<String> wrong = new ArrayList<>();
		for (TableDef t : index.format().tables()) {
			for (RowDef r : t.rows()) {
				check(wrong, t.id() + "/" + r.id(), r, written -> index.row(t, written));
				for (ColumnDef c : r.columns()) {
					check(wrong, t.id() + "/" + r.id() + "/" + c.id(), c, written -> index.column(t, r, written));
				}
			}
		}
		assertEquals(List.of(), wrong);
	}

	@ParameterizedTest
	@EnumSource(FormatVersion.class)
	public void everySectionHeadingResolves(FormatVersion version) {
		FormatIndex index = FormatIndex.of(version);
		for (SectionDef s : index.format().sections()) {
			assertEquals(new LabelMatch<>(s, LabelMatch.Kind.OFFICIAL), index.section(s.label()).orElseThrow());
			for (String v : s.variants()) {
				assertEquals(new LabelMatch<>(s, LabelMatch.Kind.VARIANT), index.section(v).orElseThrow());
			}
		}
		assertEquals(Optional.empty(), index.section("附件"));
	}

	@Test
	public void numberingBracketWidthSpacesAndQuotesAreIgnored() {
		TableDef t3 = I2021.format().table3();
		assertEquals("STATE_SECRET OFFICIAL", found(I2021.row(t3, "1.属于国家秘密")));
		assertEquals("STATE_SECRET OFFICIAL", found(I2021.row(t3, "１．属于国家秘密")));
		assertEquals("STATE_SECRET OFFICIAL", found(I2021.row(t3, "1、 属于 国家 秘密")));
		assertEquals("STATE_SECRET ALIAS", found(I2021.row(t3, "国家秘密")));
		assertEquals("THREE_SECURITIES OFFICIAL", found(I2021.row(t3, "3.危及\"三安全一稳定\"")));
		assertEquals("PARTLY_DISCLOSED OFFICIAL",
				found(I2021.row(t3, "(二)部分公开(区分处理的,只计这一情形,不计其他情形)")));
		assertEquals("DISCLOSED OFFICIAL", found(I2021.row(t3, "（一） 予以公开")));
		assertEquals("RESULT_TOTAL OFFICIAL", found(I2021.row(t3, "(七)总计")));
		assertEquals("NEW OFFICIAL", found(I2021.row(t3, "一、本年新收政府信息公开申请数量")));
		assertEquals("PROHIBITED_BY_LAW VARIANT", found(I2021.row(t3, "其他法律法规禁止公开")));
		assertEquals("RULES VARIANT", found(I2021.row(I2021.format().table2(), "规章(县级无此项)")));
		assertEquals("REVIEW VARIANT", found(I2021.row(I2021.format().table4(), "行政法复议")));
		assertEquals("", found(I2021.row(t3, "不予公开")));
		assertTrue(I2021.isGroupLabel(t3, "（三）不予公开"));
		assertTrue(I2021.isGroupLabel(t3, "(六)其他处理"));
		assertEquals("OTHER_PROCESSING OFFICIAL", found(I2019.row(I2019.format().table3(), "其他处理")));
		assertEquals("OTHER_PROCESSING OFFICIAL", found(I2019.row(I2019.format().table3(), "（六）其他处理")));
		assertEquals("总体情况", Labels.key("一、总体情况"));
		assertEquals("部分公开（区分处理的，只计这一情形，不计其他情形）", Labels.key("(二) 部分公开(区分处理的, 只计这一情形, 不计其他情形)"));
	}

	/** No key (label, alias or variant, as compared) names two rows of a table, or two columns of a row. */
	@ParameterizedTest
	@EnumSource(FormatVersion.class)
	public void noTwoRowsOrColumnsShareAKey(FormatVersion version) {
		ReportFormat format = ReportFormat.of(version);
		List<String> clashes = new ArrayList<>();
		for (TableDef t : format.tables()) {
			clashes.addAll(clashes("表" + t.id(), t.rows()));
			for (RowDef r : t.rows()) {
				clashes.addAll(clashes("表" + t.id() + " " + r.ref(), r.columns()));
			}
		}
		clashes.addAll(clashes("章节", format.sections().stream().map(FormatTest::asLabelled).toList()));
		assertEquals(List.of(), clashes);
	}

	private static List<String> clashes(String where, List<? extends Labelled> defs) {
		Map<String, String> owner = new HashMap<>();
		List<String> clashes = new ArrayList<>();
		for (Labelled d : defs) {
			List<String> written = new ArrayList<>(d.aliases());
			written.add(d.label());
			written.addAll(d.variants());
			for (String w : written) {
				String previous = owner.putIfAbsent(Labels.key(w), d.id());
				if (previous != null && !previous.equals(d.id())) {
					clashes.add(where + ": 「" + w + "」 names both " + previous + " and " + d.id());
				}
			}
		}
		return clashes;
	}

	private static Labelled asLabelled(SectionDef s) {
		return new Labelled() {
			public String id() {
				return s.numeral();
			}

			public String label() {
				return s.label();
			}

			public List<String> aliases() {
				return List.of();
			}

			public List<String> variants() {
				return s.variants();
			}
		};
	}

	private static <T extends Labelled> void check(List<String> wrong, String where, T def,
			java.util.function.Function<String, Optional<LabelMatch<T>>> find) {
		expect(wrong, where, def, def.label(), LabelMatch.Kind.OFFICIAL, find);
		def.aliases().forEach(a -> expect(wrong, where, def, a, LabelMatch.Kind.ALIAS, find));
		def.variants().forEach(v -> expect(wrong, where, def, v, LabelMatch.Kind.VARIANT, find));
	}

	private static <T extends Labelled> void expect(List<String> wrong, String where, T def, String written,
			LabelMatch.Kind kind, java.util.function.Function<String, Optional<LabelMatch<T>>> find) {
		Optional<LabelMatch<T>> m = find.apply(written);
		// an alias that only drops the numbering (予以公开 for （一）予以公开) is the official label itself
		LabelMatch.Kind expected = Labels.key(written).equals(Labels.key(def.label())) ? LabelMatch.Kind.OFFICIAL : kind;
		if (m.isEmpty() || m.get().def() != def || m.get().kind() != expected) {
			wrong.add(where + " 「" + written + "」 → " + m.map(x -> x.def().id() + " " + x.kind()).orElse("nothing"));
		}
	}

	private static String found(Optional<? extends LabelMatch<? extends Labelled>> m) {
		return m.map(x -> x.def().id() + " " + x.kind()).orElse("");
	}

	private static String labels(List<? extends Labelled> defs) {
		return String.join(" ", defs.stream().map(Labelled::label).toList());
	}
}
