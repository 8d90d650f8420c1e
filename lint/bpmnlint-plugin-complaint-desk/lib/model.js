// Reading BPMN elements the same way whether or not the Camunda moddle extension is loaded.
//
// bpmnlint's CLI parses with plain bpmn-moddle unless .bpmnlintrc names "moddleExtensions", so by default
// - camunda attributes sit untyped in node.$attrs under the document's own prefix ("camunda:formRef"),
//   and are strings ("true", not true);
// - camunda extension elements are generic: $type "camunda:failedJobRetryTimeCycle" with $body,
//   "camunda:properties" with $children.
// With camunda-bpmn-moddle loaded they are typed: node.get('camunda:formRef'), $type "camunda:FailedJobRetryTimeCycle"
// with body, "camunda:Properties" with values. The helpers below accept both.

const CAMUNDA_URI = 'http://camunda.org/schema/1.0/bpmn';

const prefixCache = new WeakMap();

function is(node, type) {
  return !!node && typeof node.$instanceOf === 'function' && node.$instanceOf(type);
}

function isAny(node, types) {
  return types.some(type => is(node, type));
}

function rootOf(node) {
  while (node.$parent) {
    node = node.$parent;
  }

  return node;
}

/**
 * Prefixes that stand for the Camunda namespace: "camunda" (the typed prefix) and
 * whatever the document declares for http://camunda.org/schema/1.0/bpmn.
 */
function camundaPrefixes(node) {
  const root = rootOf(node);

  if (!prefixCache.has(root)) {
    const declared = Object.entries(root.$attrs || {})
      .filter(([ key, value ]) => key.startsWith('xmlns:') && value === CAMUNDA_URI)
      .map(([ key ]) => key.slice('xmlns:'.length));

    prefixCache.set(root, [ 'camunda', ...declared.filter(prefix => prefix !== 'camunda') ]);
  }

  return prefixCache.get(root);
}

/**
 * The value of a camunda attribute, e.g. camundaAttr(task, 'formRef'); undefined if absent.
 */
function camundaAttr(node, name) {
  for (const prefix of camundaPrefixes(node)) {
    const value = prefix === 'camunda' && typeof node.get === 'function'
      ? node.get(`camunda:${ name }`)
      : (node.$attrs || {})[`${ prefix }:${ name }`];

    if (value !== undefined && value !== null) {
      return value;
    }
  }

  return undefined;
}

function isTrue(value) {
  return String(value).trim() === 'true';
}

function isCamundaElement(element, localName, prefixes) {
  const [ prefix, local ] = String(element && element.$type).split(':');

  return prefixes.includes(prefix) && !!local && local.toLowerCase() === localName.toLowerCase();
}

/**
 * Camunda extension elements of a node with the given local name, e.g. 'failedJobRetryTimeCycle'.
 */
function camundaExtensions(node, localName) {
  const prefixes = camundaPrefixes(node);
  const values = (node.extensionElements && node.extensionElements.values) || [];

  return values.filter(element => isCamundaElement(element, localName, prefixes));
}

/**
 * Text content of an extension element (typed: body, generic: $body).
 */
function bodyOf(element) {
  return String(element.body ?? element.$body ?? '').trim();
}

/**
 * All camunda:property entries ({ name, value }) in the node's camunda:properties.
 */
function camundaProperties(node) {
  const prefixes = camundaPrefixes(node);

  return camundaExtensions(node, 'properties')
    .flatMap(properties => properties.values || properties.$children || [])
    .filter(property => isCamundaElement(property, 'property', prefixes))
    .map(property => ({ name: property.name, value: property.value }));
}

/**
 * Every flow element inside a process or subprocess, at any depth.
 */
function allFlowElements(container) {
  return (container.flowElements || []).flatMap(element => [ element, ...allFlowElements(element) ]);
}

/**
 * The expressions of a node's timer event definitions (timeDate, timeDuration or timeCycle).
 */
function timerExpressions(event) {
  return (event.eventDefinitions || [])
    .filter(definition => is(definition, 'bpmn:TimerEventDefinition'))
    .map(definition => definition.timeDate || definition.timeDuration || definition.timeCycle)
    .map(expression => String((expression && expression.body) || '').trim());
}

/**
 * Is the whole value a single expression: ${...} or #{...}?
 */
function isExpression(value) {
  return /^\s*[$#]\{[\s\S]*\}\s*$/.test(String(value));
}

/**
 * How an element is named in messages: its name if it has one, its id otherwise.
 */
function describe(node) {
  const name = String(node.name || '').replace(/\s+/g, ' ').trim();

  return name ? `"${ name }"` : node.id;
}

module.exports = {
  is,
  isAny,
  camundaAttr,
  camundaExtensions,
  camundaProperties,
  bodyOf,
  isTrue,
  allFlowElements,
  timerExpressions,
  isExpression,
  describe
};
