// A process the desk's code talks to (a key of "processes" in desk-contract.json) has what the code
// relies on: the messages it correlates (defined and caught), the element ids it refers to (at any depth)
// and the decisions it evaluates (camunda:decisionRef of a business rule task, or a camunda:property
// named decisionRef on any flow element).

const { loadContract } = require('../lib/contract');
const { is, camundaAttr, camundaProperties, allFlowElements } = require('../lib/model');

module.exports = function() {
  const { processes } = loadContract();

  function check(node, reporter) {
    if (!is(node, 'bpmn:Process') || !Object.hasOwn(processes, node.id)) {
      return;
    }

    const { messages = [], elements = [], decisions = [] } = processes[node.id];
    const process = `Process "${ node.id }"`;
    const flowElements = allFlowElements(node);

    const definedMessages = new Set(((node.$parent && node.$parent.rootElements) || [])
      .filter(element => is(element, 'bpmn:Message'))
      .map(message => message.name));

    const caughtMessages = new Set(flowElements
      .flatMap(element => [
        ...(element.eventDefinitions || []).filter(definition => is(definition, 'bpmn:MessageEventDefinition')),
        ...(is(element, 'bpmn:ReceiveTask') ? [ element ] : [])
      ])
      .map(holder => holder.messageRef && holder.messageRef.name)
      .filter(Boolean));

    for (const message of messages) {
      if (!definedMessages.has(message)) {
        reporter.report(node.id, `${ process } has no message "${ message }": the desk sends this message to the process, so define a message with that name and wait for it with a message event`);
      } else if (!caughtMessages.has(message)) {
        reporter.report(node.id, `${ process } defines the message "${ message }" but no message event waits for it, so the desk's message could not be delivered`);
      }
    }

    const ids = new Set(flowElements.map(element => element.id));

    for (const id of elements) {
      if (!ids.has(id)) {
        reporter.report(node.id, `${ process } has no element with the id "${ id }", which the desk's code refers to`);
      }
    }

    const decisionRefs = new Set(flowElements.flatMap(element => [
      ...(is(element, 'bpmn:BusinessRuleTask') ? [ camundaAttr(element, 'decisionRef') ] : []),
      ...camundaProperties(element).filter(property => property.name === 'decisionRef').map(property => property.value)
    ]).map(value => String(value ?? '').trim()));

    for (const decision of decisions) {
      if (!decisionRefs.has(decision)) {
        reporter.report(node.id, `${ process } has nothing that evaluates the decision "${ decision }": set camunda:decisionRef="${ decision }" on the business rule task that evaluates it, or a camunda:property decisionRef="${ decision }" on the element that does`);
      }
    }
  }

  return { check };
};
