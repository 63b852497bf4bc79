package org.report.dsl.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.generator.IGeneratorContext;
import org.report.dsl.publish.RenderService.DocumentKind;
import org.report.dsl.publish.RenderService.Documents;

/**
 * The documents a project chooses to generate (生成的文档), handed to {@link ReportGenerator} with the
 * cancel indicator; any other context gets the default, the official text and the print-ready HTML.
 */
public class ReportGeneratorContext extends GeneratorContext {

	/** 默认生成：正式文本、打印版网页 */
	public static final List<DocumentKind> DEFAULT = List.of(Documents.TEXT, Documents.HTML);

	private final List<DocumentKind> documents;

	public ReportGeneratorContext(List<? extends DocumentKind> documents) {
		this.documents = List.copyOf(documents);
	}

	public List<DocumentKind> documents() {
		return documents;
	}

	/** The documents chosen in the given context (the default for a context that chooses none). */
	public static List<DocumentKind> documentsOf(IGeneratorContext context) {
		return context instanceof ReportGeneratorContext chosen ? chosen.documents() : DEFAULT;
	}

	/**
	 * The documents named as {@code reportdsl render --format} names them ({@code text}, {@code html},
	 * {@code review}, {@code docx}, {@code pdf}: the {@link Documents}), in the order named, each once; names of
	 * other formats (json, csv …) are left out.
	 */
	public static List<DocumentKind> named(List<String> names) {
		List<DocumentKind> out = new ArrayList<>();
		for (String name : names) {
			for (Documents kind : Documents.values()) {
				if (kind.name().toLowerCase(Locale.ROOT).equals(name.strip().toLowerCase(Locale.ROOT))
						&& !out.contains(kind)) {
					out.add(kind);
				}
			}
		}
		return List.copyOf(out);
	}

	/** The name of a document kind as {@link #named} reads it. */
	public static String nameOf(Documents kind) {
		return kind.name().toLowerCase(Locale.ROOT);
	}
}
