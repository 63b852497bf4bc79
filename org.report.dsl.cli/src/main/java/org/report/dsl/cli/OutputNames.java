package org.report.dsl.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Names of output files that Windows cannot hold (输出文件名): documents are passed on to offices that
 * use Windows, so a name Windows refuses or silently changes is refused here, before anything is
 * written, with the reason.
 */
final class OutputNames {

	private static final String FORBIDDEN = "<>:\"\\|?*";
	private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4",
			"COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8",
			"LPT9");

	private OutputNames() {
	}

	/** Why Windows cannot hold the output path relative to the output folder, or null when it can. */
	static String problem(Path relative) {
		for (Path part : relative) {
			String name = part.toString();
			for (int i = 0; i < name.length(); i++) {
				char c = name.charAt(i);
				if (c < 0x20) {
					return "「" + name + "」含控制字符（U+" + String.format("%04X", (int) c) + "），Windows 不允许";
				}
				if (FORBIDDEN.indexOf(c) >= 0) {
					return "「" + name + "」含 Windows 不允许的字符「" + c + "」";
				}
			}
			if (name.endsWith(".") || name.endsWith(" ")) {
				return "「" + name + "」以点或空格结尾，Windows 不允许";
			}
			int dot = name.indexOf('.');
			String stem = (dot < 0 ? name : name.substring(0, dot)).strip().toUpperCase(Locale.ROOT);
			if (RESERVED.contains(stem)) {
				return "「" + name + "」是 Windows 的保留设备名（" + stem + "）";
			}
		}
		return null;
	}
}
