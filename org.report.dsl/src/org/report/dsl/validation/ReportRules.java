package org.report.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.report.dsl.format.CellRef;
import org.report.dsl.format.Rule;
import org.report.dsl.model.CellEntry;
import org.report.dsl.model.Finding;
import org.report.dsl.model.ReportData;
import org.report.dsl.model.SectionEntry;
import org.report.dsl.model.TableData;
import org.report.dsl.reportDsl.ReportDslPackage;

import com.google.inject.Inject;

/** Base of the rule families composed into {@link ReportDslValidator}: shared access to the read report. */
abstract class ReportRules extends AbstractDeclarativeValidator {

	@Inject
	protected org.report.dsl.model.ReportAnalysis analysis;

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into ReportDslValidator, not registered on its own
	}

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(ReportDslPackage.eINSTANCE);
	}

	/**
	 * A check that throws: Xtext drops a NullPointerException without a word and logs other exceptions,
	 * and either way the check's findings are lost while the report looks checked. It is a finding here
	 * (INTERNAL, on the object being checked), so that users and tests see it; cancellation and errors of
	 * the JVM go on as Xtext handles them.
	 */
	@Override
	protected void handleExceptionDuringValidation(Throwable e) throws RuntimeException {
		if (!(e instanceof RuntimeException) || e.getClass().getSimpleName().startsWith("OperationCanceled")) {
			super.handleExceptionDuringValidation(e);
			return;
		}
		error("内部错误：检查「" + getClass().getSimpleName() + "」未能完成（" + e + "）；其余检查的结果仍然有效，请报告此问题",
				getCurrentObject(), null, Rule.INTERNAL.id());
	}

	/** The one way a rule family reports a finding: severity and issue code come from its rule. */
	protected void report(Finding f) {
		String code = f.rule().id();
		if (f.offset() >= 0) {
			if (f.error()) {
				getMessageAcceptor().acceptError(f.message(), f.source(), f.offset(), f.length(), code, f.data());
			} else {
				getMessageAcceptor().acceptWarning(f.message(), f.source(), f.offset(), f.length(), code, f.data());
			}
		} else if (f.error()) {
			error(f.message(), f.source(), f.feature(), code, f.data());
		} else {
			warning(f.message(), f.source(), f.feature(), code, f.data());
		}
	}

	/** Where a finding about a cell belongs: the cell if written, else its table, its section, the report. */
	protected static EObject anchor(ReportData data, CellRef cell) {
		TableData table = data.table(cell.table());
		CellEntry entry = table.cells().get(cell);
		if (entry != null) {
			return entry.owner();
		}
		if (table.source() != null) {
			return table.source();
		}
		return data.sections().stream().filter(s -> cell.table().id().equals(s.def().numeral()))
				.map(SectionEntry::block).map(EObject.class::cast).findFirst().orElse(data.report());
	}

	/** The first of the cells that is written, else the anchor of the first cell. */
	protected static EObject anchor(ReportData data, List<CellRef> cells) {
		for (CellRef c : cells) {
			CellEntry e = data.table(c.table()).cells().get(c);
			if (e != null) {
				return e.owner();
			}
		}
		return anchor(data, cells.get(0));
	}
}
