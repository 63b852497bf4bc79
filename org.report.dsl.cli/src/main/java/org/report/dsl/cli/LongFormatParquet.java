package org.report.dsl.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;

import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.report.dsl.publish.DataCell;

/**
 * The long format as Parquet, written by Apache parquet-java (parquet-hadoop's example writer to a
 * {@link LocalOutputFile}, with a plain configuration: no Hadoop file system or configuration). Values
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

	private final ParquetWriter<Group> writer;
	private final SimpleGroupFactory rows = new SimpleGroupFactory(SCHEMA);

	/** Writes to the given file, replacing it. */
	LongFormatParquet(Path file) throws IOException {
		this.writer = ExampleParquetWriter.builder(new LocalOutputFile(file)).withConf(new PlainParquetConfiguration())
				.withType(SCHEMA).withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
				.withCompressionCodec(CompressionCodecName.UNCOMPRESSED).withDictionaryEncoding(true).build();
	}

	@Override
	public void write(Report report, List<DataCell> cells) throws IOException {
		for (DataCell c : cells) {
			Group row = rows.newGroup().append(COLUMNS.get(0), report.organ()).append(COLUMNS.get(1), report.year())
					.append(COLUMNS.get(2), report.format()).append(COLUMNS.get(3), c.table())
					.append(COLUMNS.get(4), c.row()).append(COLUMNS.get(5), c.column()).append(COLUMNS.get(6), c.id());
			if (c.rowGroup() != null) {
				row.append(COLUMNS.get(7), c.rowGroup());
			}
			row.append(COLUMNS.get(8), c.rowLabel()).append(COLUMNS.get(9), c.columnLabel());
			if (c.value() != null) {
				row.append(COLUMNS.get(10), unscaled(c.value()));
			}
			row.append(COLUMNS.get(11), c.origin().id()).append(COLUMNS.get(12), c.notApplicable())
					.append(COLUMNS.get(13), report.valid()).append(COLUMNS.get(14), report.sourceFile());
			writer.write(row);
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
