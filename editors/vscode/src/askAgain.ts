// No import of 'vscode' here, so that node --test can run it (test/askAgain.test.js).

/**
 * The answer of `ask`, asked again (at most `attempts` times in all) while it fails because the server
 * cancelled it: the server (Xtext) cancels every request still being answered when the document changes.
 * Any other failure, or a cancellation the editor asked for (`editorCancelled`), ends it at once.
 */
export async function askAgainWhenTheServerCancels<T>(
  ask: () => Promise<T>,
  cancelledByServer: (error: unknown) => boolean,
  editorCancelled: () => boolean,
  attempts = 3,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ask();
    } catch (error) {
      if (attempt >= attempts || editorCancelled() || !cancelledByServer(error)) {
        throw error;
      }
    }
  }
}
