package org.report.dsl.cli;

/** Exit codes build scripts rely on. */
public final class ExitCodes {
	/** No error (warnings allowed unless --strict). */
	public static final int OK = 0;
	/** The reports have errors. */
	public static final int FINDINGS = 1;
	/** Usage, I/O or encoding problem. */
	public static final int USAGE_OR_IO = 2;

	private ExitCodes() {
	}
}
