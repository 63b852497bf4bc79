// Starts `reportdsl lsp` for .report files; everything else comes from the language server.
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const config = vscode.workspace.getConfiguration('reportdsl.server');
  const command = config.get<string>('command', 'reportdsl');
  const args = config.get<string[]>('args', ['lsp']);
  const serverOptions: ServerOptions = { command, args, transport: TransportKind.stdio };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'report' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.report') },
  };
  client = new LanguageClient('reportdsl', 'ReportDSL', serverOptions, clientOptions);
  context.subscriptions.push(client);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
