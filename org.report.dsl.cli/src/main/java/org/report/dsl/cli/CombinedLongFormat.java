package org.report.dsl.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.report.dsl.format.Rule;
import org.report.dsl.publish.DataCell;
import org.report.dsl.standalone.IoMessages;

/** The one file --combine writes: every report's rows, renamed into place when all are written. */
final class CombinedLongFormat {
	private final Path target;
	private final AtomicFiles.Pending pending;
	private final LongFormat writer;

	CombinedLongFormat(Path target, DocumentFormat format) throws IOException {
		this.target = target;
		this.pending = new AtomicFiles.Pending(target);
		LongFormat opened;
		try {
			opened = LongFormatFiles.open(format, pending.temp());
		} catch (IOException | RuntimeException e) {
			pending.close();
			throw e;
		}
		this.writer = opened;
	}

	/** Appends one report; on failure gives the file up and returns the problem. */
	CliFinding write(LongFormat.Report report, List<DataCell> cells) {
		try {
			writer.write(report, cells);
			return null;
		} catch (IOException e) {
			abandon();
			return CliFinding.of(target.toString(), 1, 1, Rule.IO, "无法写入 " + target + "：" + IoMessages.writing(e));
		}
	}

	CliFinding finish() {
		try {
			writer.close();
			pending.commit();
			pending.close();
			return null;
		} catch (IOException | SecurityException e) {
			abandon();
			return CliFinding.of(target.toString(), 1, 1, Rule.IO, "无法写入 " + target + "：" + IoMessages.writing(e));
		}
	}

	private void abandon() {
		try {
			writer.close();
		} catch (IOException | RuntimeException ignored) {
			// the partial file is deleted below
		}
		try {
			pending.close();
		} catch (IOException ignored) {
			// a temporary file left behind is hidden (.name.tmp)
		}
	}
}
