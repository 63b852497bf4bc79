// Compiles language-configuration.json's wordPattern the way VS Code does (the extension point's
// regex parsing, then the word definition made global) and checks which text is a word: what
// triggers completion while typing and what word-based suggestions offer.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');

const configuration = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'language-configuration.json'), 'utf8'));

/** VS Code's languageConfigurationExtensionPoint._parseRegex: a string gets no flags at all. */
function parseRegex(value) {
  if (typeof value === 'string') {
    return new RegExp(value, '');
  }
  assert.strictEqual(typeof value.pattern, 'string');
  assert.ok(value.flags === undefined || typeof value.flags === 'string');
  return new RegExp(value.pattern, value.flags);
}

/** VS Code's ensureValidWordDefinition: the same source and flags, plus g. */
function wordDefinition(regex) {
  if (regex.global) {
    return regex;
  }
  let flags = 'g';
  if (regex.ignoreCase) flags += 'i';
  if (regex.multiline) flags += 'm';
  if (regex.unicode) flags += 'u';
  return new RegExp(regex.source, flags);
}

function words(text) {
  return text.match(wordDefinition(parseRegex(configuration.wordPattern))) ?? [];
}

test('the word pattern is compiled with unicode', () => {
  assert.strictEqual(typeof configuration.wordPattern, 'object');
  assert.ok(wordDefinition(parseRegex(configuration.wordPattern)).unicode);
});

test('labels and numbers are words, punctuation alone is not', () => {
  assert.deepStrictEqual(words('  新收 自然人 123 商业企业 3 总计 74'),
    ['新收', '自然人', '123', '商业企业', '3', '总计', '74']);
  assert.deepStrictEqual(words('% ( ) + - . / { } ％ （ ） ．'), []);
  assert.deepStrictEqual(words('xs'), ['xs']);
});

test('labels with their punctuation stay one word', () => {
  assert.deepStrictEqual(words('  （一）予以公开 1 法人或其他组织（商业企业） 2 50% 3'),
    ['（一）予以公开', '1', '法人或其他组织（商业企业）', '2', '50%', '3']);
  assert.deepStrictEqual(words('共收到 {三.新收.总计} 件。'), ['共收到', '三.新收.总计', '件']);
});
