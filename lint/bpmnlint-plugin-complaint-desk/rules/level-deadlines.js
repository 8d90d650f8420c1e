// Every escalation-level user task (camunda:dueDate is the level deadline) has, on itself or on an
// enclosing subprocess, an interrupting deadline timer and a non-interrupting reminder timer.
// The last level (lastLevelTasks) has no level to escalate to, so its deadline timer may be non-interrupting.

const { loadContract } = require('../lib/contract');
const { is, camundaAttr, timerExpressions, describe } = require('../lib/model');

module.exports = function() {
  const { levelTimers: { deadline, reminder }, lastLevelTasks } = loadContract();

  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask') || String(camundaAttr(node, 'dueDate') ?? '').trim() !== deadline) {
      return;
    }

    const task = `Escalation-level task ${ describe(node) }`;
    const timers = attachedTimers(node);

    const deadlines = timers.filter(timer => timer.expression === deadline);
    const reminders = timers.filter(timer => timer.expression === reminder);

    if (!deadlines.length) {
      reporter.report(node.id, `${ task } has no deadline timer: attach an interrupting timer boundary event with ${ deadline } to the task or to its subprocess`);
    } else if (!lastLevelTasks.includes(node.id) && !deadlines.some(timer => timer.interrupting)) {
      reporter.report(node.id, `${ task } has a deadline timer (${ ids(deadlines) }) that does not interrupt the task, so the complaint would not move to the next level: make the ${ deadline } timer interrupting`);
    }

    if (!reminders.length) {
      reporter.report(node.id, `${ task } has no reminder timer: attach a non-interrupting timer boundary event with ${ reminder } to the task or to its subprocess`);
    } else if (!reminders.some(timer => !timer.interrupting)) {
      reporter.report(node.id, `${ task } has a reminder timer (${ ids(reminders) }) that interrupts the task, so the reminder would end the work: make the ${ reminder } timer non-interrupting`);
    }
  }

  return { check };
};

/**
 * Timers of the boundary events attached to the task or to one of its enclosing subprocesses.
 */
function attachedTimers(task) {
  const hosts = [];

  for (let element = task; element && !is(element, 'bpmn:Process'); element = element.$parent) {
    if (element === task || is(element, 'bpmn:SubProcess')) {
      hosts.push(element);
    }
  }

  return hosts.flatMap(host => ((host.$parent && host.$parent.flowElements) || [])
    .filter(element => is(element, 'bpmn:BoundaryEvent') && element.attachedToRef === host)
    .flatMap(event => timerExpressions(event).map(expression => ({
      event,
      expression,
      interrupting: event.cancelActivity !== false
    }))));
}

function ids(timers) {
  return [ ...new Set(timers.map(timer => timer.event.id)) ].join(', ');
}
