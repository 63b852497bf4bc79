package org.report.dsl.ide.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.util.IFileSystemScanner;
import org.eclipse.xtext.util.UriExtensions;

import com.google.inject.Inject;

/**
 * The workspace's files, as Xtext's scanner finds them, except links that lead nowhere: a broken
 * symbolic link, one that loops, or a directory reached a second time is skipped with a log line
 * (Xtext's scanner hands them on, and the workspace then fails to load).
 */
public class ReportFileSystemScanner implements IFileSystemScanner {

	private static final Logger LOG = Logger.getLogger(ReportFileSystemScanner.class.getName());

	@Inject
	private UriExtensions uris;

	@Override
	public void scan(URI root, IAcceptor<URI> acceptor) {
		walk(Paths.get(root.toFileString()).toAbsolutePath(), acceptor, new HashSet<>());
	}

	private void walk(Path path, IAcceptor<URI> acceptor, Set<Path> directories) {
		Path real;
		try {
			real = path.toRealPath();
		} catch (IOException e) {
			if (Files.isSymbolicLink(path)) {
				LOG.warning("跳过断开或循环的链接：" + path);
			}
			return;
		}
		if (!Files.isDirectory(real)) {
			acceptor.accept(uris.toEmfUri(path.toUri()));
			return;
		}
		if (!directories.add(real)) {
			LOG.warning("跳过重复或循环的目录链接：" + path);
			return;
		}
		List<Path> children;
		try (Stream<Path> list = Files.list(path)) {
			children = list.sorted().toList();
		} catch (IOException e) {
			LOG.warning("无法读取目录，已跳过：" + path);
			return;
		}
		for (Path child : children) {
			walk(child, acceptor, directories);
		}
	}
}
