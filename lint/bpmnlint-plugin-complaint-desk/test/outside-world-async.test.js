const { describe, test } = require('node:test');

const { MODES, lintFixture, assertReports } = require('./helper');

const RULE = 'outside-world-async';

for (const mode of MODES) {
  describe(`${ RULE } (${ mode })`, () => {

    test('asynchronous outside-world calls with a retry schedule pass; other beans are not checked', async () => {
      assertReports(await lintFixture(RULE, 'outside-world-async/valid.bpmn', mode), []);
    });

    test('outside-world calls without asyncBefore or without retry schedule are reported', async () => {
      assertReports(await lintFixture(RULE, 'outside-world-async/invalid.bpmn', mode), [
        [ 'Task_NotAsync', 'Service task "Investigate complaint" calls the outside world (investigateComplaint)', 'camunda:asyncBefore="true"' ],
        [ 'Task_NoRetry', 'Service task "Carry out resolution" calls the outside world (carryOutResolution) but has no retry schedule', 'camunda:failedJobRetryTimeCycle' ],
        [ 'Task_Neither', 'Send task', 'does not start asynchronously' ],
        [ 'Task_Neither', 'has no retry schedule' ],
        [ 'Event_NotAsync', 'Throw event "Survey sent" calls the outside world (sendSatisfactionSurvey)', 'does not start asynchronously' ],
        [ 'Event_NotAsync', 'has no retry schedule' ],
        [ 'Task_AsyncAfterOnly', 'does not start asynchronously' ]
      ]);
    });

    test('the camunda namespace under another prefix is read too', async () => {
      assertReports(await lintFixture(RULE, 'outside-world-async/invalid-other-prefix.bpmn', mode), [
        [ 'Task_NoRetry', '(askCustomerForInformation) but has no retry schedule' ],
        [ 'Task_NotAsync', '(requestImprovementReview) but does not start asynchronously' ]
      ]);
    });
  });
}
