const { describe, test } = require('node:test');

const { MODES, lintFixture, assertReports } = require('./helper');

const RULE = 'user-task-form-and-group';

for (const mode of MODES) {
  describe(`${ RULE } (${ mode })`, () => {

    test('known forms with desk groups, group expressions and lists pass', async () => {
      assertReports(await lintFixture(RULE, 'user-task-form-and-group/valid.bpmn', mode), []);
    });

    test('a missing, unknown or computed form is reported', async () => {
      assertReports(await lintFixture(RULE, 'user-task-form-and-group/invalid-form.bpmn', mode), [
        [ 'Task_NoForm', 'User task "Resolve without form" has no form', 'camunda:formRef' ],
        [ 'Task_UnknownForm', 'uses the form "resolve-at-back-office", but no form in forms/ has that id' ],
        [ 'Task_FormExpression', 'the expression ${formForLevel}, which cannot be checked' ]
      ]);
    });

    test('missing candidate groups and groups the desk does not have are reported', async () => {
      assertReports(await lintFixture(RULE, 'user-task-form-and-group/invalid-groups.bpmn', mode), [
        [ 'Task_NoGroups', 'User task "Resolve for nobody" has no candidate groups', 'camunda:candidateGroups' ],
        [ 'Task_EmptyGroups', 'has no candidate groups' ],
        [ 'Task_UnknownGroup', 'offers the work to the group "back-office" that the desk does not have' ],
        [ 'Task_UnknownGroups', 'offers the work to groups "Supervisors", "billing" that the desk does not have' ]
      ]);
    });
  });
}
