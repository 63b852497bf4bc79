package org.report.dsl.narrative;

/**
 * A number the narrative states about a table, found by {@link ClaimScanner}.
 *
 * @param kind    what the number is said to be
 * @param subject the column, row or result the claim names (e.g. 自然人, 结果维持, 行政规范性文件), or null
 * @param value   the number as stated (a percentage for {@link Kind#RATE_HANDLED} and {@link Kind#SHARE})
 * @param text        the words that state it, with line breaks inside them removed
 * @param offset      where those words start in the scanned text
 * @param length      how long they are there (line breaks included)
 * @param valueOffset where the number stated stands in the scanned text (the words, for a claim with no
 *                    number: 没有收到, 均获维持)
 * @param valueLength how long the number is there
 */
public record Claim(Kind kind, String subject, java.math.BigDecimal value, String text, int offset, int length,
		int valueOffset, int valueLength) {

	public enum Kind {
		/** 收到/受理 N 件 (申请): 新收, or 新收 + 上年结转. */
		RECEIVED,
		/** 没有收到/未收到 申请: 0. */
		NONE_RECEIVED,
		/** 办结/答复 N 件: （七）总计. */
		HANDLED,
		/** 上年(度)结转 N 件: 上年结转. */
		CARRIED_IN,
		/** 结转下年度 / 顺延到下年度 N 件: 结转下年度继续办理. */
		CARRIED_FORWARD,
		/** 行政复议 N 件 (subject null) or its result 结果维持 N 件 (subject the result). */
		REVIEW,
		/** 行政诉讼 N 件 (subject null) or a result: 直接起诉 + 复议后起诉. */
		SUIT,
		/** 未发生/没有 行政复议 (subject 行政复议) or 行政诉讼: 0. */
		NO_CASES,
		/** 均获维持 / 均维持: no case may be 尚未审结. */
		ALL_UPHELD,
		/** 现行有效 (row) N 件: table 二. */
		IN_FORCE,
		/** 办结率 X%: （七）总计 / (新收 + 上年结转). */
		RATE_HANDLED,
		/** N 件，占 X%: N over the applications received. */
		SHARE
	}
}
