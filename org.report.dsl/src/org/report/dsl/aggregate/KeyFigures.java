package org.report.dsl.aggregate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The key figures of one or more reports (主要指标): reports counted, 本年新收, 办理结果总计, 予以公开, 行政复议
 * (总计, 结果纠正), 行政诉讼 (总计, 结果纠正). Immutable; {@link #plus} adds.
 */
public record KeyFigures(long reports, BigDecimal newApplications, BigDecimal results, BigDecimal disclosed,
		BigDecimal reviews, BigDecimal reviewsCorrected, BigDecimal suits, BigDecimal suitsCorrected) {

	public static final KeyFigures NONE = new KeyFigures(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
			BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

	public KeyFigures plus(KeyFigures o) {
		return new KeyFigures(reports + o.reports, newApplications.add(o.newApplications), results.add(o.results),
				disclosed.add(o.disclosed), reviews.add(o.reviews), reviewsCorrected.add(o.reviewsCorrected),
				suits.add(o.suits), suitsCorrected.add(o.suitsCorrected));
	}

	/** 行政复议纠正率 in per cent (one decimal), or null without cases. */
	public BigDecimal reviewCorrectionRate() {
		return rate(reviewsCorrected, reviews);
	}

	/** 行政诉讼纠正率 in per cent (one decimal), or null without cases. */
	public BigDecimal suitCorrectionRate() {
		return rate(suitsCorrected, suits);
	}

	private static BigDecimal rate(BigDecimal part, BigDecimal whole) {
		return whole.signum() == 0 ? null
				: part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
	}
}
