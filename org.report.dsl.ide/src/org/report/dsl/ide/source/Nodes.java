package org.report.dsl.ide.source;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

/** Small look-ups in Xtext's node model shared by the features. */
public final class Nodes {

	private Nodes() {
	}

	/** The node of an element's feature (its first one), or of the whole element when feature is null. */
	public static INode node(EObject element, EStructuralFeature feature) {
		if (feature != null) {
			var nodes = NodeModelUtils.findNodesForFeature(element, feature);
			if (!nodes.isEmpty()) {
				return nodes.get(0);
			}
		}
		return NodeModelUtils.findActualNodeFor(element);
	}

	/** The text region of an element's feature (or of the element), without leading or trailing hidden tokens. */
	public static TextRegion region(EObject element, EStructuralFeature feature) {
		INode node = node(element, feature);
		if (node == null) {
			return null;
		}
		return new TextRegion(node.getOffset(), node.getLength());
	}

	/** The leaf at the offset, or the one just before it when the offset is at a leaf's end. */
	public static ILeafNode leafAt(XtextResource resource, int offset) {
		if (resource.getParseResult() == null) {
			return null;
		}
		ICompositeNode root = resource.getParseResult().getRootNode();
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, offset);
		if ((leaf == null || leaf.isHidden()) && offset > 0) {
			ILeafNode before = NodeModelUtils.findLeafNodeAtOffset(root, offset - 1);
			if (before != null && !before.isHidden()) {
				return before;
			}
		}
		return leaf;
	}

	/** The semantic element of the non-hidden leaf at or just before the offset. */
	public static EObject elementAt(XtextResource resource, int offset) {
		ILeafNode leaf = leafAt(resource, offset);
		return leaf == null || leaf.isHidden() ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
	}

	public static boolean contains(INode node, int offset) {
		return node != null && offset >= node.getOffset() && offset <= node.getEndOffset();
	}
}
