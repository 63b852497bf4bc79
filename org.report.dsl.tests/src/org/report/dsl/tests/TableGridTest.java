package org.report.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.report.dsl.format.CellRef;
import org.report.dsl.format.ReportFormats;
import org.report.dsl.format.TableDef;
import org.report.dsl.format.layout.GridBand;
import org.report.dsl.format.layout.GridCell;
import org.report.dsl.format.layout.GridRow;
import org.report.dsl.format.layout.TableGrid;

/**
 * The printed grid of each table, 2021 and 2019, exactly: columns, bands, rows and every cell with its
 * position and spans. One line per printed row: its kind (and format row), then its cells as
 * {@code KIND "text" row,column [rowSpan x colSpan] [bottom]}; the values of a format row as
 * {@code =ROW@column,column…} ({@code column+span} for a value spanning columns).
 */
public class TableGridTest {

	@Test
	public void table2Of2021() {
		assertEquals("""
				LABEL VALUE VALUE VALUE
				body keep
				  BLOCK_HEADING: BLOCK "第二十条第（一）项" 0,0 1x4
				  COLUMN_HEADING: CORNER "信息内容" 1,0 COLUMN "本年制发件数" 1,1 COLUMN "本年废止件数" 1,2 COLUMN "现行有效件数" 1,3
				  VALUES RULES: ROW_LABEL "规章" 2,0 =RULES@1,2,3
				  VALUES NORMATIVE_DOCUMENTS: ROW_LABEL "行政规范性文件" 3,0 =NORMATIVE_DOCUMENTS@1,2,3
				body keep
				  BLOCK_HEADING: BLOCK "第二十条第（五）项" 0,0 1x4
				  COLUMN_HEADING: CORNER "信息内容" 1,0 COLUMN "本年处理决定数量" 1,1 1x3
				  VALUES LICENSING: ROW_LABEL "行政许可" 2,0 =LICENSING@1+3
				body keep
				  BLOCK_HEADING: BLOCK "第二十条第（六）项" 0,0 1x4
				  COLUMN_HEADING: CORNER "信息内容" 1,0 COLUMN "本年处理决定数量" 1,1 1x3
				  VALUES PENALTY: ROW_LABEL "行政处罚" 2,0 =PENALTY@1+3
				  VALUES COMPULSION: ROW_LABEL "行政强制" 3,0 =COMPULSION@1+3
				body keep
				  BLOCK_HEADING: BLOCK "第二十条第（八）项" 0,0 1x4
				  COLUMN_HEADING: CORNER "信息内容" 1,0 COLUMN "本年收费金额（单位：万元）" 1,1 1x3
				  VALUES FEES: ROW_LABEL "行政事业性收费" 2,0 =FEES@1+3
				""", dump(ReportFormats.V2021.table2()));
	}

	@Test
	public void table3Of2021() {
		assertEquals("""
				BLOCK GROUP LABEL VALUE VALUE VALUE VALUE VALUE VALUE VALUE
				head
				  HEADER: NOTE "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）" 0,0 3x3 SPAN "申请人情况" 0,3 1x7
				  HEADER: COLUMN "自然人" 1,3 2x1 COLUMN_GROUP "法人或其他组织" 1,4 1x5 COLUMN "总计" 1,9 2x1
				  HEADER: COLUMN "商业企业" 2,4 COLUMN "科研机构" 2,5 COLUMN "社会公益组织" 2,6 COLUMN "法律服务机构" 2,7 COLUMN "其他" 2,8
				body keep
				  VALUES NEW: ROW_LABEL "一、本年新收政府信息公开申请数量" 0,0 1x3 =NEW@3,4,5,6,7,8,9
				  VALUES CARRIED_OVER: ROW_LABEL "二、上年结转政府信息公开申请数量" 1,0 1x3 =CARRIED_OVER@3,4,5,6,7,8,9
				body
				  VALUES DISCLOSED keep-next: BLOCK "三、本年度办理结果" 0,0 22x1 ROW_LABEL "（一）予以公开" 0,1 1x2 =DISCLOSED@3,4,5,6,7,8,9
				  VALUES PARTLY_DISCLOSED: ROW_LABEL "（二）部分公开（区分处理的，只计这一情形，不计其他情形）" 1,1 1x2 =PARTLY_DISCLOSED@3,4,5,6,7,8,9
				  VALUES STATE_SECRET keep-next: GROUP "（三）不予公开" 2,1 8x1 ROW_LABEL "1.属于国家秘密" 2,2 =STATE_SECRET@3,4,5,6,7,8,9
				  VALUES PROHIBITED_BY_LAW keep-next: ROW_LABEL "2.其他法律行政法规禁止公开" 3,2 =PROHIBITED_BY_LAW@3,4,5,6,7,8,9
				  VALUES THREE_SECURITIES keep-next: ROW_LABEL "3.危及“三安全一稳定”" 4,2 =THREE_SECURITIES@3,4,5,6,7,8,9
				  VALUES THIRD_PARTY keep-next: ROW_LABEL "4.保护第三方合法权益" 5,2 =THIRD_PARTY@3,4,5,6,7,8,9
				  VALUES INTERNAL_AFFAIRS keep-next: ROW_LABEL "5.属于三类内部事务信息" 6,2 =INTERNAL_AFFAIRS@3,4,5,6,7,8,9
				  VALUES PROCESS_INFO keep-next: ROW_LABEL "6.属于四类过程性信息" 7,2 =PROCESS_INFO@3,4,5,6,7,8,9
				  VALUES ENFORCEMENT_FILES keep-next: ROW_LABEL "7.属于行政执法案卷" 8,2 =ENFORCEMENT_FILES@3,4,5,6,7,8,9
				  VALUES QUERY_MATTERS: ROW_LABEL "8.属于行政查询事项" 9,2 =QUERY_MATTERS@3,4,5,6,7,8,9
				  VALUES NOT_HELD keep-next: GROUP "（四）无法提供" 10,1 3x1 ROW_LABEL "1.本机关不掌握相关政府信息" 10,2 =NOT_HELD@3,4,5,6,7,8,9
				  VALUES NEEDS_CREATION keep-next: ROW_LABEL "2.没有现成信息需要另行制作" 11,2 =NEEDS_CREATION@3,4,5,6,7,8,9
				  VALUES STILL_UNCLEAR: ROW_LABEL "3.补正后申请内容仍不明确" 12,2 =STILL_UNCLEAR@3,4,5,6,7,8,9
				  VALUES PETITION keep-next: GROUP "（五）不予处理" 13,1 5x1 ROW_LABEL "1.信访举报投诉类申请" 13,2 =PETITION@3,4,5,6,7,8,9
				  VALUES REPEATED keep-next: ROW_LABEL "2.重复申请" 14,2 =REPEATED@3,4,5,6,7,8,9
				  VALUES PUBLICATIONS keep-next: ROW_LABEL "3.要求提供公开出版物" 15,2 =PUBLICATIONS@3,4,5,6,7,8,9
				  VALUES MASS_REPEATED keep-next: ROW_LABEL "4.无正当理由大量反复申请" 16,2 =MASS_REPEATED@3,4,5,6,7,8,9
				  VALUES CONFIRM_OR_REISSUE: ROW_LABEL "5.要求行政机关确认或重新出具已获取信息" 17,2 =CONFIRM_OR_REISSUE@3,4,5,6,7,8,9
				  VALUES OVERDUE_CORRECTION keep-next: GROUP "（六）其他处理" 18,1 3x1 ROW_LABEL "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请" 18,2 =OVERDUE_CORRECTION@3,4,5,6,7,8,9
				  VALUES OVERDUE_FEE keep-next: ROW_LABEL "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请" 19,2 =OVERDUE_FEE@3,4,5,6,7,8,9
				  VALUES OTHER_PROCESSING keep-next: ROW_LABEL "3.其他" 20,2 =OTHER_PROCESSING@3,4,5,6,7,8,9
				  VALUES RESULT_TOTAL: ROW_LABEL "（七）总计" 21,1 1x2 =RESULT_TOTAL@3,4,5,6,7,8,9
				body keep
				  VALUES CARRIED_FORWARD: ROW_LABEL "四、结转下年度继续办理" 0,0 1x3 =CARRIED_FORWARD@3,4,5,6,7,8,9
				""", dump(ReportFormats.V2021.table3()));
	}

	@Test
	public void table4Of2021() {
		assertEquals("""
				VALUE VALUE VALUE VALUE VALUE VALUE VALUE VALUE VALUE VALUE VALUE VALUE VALUE VALUE VALUE
				head
				  HEADER: BAND "行政复议" 0,0 1x5 BAND_GROUP "行政诉讼" 0,5 1x10
				  HEADER: COLUMN "结果维持" 1,0 2x1 bottom COLUMN "结果纠正" 1,1 2x1 bottom COLUMN "其他结果" 1,2 2x1 bottom COLUMN "尚未审结" 1,3 2x1 bottom COLUMN "总计" 1,4 2x1 bottom BAND "未经复议直接起诉" 1,5 1x5 BAND "复议后起诉" 1,10 1x5
				  HEADER: COLUMN "结果维持" 2,5 COLUMN "结果纠正" 2,6 COLUMN "其他结果" 2,7 COLUMN "尚未审结" 2,8 COLUMN "总计" 2,9 COLUMN "结果维持" 2,10 COLUMN "结果纠正" 2,11 COLUMN "其他结果" 2,12 COLUMN "尚未审结" 2,13 COLUMN "总计" 2,14
				body keep
				  VALUES: =REVIEW@0,1,2,3,4 =SUIT_DIRECT@5,6,7,8,9 =SUIT_AFTER_REVIEW@10,11,12,13,14
				""", dump(ReportFormats.V2021.table4()));
	}

	/** 2019: five blocks of three columns or fewer; 收费 and 集中采购 let their last column span the rest. */
	@Test
	public void table2Of2019() {
		assertEquals("""
				LABEL VALUE VALUE VALUE
				body keep
				  BLOCK_HEADING: BLOCK "第二十条第（一）项" 0,0 1x4
				  COLUMN_HEADING: CORNER "信息内容" 1,0 COLUMN "本年新制作数量" 1,1 COLUMN "本年新公开数量" 1,2 COLUMN "对外公开总数量" 1,3
				  VALUES RULES: ROW_LABEL "规章" 2,0 =RULES@1,2,3
				  VALUES NORMATIVE_DOCUMENTS: ROW_LABEL "规范性文件" 3,0 =NORMATIVE_DOCUMENTS@1,2,3
				body keep
				  BLOCK_HEADING: BLOCK "第二十条第（五）项" 0,0 1x4
				  COLUMN_HEADING: CORNER "信息内容" 1,0 COLUMN "上一年项目数量" 1,1 COLUMN "本年增/减" 1,2 COLUMN "处理决定数量" 1,3
				  VALUES LICENSING: ROW_LABEL "行政许可" 2,0 =LICENSING@1,2,3
				  VALUES OTHER_SERVICES: ROW_LABEL "其他对外管理服务事项" 3,0 =OTHER_SERVICES@1,2,3
				body keep
				  BLOCK_HEADING: BLOCK "第二十条第（六）项" 0,0 1x4
				  COLUMN_HEADING: CORNER "信息内容" 1,0 COLUMN "上一年项目数量" 1,1 COLUMN "本年增/减" 1,2 COLUMN "处理决定数量" 1,3
				  VALUES PENALTY: ROW_LABEL "行政处罚" 2,0 =PENALTY@1,2,3
				  VALUES COMPULSION: ROW_LABEL "行政强制" 3,0 =COMPULSION@1,2,3
				body keep
				  BLOCK_HEADING: BLOCK "第二十条第（八）项" 0,0 1x4
				  COLUMN_HEADING: CORNER "信息内容" 1,0 COLUMN "上一年项目数量" 1,1 COLUMN "本年增/减" 1,2 1x2
				  VALUES FEES: ROW_LABEL "行政事业性收费" 2,0 =FEES@1,2+2
				body keep
				  BLOCK_HEADING: BLOCK "第二十条第（九）项" 0,0 1x4
				  COLUMN_HEADING: CORNER "信息内容" 1,0 COLUMN "采购项目数量" 1,1 COLUMN "采购总金额" 1,2 1x2
				  VALUES PROCUREMENT: ROW_LABEL "政府集中采购" 2,0 =PROCUREMENT@1,2+2
				""", dump(ReportFormats.V2019.table2()));
	}

	/** 2019: （六）其他处理 is one row without group, so the result block spans 20 rows. */
	@Test
	public void table3Of2019() {
		assertEquals("""
				BLOCK GROUP LABEL VALUE VALUE VALUE VALUE VALUE VALUE VALUE
				head
				  HEADER: NOTE "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）" 0,0 3x3 SPAN "申请人情况" 0,3 1x7
				  HEADER: COLUMN "自然人" 1,3 2x1 COLUMN_GROUP "法人或其他组织" 1,4 1x5 COLUMN "总计" 1,9 2x1
				  HEADER: COLUMN "商业企业" 2,4 COLUMN "科研机构" 2,5 COLUMN "社会公益组织" 2,6 COLUMN "法律服务机构" 2,7 COLUMN "其他" 2,8
				body keep
				  VALUES NEW: ROW_LABEL "一、本年新收政府信息公开申请数量" 0,0 1x3 =NEW@3,4,5,6,7,8,9
				  VALUES CARRIED_OVER: ROW_LABEL "二、上年结转政府信息公开申请数量" 1,0 1x3 =CARRIED_OVER@3,4,5,6,7,8,9
				body
				  VALUES DISCLOSED keep-next: BLOCK "三、本年度办理结果" 0,0 20x1 ROW_LABEL "（一）予以公开" 0,1 1x2 =DISCLOSED@3,4,5,6,7,8,9
				  VALUES PARTLY_DISCLOSED: ROW_LABEL "（二）部分公开（区分处理的，只计这一情形，不计其他情形）" 1,1 1x2 =PARTLY_DISCLOSED@3,4,5,6,7,8,9
				  VALUES STATE_SECRET keep-next: GROUP "（三）不予公开" 2,1 8x1 ROW_LABEL "1.属于国家秘密" 2,2 =STATE_SECRET@3,4,5,6,7,8,9
				  VALUES PROHIBITED_BY_LAW keep-next: ROW_LABEL "2.其他法律行政法规禁止公开" 3,2 =PROHIBITED_BY_LAW@3,4,5,6,7,8,9
				  VALUES THREE_SECURITIES keep-next: ROW_LABEL "3.危及“三安全一稳定”" 4,2 =THREE_SECURITIES@3,4,5,6,7,8,9
				  VALUES THIRD_PARTY keep-next: ROW_LABEL "4.保护第三方合法权益" 5,2 =THIRD_PARTY@3,4,5,6,7,8,9
				  VALUES INTERNAL_AFFAIRS keep-next: ROW_LABEL "5.属于三类内部事务信息" 6,2 =INTERNAL_AFFAIRS@3,4,5,6,7,8,9
				  VALUES PROCESS_INFO keep-next: ROW_LABEL "6.属于四类过程性信息" 7,2 =PROCESS_INFO@3,4,5,6,7,8,9
				  VALUES ENFORCEMENT_FILES keep-next: ROW_LABEL "7.属于行政执法案卷" 8,2 =ENFORCEMENT_FILES@3,4,5,6,7,8,9
				  VALUES QUERY_MATTERS: ROW_LABEL "8.属于行政查询事项" 9,2 =QUERY_MATTERS@3,4,5,6,7,8,9
				  VALUES NOT_HELD keep-next: GROUP "（四）无法提供" 10,1 3x1 ROW_LABEL "1.本机关不掌握相关政府信息" 10,2 =NOT_HELD@3,4,5,6,7,8,9
				  VALUES NEEDS_CREATION keep-next: ROW_LABEL "2.没有现成信息需要另行制作" 11,2 =NEEDS_CREATION@3,4,5,6,7,8,9
				  VALUES STILL_UNCLEAR: ROW_LABEL "3.补正后申请内容仍不明确" 12,2 =STILL_UNCLEAR@3,4,5,6,7,8,9
				  VALUES PETITION keep-next: GROUP "（五）不予处理" 13,1 5x1 ROW_LABEL "1.信访举报投诉类申请" 13,2 =PETITION@3,4,5,6,7,8,9
				  VALUES REPEATED keep-next: ROW_LABEL "2.重复申请" 14,2 =REPEATED@3,4,5,6,7,8,9
				  VALUES PUBLICATIONS keep-next: ROW_LABEL "3.要求提供公开出版物" 15,2 =PUBLICATIONS@3,4,5,6,7,8,9
				  VALUES MASS_REPEATED keep-next: ROW_LABEL "4.无正当理由大量反复申请" 16,2 =MASS_REPEATED@3,4,5,6,7,8,9
				  VALUES CONFIRM_OR_REISSUE keep-next: ROW_LABEL "5.要求行政机关确认或重新出具已获取信息" 17,2 =CONFIRM_OR_REISSUE@3,4,5,6,7,8,9
				  VALUES OTHER_PROCESSING keep-next: ROW_LABEL "（六）其他处理" 18,1 1x2 =OTHER_PROCESSING@3,4,5,6,7,8,9
				  VALUES RESULT_TOTAL: ROW_LABEL "（七）总计" 19,1 1x2 =RESULT_TOTAL@3,4,5,6,7,8,9
				body keep
				  VALUES CARRIED_FORWARD: ROW_LABEL "四、结转下年度继续办理" 0,0 1x3 =CARRIED_FORWARD@3,4,5,6,7,8,9
				""", dump(ReportFormats.V2019.table3()));
	}

	@Test
	public void table4Of2019IsThatOf2021() {
		assertEquals(dump(ReportFormats.V2021.table4()), dump(ReportFormats.V2019.table4()));
	}

	@Test
	public void whatTheImporterReads() {
		assertTrue(TableGrid.of(ReportFormats.V2021.table3()).oneColumnHeader());
		assertFalse(TableGrid.of(ReportFormats.V2021.table2()).oneColumnHeader());
		assertTrue(TableGrid.of(ReportFormats.V2021.table4()).valuesFollowHeader());
		assertFalse(TableGrid.of(ReportFormats.V2021.table3()).valuesFollowHeader());
		assertFalse(TableGrid.of(ReportFormats.V2019.table2()).valuesFollowHeader());
	}

	/** Every cell of the format has exactly one place in the grid, and the place knows the cell. */
	@Test
	public void everyCellHasOnePlace() {
		for (TableDef t : List.of(ReportFormats.V2021.table2(), ReportFormats.V2021.table3(), ReportFormats.V2021.table4(),
				ReportFormats.V2019.table2(), ReportFormats.V2019.table3())) {
			List<CellRef> placed = TableGrid.of(t).rows().stream().flatMap(r -> r.cells().stream())
					.filter(c -> c.kind() == GridCell.Kind.VALUE).map(c -> c.cell(t)).toList();
			assertEquals(t.cellCount(), placed.size(), t.id());
			assertEquals(t.cellCount(), placed.stream().distinct().count(), t.id());
		}
	}

	/** No two cells of a band cover the same position, and every position of a band is covered. */
	@Test
	public void cellsTileEachBand() {
		for (TableDef t : List.of(ReportFormats.V2021.table2(), ReportFormats.V2021.table3(), ReportFormats.V2021.table4(),
				ReportFormats.V2019.table2(), ReportFormats.V2019.table3())) {
			TableGrid grid = TableGrid.of(t);
			int width = grid.columns().size();
			for (GridBand band : grid.bands()) {
				int[][] count = new int[band.rows().size()][width];
				for (GridRow row : band.rows()) {
					for (GridCell c : row.cells()) {
						for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
							for (int k = c.column(); k < c.column() + c.colSpan(); k++) {
								count[r][k]++;
							}
						}
					}
				}
				for (int[] line : count) {
					for (int n : line) {
						assertEquals(1, n, t.id());
					}
				}
			}
		}
	}

	@Test
	public void computedOnce() {
		assertSame(TableGrid.of(ReportFormats.V2021.table3()), TableGrid.of(ReportFormats.V2021.table3()));
	}

	static String dump(TableDef table) {
		TableGrid g = TableGrid.of(table);
		StringBuilder b = new StringBuilder();
		b.append(String.join(" ", g.columns().stream().map(Enum::name).toList())).append('\n');
		for (GridBand band : g.bands()) {
			b.append(band.head() ? "head" : band.keep() ? "body keep" : "body").append('\n');
			for (GridRow row : band.rows()) {
				b.append("  ").append(row.kind()).append(row.rowDef() == null ? "" : " " + row.rowDef().id())
						.append(row.keepWithNext() ? " keep-next" : "").append(':');
				for (GridCell c : row.cells()) {
					if (c.kind() == GridCell.Kind.VALUE) {
						String position = c.column() + (c.colSpan() > 1 ? "+" + c.colSpan() : "");
						b.append(c.valueColumn() == 0 ? " =" + c.rowDef().id() + "@" : ",").append(position);
						continue;
					}
					b.append(' ').append(c.kind()).append(" \"").append(c.text()).append("\" ").append(c.row())
							.append(',').append(c.column());
					if (c.rowSpan() > 1 || c.colSpan() > 1) {
						b.append(' ').append(c.rowSpan()).append('x').append(c.colSpan());
					}
					if (c.bottom()) {
						b.append(" bottom");
					}
				}
				b.append('\n');
			}
		}
		return b.toString();
	}
}
