package org.report.dsl.ui.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.report.dsl.format.Rule;

/**
 * The problem markers of a report file (type {@value #TYPE}, with the rule code in {@value #CODE}),
 * replaced as a whole when the findings differ from what the markers say.
 */
public final class ProblemMarkers {

	public static final String TYPE = "org.report.dsl.ui.problem";
	/** The rule code (R1…, S…, X…, T…): what quick fixes and filters key on. */
	public static final String CODE = "code";
	/** The data (for quick fixes), lines joined. */
	public static final String DATA = "data";

	private ProblemMarkers() {
	}

	/** Replaces the file's markers by the problems, unless they already match or the parse is stale. */
	public static void update(IFile file, List<Problem> problems, BooleanSupplier current) throws CoreException {
		if (!file.exists() || read(file).equals(problems)) {
			return;
		}
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		workspace.run(monitor -> {
			if (!current.getAsBoolean() || !file.exists()) {
				return;
			}
			file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
			for (Problem p : problems) {
				file.createMarker(TYPE, attributes(p));
			}
		}, workspace.getRuleFactory().markerRule(file), IWorkspace.AVOID_UPDATE, null);
	}

	/** The problems the file's markers say now, in marker creation order. */
	public static List<Problem> read(IFile file) throws CoreException {
		List<Problem> out = new ArrayList<>();
		IMarker[] markers = file.findMarkers(TYPE, false, IResource.DEPTH_ZERO);
		java.util.Arrays.sort(markers, java.util.Comparator.comparingLong(IMarker::getId));
		for (IMarker m : markers) {
			out.add(new Problem(m.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO), Rule.of(m.getAttribute(CODE, null)),
					message(m.getAttribute(IMarker.MESSAGE, ""), m.getAttribute(CODE, null)), m.getAttribute(IMarker.LINE_NUMBER, 1),
					m.getAttribute(IMarker.CHAR_START, 0), m.getAttribute(IMarker.CHAR_END, 0), m.getAttribute(DATA, null)));
		}
		return out;
	}

	/** The message of a marker's description, without the code it ends with. */
	private static String message(String description, String code) {
		String suffix = " [" + code + "]";
		return code != null && description.endsWith(suffix) ? description.substring(0, description.length() - suffix.length())
				: description;
	}

	private static Map<String, Object> attributes(Problem p) {
		Map<String, Object> a = new HashMap<>();
		a.put(IMarker.SEVERITY, p.severity());
		// Problems view: the code in the description as the command line prints it, Location 「line N」 (Eclipse's convention)
		a.put(IMarker.MESSAGE, p.code() == null ? p.message() : p.message() + " [" + p.code() + "]");
		a.put(IMarker.LINE_NUMBER, p.line());
		a.put(IMarker.CHAR_START, p.start());
		a.put(IMarker.CHAR_END, p.end());
		a.put(IMarker.SOURCE_ID, "ReportDSL");
		a.put(CODE, p.code());
		a.put(IMarker.LOCATION, "line " + p.line());
		if (p.data() != null) {
			a.put(DATA, p.data());
		}
		return a;
	}
}
