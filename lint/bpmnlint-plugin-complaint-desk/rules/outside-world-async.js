// Every step that calls the outside world (camunda:delegateExpression="${bean}" with a bean from
// outsideWorldBeans) starts asynchronously (camunda:asyncBefore="true") and has a retry schedule
// (camunda:failedJobRetryTimeCycle), so a failing mail server or partner system is retried by the
// job executor instead of rolling back the step before it.

const { loadContract } = require('../lib/contract');
const { isAny, camundaAttr, camundaExtensions, bodyOf, isTrue, describe } = require('../lib/model');

const KINDS = {
  'bpmn:ServiceTask': 'Service task',
  'bpmn:SendTask': 'Send task',
  'bpmn:BusinessRuleTask': 'Business rule task',
  'bpmn:IntermediateThrowEvent': 'Throw event'
};

module.exports = function() {
  const outsideWorldBeans = new Set(loadContract().outsideWorldBeans);

  function check(node, reporter) {
    if (!isAny(node, Object.keys(KINDS))) {
      return;
    }

    const bean = delegateBean(node);

    if (!bean || !outsideWorldBeans.has(bean)) {
      return;
    }

    const step = `${ KINDS[node.$type] || 'Step' } ${ describe(node) } calls the outside world (${ bean })`;

    if (!isTrue(camundaAttr(node, 'asyncBefore'))) {
      reporter.report(node.id, `${ step } but does not start asynchronously: set camunda:asyncBefore="true" so that a failure is retried instead of rolling back the step before it`);
    }

    if (!camundaExtensions(node, 'failedJobRetryTimeCycle').some(cycle => bodyOf(cycle))) {
      reporter.report(node.id, `${ step } but has no retry schedule: add a camunda:failedJobRetryTimeCycle (for example R3/PT1M) to its extension elements`);
    }
  }

  return { check };
};

/**
 * The bean of a camunda:delegateExpression="${bean}" on the element or, for a message throw event,
 * on its message event definition; undefined for any other implementation.
 */
function delegateBean(node) {
  for (const holder of [ node, ...(node.eventDefinitions || []) ]) {
    const match = /^\s*[$#]\{\s*([A-Za-z_$][\w$]*)\s*\}\s*$/.exec(String(camundaAttr(holder, 'delegateExpression') ?? ''));

    if (match) {
      return match[1];
    }
  }

  return undefined;
}
