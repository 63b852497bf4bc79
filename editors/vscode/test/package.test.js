// The contributions of package.json that VS Code applies to .report files by default.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'));

test('report files: no unicode highlight boxes, completion while typing outside strings and comments', () => {
  assert.deepStrictEqual(manifest.contributes.configurationDefaults['[report]'], {
    'editor.unicodeHighlight.ambiguousCharacters': false,
    'editor.unicodeHighlight.invisibleCharacters': false,
    'editor.unicodeHighlight.nonBasicASCII': false,
    'editor.quickSuggestions': { other: 'on', comments: 'off', strings: 'off' },
  });
});
