/**
 * The background process (后台进程) that runs one-shot commands for the {@code reportdsl} launcher without
 * starting a Java virtual machine each time: a server on a Unix socket ({@link DaemonServer}), what a
 * client asks ({@link Request}) and what it answers ({@link Replies}), and a client for the command's own
 * {@code --status} and {@code --stop} ({@link DaemonClient}). The launcher's client is
 * {@code releng/scripts/reportdsl-client.pl}; the protocol is described in {@code docs/daemon.md}.
 */
package org.report.dsl.cli.daemon;
