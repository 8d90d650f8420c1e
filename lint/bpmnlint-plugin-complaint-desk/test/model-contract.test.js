const { describe, test } = require('node:test');

const { MODES, lintFixture, assertReports } = require('./helper');

const RULE = 'model-contract';

for (const mode of MODES) {
  describe(`${ RULE } (${ mode })`, () => {

    test('messages, nested elements and a decision named by a camunda:property pass', async () => {
      assertReports(await lintFixture(RULE, 'model-contract/valid-escalation.bpmn', mode), []);
    });

    test('a decision named by a business rule task passes', async () => {
      assertReports(await lintFixture(RULE, 'model-contract/valid-resolution.bpmn', mode), []);
    });

    test('processes that are not in the contract are not checked', async () => {
      assertReports(await lintFixture(RULE, 'outside-world-async/valid.bpmn', mode), []);
    });

    test('missing or unused messages, missing elements and decisions are reported', async () => {
      assertReports(await lintFixture(RULE, 'model-contract/invalid.bpmn', mode), [
        [ 'complaint-escalation', 'Process "complaint-escalation" has no message "CustomerSelfEscalated"' ],
        [ 'complaint-escalation', 'defines the message "CustomerReplied" but no message event waits for it' ],
        [ 'complaint-escalation', 'has no element with the id "Task_RespondAsExecutiveOffice"' ],
        [ 'complaint-escalation', 'has nothing that evaluates the decision "escalation-matrix"' ]
      ]);
    });
  });
}
