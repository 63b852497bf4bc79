package org.report.dsl.format;

import java.util.Optional;

/** The two official layouts. */
public enum FormatVersion {
	/** 试行格式，国办公开办函〔2019〕60号 (reports for 2019 and 2020). */
	V2019(2019, "国办公开办函〔2019〕60号"),
	/** 国办公开办函〔2021〕30号 (reports for 2021 and later). */
	V2021(2021, "国办公开办函〔2021〕30号");

	private final int number;
	private final String document;

	FormatVersion(int number, String document) {
		this.number = number;
		this.document = document;
	}

	public int number() {
		return number;
	}

	/** The document that issued the layout, as cited in reports. */
	public String document() {
		return document;
	}

	public static Optional<FormatVersion> of(int number) {
		for (FormatVersion v : values()) {
			if (v.number == number) {
				return Optional.of(v);
			}
		}
		return Optional.empty();
	}

	/** The layout a report for the given year must use. */
	public static FormatVersion requiredFor(int year) {
		return year >= 2021 ? V2021 : V2019;
	}
}
