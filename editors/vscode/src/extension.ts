// Starts `reportdsl lsp` for .report files; everything else comes from the language server.
import * as vscode from 'vscode';
import { askAgainWhenTheServerCancels } from './askAgain';
import { LanguageClient, LanguageClientOptions, Middleware, ServerOptions, TransportKind } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const config = vscode.workspace.getConfiguration('reportdsl.server');
  const command = config.get<string>('command', 'reportdsl');
  const args = config.get<string[]>('args', ['lsp']);
  const serverOptions: ServerOptions = { command, args, transport: TransportKind.stdio };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'report' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.report') },
    middleware: { provideCompletionItem: completionAskedAgainWhenTheServerCancelsIt },
  };
  client = new LanguageClient('reportdsl', 'ReportDSL', serverOptions, clientOptions);
  context.subscriptions.push(client);
  await client.start();
}

/**
 * A completion asked for at 「x」 is cancelled by the server when 「s」 is typed before its answer came (on a
 * busy machine the first one takes longer than a keystroke), and VS Code would then show nothing although
 * the user typed a word: such a completion, cancelled by the server and not by VS Code, is asked again
 * where the cursor is now.
 */
const completionAskedAgainWhenTheServerCancelsIt: Middleware['provideCompletionItem'] = (
  document, position, context, token, next) => {
  let at = position;
  let asked = false;
  return askAgainWhenTheServerCancels(async () => {
    if (asked) {
      at = cursorIn(document) ?? at;
    }
    asked = true;
    return next(document, at, context, token);
  }, (error) => error instanceof vscode.CancellationError, () => token.isCancellationRequested);
};

/** The cursor of the editor showing the document, if it is the active one. */
function cursorIn(document: vscode.TextDocument): vscode.Position | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor?.document === document ? editor.selection.active : undefined;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
