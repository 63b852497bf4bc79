package org.report.dsl.narrative;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.report.dsl.format.ColumnDef;
import org.report.dsl.format.Labels;
import org.report.dsl.format.ReportFormat;
import org.report.dsl.format.RowDef;
import org.report.dsl.format.Table2;
import org.report.dsl.format.Table3;
import org.report.dsl.format.Table4;

/**
 * The words narrative claims name table cells by, taken from the format's labels and aliases: the
 * applicant columns of table 三 (自然人 … 其他), the result columns of table 四 (结果维持 …), the case
 * kinds of table 四 (行政复议 and the group 行政诉讼) and the rows of table 二 with 现行有效件数. Each is
 * a regex group of alternatives, longest first so that 其他组织 wins over 其他.
 */
final class Vocabulary {

	private final String applicants;
	private final String results;
	private final String review;
	private final String suit;
	private final String documentsInForce;
	private final String receivedVerbs;

	/** Words a narrative says applications were received with, besides the table's own (新收). */
	private static final List<String> RECEIVING = List.of("收到", "受理", "接收");
	/** Words a narrative says applications were handled with; here they mean the same (（七）总计). */
	private static final List<String> HANDLING = List.of("作出答复", "答复", "办结", "办理完毕");

	Vocabulary(ReportFormat format) {
		RowDef received = Table3.NEW.in(format);
		applicants = group(received.columns().stream().filter(c -> !c.total()).flatMap(Vocabulary::names));
		RowDef reviewRow = Table4.REVIEW.in(format);
		results = group(reviewRow.columns().stream().filter(c -> !c.total()).flatMap(Vocabulary::names));
		review = reviewRow.label();
		suit = Table4.SUIT_DIRECT.in(format).group();
		receivedVerbs = group(Stream.concat(RECEIVING.stream(), received.aliases().stream()));
		documentsInForce = group(Table2.TABLE.in(format).rows().stream().filter(r -> Table2.IN_FORCE.of(r) != null)
				.flatMap(r -> Stream.concat(Stream.of(r.label()), Stream.concat(r.aliases().stream(), r.variants().stream()))));
	}

	/** 自然人, 商业企业 (企业) … 其他 (其他组织): one capturing group. */
	String applicants() {
		return applicants;
	}

	/** 收到, 受理, 接收 and the table's own words for 新收 (新收, 本年新收): one group, not capturing. */
	String receivedVerbs() {
		return "(?:" + receivedVerbs.substring(1);
	}

	/** 答复, 作出答复, 办结, 办理完毕: one group, not capturing. */
	String handledVerbs() {
		return "(?:" + group(HANDLING.stream()).substring(1);
	}

	/** 结果维持 (维持) … 尚未审结 (未审结): one capturing group. */
	String results() {
		return results;
	}

	/** 行政复议 or 行政诉讼: one capturing group. */
	String caseKinds() {
		return group(Stream.of(review, suit));
	}

	/** 规章, 行政规范性文件 (规范性文件): one capturing group. */
	String documentsInForce() {
		return documentsInForce;
	}

	/** Whether the case kind found is 行政复议 (else 行政诉讼). */
	boolean isReview(String kind) {
		return Labels.key(kind).equals(Labels.key(review));
	}

	/** The case kinds other than the one found, where a clause about the found one ends. */
	Pattern otherCaseKind(String kind) {
		return Pattern.compile(Pattern.quote(isReview(kind) ? suit : review));
	}

	private static Stream<String> names(ColumnDef column) {
		List<String> names = new ArrayList<>();
		names.add(column.label());
		names.addAll(column.aliases());
		return names.stream();
	}

	private static String group(Stream<String> words) {
		return words.distinct().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
				.collect(Collectors.joining("|", "(", ")"));
	}
}
