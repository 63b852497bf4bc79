package org.report.dsl.format;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	/** The document's number without its issuer, as reports cite it in short: 〔2019〕60号. */
	public String documentNumber() {
		return document.substring(document.indexOf('〔'));
	}

	/**
	 * A citation of the document's number in narrative, whatever the brackets and spaces: 〔2019〕60号,
	 * [2019]60号, （2019） 60 号 ….
	 */
	public Pattern citation() {
		Matcher m = numberInDocument();
		return Pattern.compile("[〔\\[（(【]\\s*" + m.group(1) + "\\s*[〕\\]）)】]\\s*" + m.group(2) + "\\s*号");
	}

	/** The year in the document's number (2019 of 〔2019〕60号): every {@link #citation()} contains it. */
	public String citationYear() {
		return numberInDocument().group(1);
	}

	private Matcher numberInDocument() {
		Matcher m = Pattern.compile("〔(\\d+)〕(\\d+)号").matcher(document);
		if (!m.find()) {
			throw new IllegalStateException("no document number in " + document);
		}
		return m;
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
