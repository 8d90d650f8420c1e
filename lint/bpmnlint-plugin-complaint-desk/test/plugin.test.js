// The plugin as bpmnlint's CLI uses it: installed in the root node_modules, extended as
// "plugin:complaint-desk/recommended", reading files without any moddle extension.

const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { test } = require('node:test');

const { PLUGIN_DIR } = require('./helper');

const plugin = require('..');

const REPO_DIR = path.resolve(PLUGIN_DIR, '../..');
const RULES = [ 'level-deadlines', 'user-task-form-and-group', 'outside-world-async', 'model-contract' ];

test('every rule has a file and configs.recommended turns each one to error', () => {
  assert.deepEqual(Object.keys(plugin.rules).sort(), [ ...RULES ].sort());
  assert.deepEqual(plugin.configs.recommended.rules, Object.fromEntries(RULES.map(rule => [ rule, 'error' ])));

  for (const rule of RULES) {
    assert.equal(typeof require(path.join(PLUGIN_DIR, 'rules', rule))().check, 'function', rule);
  }
});

test('the contract lists the desk forms directory and the forms it names exist', () => {
  const { loadFormIds, formsDirectory } = require('../lib/contract');

  assert.equal(formsDirectory(), path.join(REPO_DIR, 'forms'));
  assert.ok(loadFormIds().has('resolve-at-front-line'));
});

test('bpmnlint CLI resolves plugin:complaint-desk/recommended from the repository root', () => {
  const cli = require.resolve('bpmnlint/bin/bpmnlint.js', { paths: [ REPO_DIR ] });
  const config = path.join(__dirname, 'fixtures', 'desk-only.bpmnlintrc');
  const fixture = path.join(__dirname, 'fixtures', 'user-task-form-and-group', 'invalid-form.bpmn');

  assert.ok(fs.existsSync(path.join(REPO_DIR, 'node_modules', 'bpmnlint-plugin-complaint-desk')), 'run npm install in the repository root');

  const { status, stdout, stderr } = spawnSync(process.execPath, [ cli, '--config', config, fixture ], {
    cwd: REPO_DIR,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' }
  });

  assert.equal(status, 1, stdout + stderr);

  for (const id of [ 'Task_NoForm', 'Task_UnknownForm', 'Task_FormExpression' ]) {
    assert.match(stdout, new RegExp(`${ id }\\s+error\\s+User task`), stdout);
  }

  assert.match(stdout, /complaint-desk\/user-task-form-and-group/);
  assert.match(stdout, /3 problems \(3 errors, 0 warnings\)/);
});
