// A completion the server cancelled (the document changed under it) is asked again; nothing else is.
const test = require('node:test');
const assert = require('node:assert');
const { askAgainWhenTheServerCancels } = require('../out/askAgain');

class Cancelled extends Error {}
const byServer = (error) => error instanceof Cancelled;

function answers(...outcomes) {
  const asked = [];
  const ask = async () => {
    const outcome = outcomes[asked.length];
    asked.push(outcome);
    if (outcome instanceof Error) throw outcome;
    return outcome;
  };
  return { ask, asked };
}

test('cancelled by the server twice, answered the third time', async () => {
  const { ask, asked } = answers(new Cancelled(), new Cancelled(), ['新收']);
  assert.deepStrictEqual(await askAgainWhenTheServerCancels(ask, byServer, () => false), ['新收']);
  assert.strictEqual(asked.length, 3);
});

test('three cancellations: the last one is the answer', async () => {
  const { ask, asked } = answers(new Cancelled(), new Cancelled(), new Cancelled(), ['never']);
  await assert.rejects(askAgainWhenTheServerCancels(ask, byServer, () => false), Cancelled);
  assert.strictEqual(asked.length, 3);
});

test('another failure is not asked again', async () => {
  const { ask, asked } = answers(new TypeError('broken'), ['never']);
  await assert.rejects(askAgainWhenTheServerCancels(ask, byServer, () => false), TypeError);
  assert.strictEqual(asked.length, 1);
});

test('a completion the editor cancelled is not asked again', async () => {
  const { ask, asked } = answers(new Cancelled(), ['never']);
  await assert.rejects(askAgainWhenTheServerCancels(ask, byServer, () => true), Cancelled);
  assert.strictEqual(asked.length, 1);
});
