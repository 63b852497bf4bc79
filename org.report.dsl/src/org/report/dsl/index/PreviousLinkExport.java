package org.report.dsl.index;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;
import org.report.dsl.reportDsl.Report;
import org.report.dsl.reportDsl.ReportDslPackage;

/**
 * What a report puts into the index: nothing a scope needs (the language has no cross-references),
 * only the previous-year report it names (上年), so that a change to that file re-checks X1/X2 here.
 */
public class PreviousLinkExport extends DefaultResourceDescriptionStrategy {

	private static final QualifiedName NAME = QualifiedName.create("上年");
	private static final String TARGET = "target";

	@Override
	public boolean createEObjectDescriptions(EObject object, IAcceptor<IEObjectDescription> acceptor) {
		if (object instanceof Report report) {
			URI target = PreviousLink.target(report);
			if (target != null) {
				acceptor.accept(EObjectDescription.create(NAME, report, Map.of(TARGET, target.toString())));
			}
		}
		return false; // nothing below the report is exported
	}

	/** The previous-year report the indexed report names, or null. */
	static URI target(IResourceDescription description) {
		for (IEObjectDescription exported : description.getExportedObjectsByType(ReportDslPackage.Literals.REPORT)) {
			String target = exported.getUserData(TARGET);
			if (target != null) {
				return URI.createURI(target);
			}
		}
		return null;
	}
}
