package org.report.dsl.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.report.dsl.publish.DataCell;

/**
 * The long format as Parquet, written by Apache parquet-java to a {@link LocalOutputFile}, with a plain
 * configuration (no Hadoop file system or configuration). Rows go straight to parquet-java's record
 * consumer ({@link CellWriteSupport}), each string encoded to UTF-8 once per run rather than per row:
 * the example writer's generic rows (a group per row, fields found by name) took about half the time
 * of writing 100,000 reports, all of it on the one thread that writes the file. Values
 * are DECIMAL(18, 6), so sums over them are exact; strings are dictionary-encoded. Pages are not
 * compressed: parquet-java reaches its codecs only through Hadoop's configuration classes, which the
 * command line does not ship (the dictionaries already make the repeated labels small).
 */
final class LongFormatParquet implements LongFormat {

	/** Decimal places of {@code value}: amounts in 万元 are published with at most 4. */
	static final int SCALE = 6;

	static final MessageType SCHEMA = Types.buildMessage()
			.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(COLUMNS.get(0))
			.required(PrimitiveTypeName.INT32).named(COLUMNS.get(1))
			.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(COLUMNS.get(2))
			.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(COLUMNS.get(3))
			.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(COLUMNS.get(4))
			.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(COLUMNS.get(5))
			.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(COLUMNS.get(6))
			.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(COLUMNS.get(7))
			.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(COLUMNS.get(8))
			.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(COLUMNS.get(9))
			.optional(PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.decimalType(SCALE, 18)).named(COLUMNS.get(10))
			.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(COLUMNS.get(11))
			.required(PrimitiveTypeName.BOOLEAN).named(COLUMNS.get(12))
			.required(PrimitiveTypeName.BOOLEAN).named(COLUMNS.get(13))
			.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(COLUMNS.get(14))
			.named("report_cell");

	private final ParquetWriter<Row> writer;

	/** The labels and ids of the format (and origins), encoded once: a few hundred distinct strings. */
	private final Map<String, Binary> encoded = new HashMap<>();

	/** Writes to the given file, replacing it. */
	LongFormatParquet(Path file) throws IOException {
		this.writer = new Builder(new LocalOutputFile(file)).withConf(new PlainParquetConfiguration())
				.withWriteMode(ParquetFileWriter.Mode.OVERWRITE).withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
				.withDictionaryEncoding(true).build();
	}

	@Override
	public void write(Report report, List<DataCell> cells) throws IOException {
		Row row = new Row(utf8(report.organ()), report.year(), encoded(report.format()), report.valid(),
				utf8(report.sourceFile()));
		for (DataCell c : cells) {
			row.cell = c;
			row.value = c.value() == null ? null : unscaled(c.value());
			writer.write(row);
		}
	}

	/** A string of the format (id, label, group, origin) as UTF-8, encoded on first use. */
	private Binary encoded(String s) {
		Binary b = encoded.get(s);
		if (b == null) {
			b = utf8(s);
			encoded.put(s, b);
		}
		return b;
	}

	/** A string as UTF-8 in an array of its own (the writer's statistics need not copy it). */
	private static Binary utf8(String s) {
		return Binary.fromConstantByteArray(s.getBytes(StandardCharsets.UTF_8));
	}

	/** The row being written: one report's columns, encoded once, and the current cell. */
	private static final class Row {
		final Binary organ;
		final int year;
		final Binary format;
		final boolean valid;
		final Binary sourceFile;
		DataCell cell;
		Long value;

		Row(Binary organ, int year, Binary format, boolean valid, Binary sourceFile) {
			this.organ = organ;
			this.year = year;
			this.format = format;
			this.valid = valid;
			this.sourceFile = sourceFile;
		}
	}

	private final class Builder extends ParquetWriter.Builder<Row, Builder> {

		Builder(OutputFile file) {
			super(file);
		}

		@Override
		protected Builder self() {
			return this;
		}

		@Override
		protected WriteSupport<Row> getWriteSupport(Configuration conf) {
			return new CellWriteSupport();
		}

		@Override
		protected WriteSupport<Row> getWriteSupport(ParquetConfiguration conf) {
			return new CellWriteSupport();
		}
	}

	/** Writes a {@link Row} as one record of {@link #SCHEMA}, field by field in column order. */
	private final class CellWriteSupport extends WriteSupport<Row> {
		private RecordConsumer out;

		@Override
		public WriteContext init(Configuration configuration) {
			return new WriteContext(SCHEMA, Map.of());
		}

		@Override
		public WriteContext init(ParquetConfiguration configuration) {
			return new WriteContext(SCHEMA, Map.of());
		}

		@Override
		public String getName() {
			return "reportdsl";
		}

		@Override
		public void prepareForWrite(RecordConsumer recordConsumer) {
			this.out = recordConsumer;
		}

		@Override
		public void write(Row r) {
			DataCell c = r.cell;
			out.startMessage();
			binary(0, r.organ);
			out.startField(COLUMNS.get(1), 1);
			out.addInteger(r.year);
			out.endField(COLUMNS.get(1), 1);
			binary(2, r.format);
			binary(3, encoded(c.table()));
			binary(4, encoded(c.row()));
			binary(5, encoded(c.column()));
			binary(6, encoded(c.id()));
			if (c.rowGroup() != null) {
				binary(7, encoded(c.rowGroup()));
			}
			binary(8, encoded(c.rowLabel()));
			binary(9, encoded(c.columnLabel()));
			if (r.value != null) {
				out.startField(COLUMNS.get(10), 10);
				out.addLong(r.value);
				out.endField(COLUMNS.get(10), 10);
			}
			binary(11, encoded(c.origin().id()));
			bool(12, c.notApplicable());
			bool(13, r.valid);
			binary(14, r.sourceFile);
			out.endMessage();
		}

		private void binary(int field, Binary value) {
			out.startField(COLUMNS.get(field), field);
			out.addBinary(value);
			out.endField(COLUMNS.get(field), field);
		}

		private void bool(int field, boolean value) {
			out.startField(COLUMNS.get(field), field);
			out.addBoolean(value);
			out.endField(COLUMNS.get(field), field);
		}
	}

	private static long unscaled(BigDecimal value) throws IOException {
		try {
			return value.setScale(SCALE, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
		} catch (ArithmeticException e) {
			throw new IOException("数值 " + value.toPlainString() + " 超出 Parquet 列 value 的范围（DECIMAL(18," + SCALE + ")）", e);
		}
	}

	@Override
	public void close() throws IOException {
		writer.close();
	}
}
