package org.report.dsl.index;

import java.util.Collection;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescription.Delta;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionManager;

/**
 * A report is affected by every change to the previous-year report it names (上年), whatever that
 * change exports: its cross-year checks X1/X2 (and PREV) read that file's tables. Editors and the
 * language server then re-validate this year's report when last year's is edited, saved or deleted.
 */
public class PreviousLinkAwareness extends DefaultResourceDescriptionManager
		implements IResourceDescription.Manager.AllChangeAware {

	@Override
	public boolean isAffectedByAny(Collection<Delta> deltas, IResourceDescription candidate, IResourceDescriptions context) {
		URI previous = PreviousLinkExport.target(candidate);
		if (previous != null) {
			for (Delta delta : deltas) {
				if (previous.equals(delta.getUri())) {
					return true;
				}
			}
		}
		return isAffected(deltas.stream().filter(Delta::haveEObjectDescriptionsChanged).toList(), candidate, context);
	}
}
