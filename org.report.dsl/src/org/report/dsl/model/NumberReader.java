package org.report.dsl.model;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.report.dsl.format.ValueKind;
import org.report.dsl.reportDsl.Value;

/** Reads a written value according to what its column holds; says why when it cannot. */
final class NumberReader {

	/** The value, or a message explaining why it is not one the column accepts. */
	sealed interface Result permits Ok, Bad {
	}

	record Ok(BigDecimal number) implements Result {
	}

	record Bad(String message) implements Result {
	}

	Result read(Value value, ValueKind kind) {
		BigDecimal n = new BigDecimal(value.getNumber());
		if (value.isNegative()) {
			n = n.negate();
		}
		String written = (value.isNegative() ? "-" : "") + value.getNumber();
		if (n.signum() < 0 && kind != ValueKind.DELTA) {
			return new Bad("「" + written + "」为负数；" + noun(kind) + "不能小于 0");
		}
		if (kind == ValueKind.AMOUNT) {
			return new Ok(n);
		}
		if (value.getNumber().contains(".")) {
			return new Bad("「" + written + "」带小数；件数必须是整数");
		}
		BigInteger integer = n.toBigIntegerExact();
		if (integer.bitLength() > 63) {
			return new Bad("「" + written + "」超出 64 位整数范围（最大 " + Long.MAX_VALUE + "）");
		}
		return new Ok(n);
	}

	private static String noun(ValueKind kind) {
		return kind == ValueKind.AMOUNT ? "金额" : "件数";
	}
}
