// Lints a fixture with one rule of this plugin, through bpmnlint's programmatic Linter.
//
// Every fixture is read twice:
// - "untyped": plain bpmn-moddle, as bpmnlint's CLI reads processes/*.bpmn today (no moddleExtensions in
//   .bpmnlintrc), so camunda attributes are only in $attrs and extension elements are generic;
// - "typed": with the Camunda moddle extension, as a .bpmnlintrc with moddleExtensions or the Modeler would.
//   camunda-moddle-subset.json holds, unchanged, the types these rules and fixtures touch from
//   camunda-bpmn-moddle 8.0.1's resources/camunda.json (not a dependency of the desk).

const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const { BpmnModdle } = require('bpmn-moddle');
const { Linter } = require('bpmnlint');

const plugin = require('..');

const PLUGIN_DIR = path.resolve(__dirname, '..');
const MODES = [ 'untyped', 'typed' ];

const moddles = {
  untyped: new BpmnModdle(),
  typed: new BpmnModdle({ camunda: require('./camunda-moddle-subset.json') })
};

// resolves "complaint-desk/<rule>" from this plugin's own rules map, whatever is installed in node_modules
const resolver = {
  resolveRule: (pkg, ruleName) => require(path.join(PLUGIN_DIR, plugin.rules[ruleName])),
  resolveConfig: () => {
    throw new Error('not needed');
  }
};

async function readFixture(file, mode) {
  const xml = fs.readFileSync(path.join(__dirname, 'fixtures', file), 'utf8');
  const { rootElement, warnings } = await moddles[mode].fromXML(xml);

  assert.deepEqual(warnings.map(warning => warning.message), [], `${ file } should import without warnings`);

  return rootElement;
}

/**
 * @return {Promise<{ id: string, message: string }[]>} the rule's reports (and any rule error)
 */
async function lintFixture(rule, file, mode) {
  const linter = new Linter({ resolver });
  const results = await linter.lint(await readFixture(file, mode), {
    rules: { [`complaint-desk/${ rule }`]: 'error' }
  });

  return Object.values(results).flat().map(({ id, message, category }) => {
    assert.equal(category, 'error', `unexpected ${ category }: ${ message }`);

    return { id, message };
  });
}

/**
 * Reports come in this order, for these ids, each message containing all the given pieces of text.
 *
 * @param {{ id: string, message: string }[]} reports
 * @param {[ string, ...string[] ][]} expected e.g. [ [ 'Task_A', 'has no form', 'formRef' ] ]
 */
function assertReports(reports, expected) {
  assert.deepEqual(reports.map(report => report.id), expected.map(([ id ]) => id), JSON.stringify(reports, null, 2));

  reports.forEach(({ id, message }, index) => {
    for (const text of expected[index].slice(1)) {
      assert.ok(message.includes(text), `report on ${ id } should say "${ text }": ${ message }`);
    }
  });
}

module.exports = {
  MODES,
  PLUGIN_DIR,
  lintFixture,
  assertReports
};
