// Every user task has a form (camunda:formRef naming a form in the forms directory) and
// candidate groups (camunda:candidateGroups) that are all groups of the desk, or expressions.

const path = require('node:path');

const { loadContract, loadFormIds, formsDirectory } = require('../lib/contract');
const { is, camundaAttr, isExpression, describe } = require('../lib/model');

module.exports = function() {
  const { candidateGroups } = loadContract();
  const knownGroups = new Set(candidateGroups);
  const formsDir = `${ path.basename(formsDirectory()) }/`;

  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) {
      return;
    }

    const task = `User task ${ describe(node) }`;

    const formRef = String(camundaAttr(node, 'formRef') ?? '').trim();

    if (!formRef) {
      reporter.report(node.id, `${ task } has no form: set camunda:formRef to the id of a form in ${ formsDir }`);
    } else if (isExpression(formRef)) {
      reporter.report(node.id, `${ task } chooses its form with the expression ${ formRef }, which cannot be checked against the forms in ${ formsDir }: name the form id instead`);
    } else if (!loadFormIds().has(formRef)) {
      reporter.report(node.id, `${ task } uses the form "${ formRef }", but no form in ${ formsDir } has that id`);
    }

    const groups = splitList(String(camundaAttr(node, 'candidateGroups') ?? ''));
    const unknown = groups.filter(group => !/[$#]\{/.test(group) && !knownGroups.has(group));

    if (!groups.length) {
      reporter.report(node.id, `${ task } has no candidate groups, so nobody is offered the work: set camunda:candidateGroups to one or more of the desk's groups (${ candidateGroups.join(', ') })`);
    } else if (unknown.length) {
      reporter.report(node.id, `${ task } offers the work to ${ unknown.length > 1 ? 'groups' : 'the group' } ${ unknown.map(group => `"${ group }"`).join(', ') } that the desk does not have; the desk's groups are ${ candidateGroups.join(', ') }`);
    }
  }

  return { check };
};

/**
 * Split a comma-separated list, keeping commas inside ${...} / #{...} expressions.
 */
function splitList(value) {
  const entries = [];
  let current = '';
  let depth = 0;

  for (const char of value) {
    if (char === '{') {
      depth++;
    } else if (char === '}') {
      depth = Math.max(0, depth - 1);
    }

    if (char === ',' && depth === 0) {
      entries.push(current);
      current = '';
    } else {
      current += char;
    }
  }

  entries.push(current);

  return entries.map(entry => entry.trim()).filter(Boolean);
}
