// Tokenizes report text with the generated TextMate grammar, using the engine VS Code uses
// (vscode-textmate + Oniguruma), and checks the scopes of headings, labels, totals and references.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

async function grammar() {
  const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm')).buffer;
  await oniguruma.loadWASM(wasm);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async () => vsctm.parseRawGrammar(
      fs.readFileSync(path.join(__dirname, '..', 'syntaxes', 'report.tmLanguage.json'), 'utf8'), 'report.tmLanguage.json'),
  });
  return registry.loadGrammar('source.report');
}

/** "text=last scope" for every token that has a scope of its own. */
function scopes(g, text) {
  let state = vsctm.INITIAL;
  const out = [];
  for (const line of text.split('\n')) {
    const r = g.tokenizeLine(line, state);
    for (const t of r.tokens) {
      const s = t.scopes[t.scopes.length - 1];
      const word = line.substring(t.startIndex, t.endIndex);
      if (s !== 'source.report' && s !== 'meta.table.report' && word.trim()) out.push(`${word.trim()}=${s}`);
    }
    state = r.ruleStack;
  }
  return out;
}

test('headings, rows, columns, totals, numbers, references', async () => {
  const g = await grammar();
  const text = [
    '年报 测试局 2025 格式 2021 // 注释',
    '一、总体情况',
    '（一）主动公开情况',
    '"""',
    '共收到 {三.新收.总计} 件。',
    '"""',
    '三、收到和处理政府信息公开申请情况',
    '{',
    '  新收 自然人 71 商业企业 3 总计 74',
    '  上年结转：1 0 0 0 0 0 1',
    '  总计 自然人 72',
    '}',
  ].join('\n');
  assert.deepStrictEqual(scopes(g, text), [
    '年报=keyword.control.report',
    '格式=keyword.control.report',
    '// 注释=comment.line.double-slash.report',
    '一、总体情况=entity.name.section.report',
    '（一）主动公开情况=entity.name.tag.report',
    '"""=string.quoted.triple.report',
    '共收到=string.quoted.triple.report',
    '{三.新收.总计}=variable.other.reference.report',
    '件。=string.quoted.triple.report',
    '"""=string.quoted.triple.report',
    '三、收到和处理政府信息公开申请情况=entity.name.section.report',
    '{=punctuation.section.table.begin.report',
    '新收=variable.other.row.report',
    '自然人=entity.other.attribute-name.column.report',
    '71=constant.numeric.report',
    '商业企业=entity.other.attribute-name.column.report',
    '3=constant.numeric.report',
    '总计=support.constant.total.column.report',
    '74=constant.numeric.report',
    '上年结转=variable.other.row.report',
    '：=punctuation.separator.positional.report',
    '1=constant.numeric.report',
    '0=constant.numeric.report',
    '0=constant.numeric.report',
    '0=constant.numeric.report',
    '0=constant.numeric.report',
    '0=constant.numeric.report',
    '1=constant.numeric.report',
    '总计=support.constant.total.row.report',
    '自然人=entity.other.attribute-name.column.report',
    '72=constant.numeric.report',
    '}=punctuation.section.table.end.report',
  ]);
});
