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

/** The semantic token modifiers the server announces: TokenTypes.MODIFIERS, with its constants resolved. */
function serverModifiers() {
  const java = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'org.report.dsl.ide', 'src', 'org', 'report', 'dsl',
    'ide', 'highlighting', 'TokenTypes.java'), 'utf8');
  const constants = new Map([...java.matchAll(/static final String (\w+) = "([^"]*)";/g)].map((m) => [m[1], m[2]]));
  const list = /MODIFIERS = List\.of\(([^)]*)\);/.exec(java)[1];
  return list.split(',').map((e) => e.trim()).map((e) => (e.startsWith('"') ? JSON.parse(e) : constants.get(e)));
}

const STYLE_KEYS = ['foreground', 'fontStyle', 'bold', 'italic', 'underline', 'strikethrough'];

test('every modifier the server sends has a default style in report files', () => {
  const modifiers = serverModifiers();
  assert.deepStrictEqual(modifiers, ['declaration', 'deprecated', 'total', 'computed', 'error']);
  const rules = manifest.contributes.configurationDefaults['editor.semanticTokenColorCustomizations'].rules;
  for (const m of modifiers) {
    const style = rules[`*.${m}:report`];
    assert.ok(style && STYLE_KEYS.some((k) => style[k] !== undefined && style[k] !== false), `no style for ${m}`);
  }
  assert.deepStrictEqual(Object.keys(rules).sort(), modifiers.map((m) => `*.${m}:report`).sort());
});

test('written totals, computed totals and cells in error look different', () => {
  const rules = manifest.contributes.configurationDefaults['editor.semanticTokenColorCustomizations'].rules;
  assert.deepStrictEqual(rules['*.total:report'], { bold: true });
  assert.deepStrictEqual(rules['*.computed:report'], { italic: true });
  assert.deepStrictEqual(rules['*.error:report'], { foreground: '#f44747', underline: true });
});

test('the modifiers of our own are declared', () => {
  const declared = manifest.contributes.semanticTokenModifiers.map((m) => m.id);
  const standard = ['declaration', 'definition', 'readonly', 'static', 'deprecated', 'abstract', 'async', 'modification',
    'documentation', 'defaultLibrary'];
  assert.deepStrictEqual(serverModifiers().filter((m) => !standard.includes(m)), declared);
});
