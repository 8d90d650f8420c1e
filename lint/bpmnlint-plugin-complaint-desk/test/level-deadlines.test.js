const { describe, test } = require('node:test');

const { MODES, lintFixture, assertReports } = require('./helper');

const RULE = 'level-deadlines';

for (const mode of MODES) {
  describe(`${ RULE } (${ mode })`, () => {

    test('timers on the task or its subprocess pass; the last level may have a non-interrupting deadline', async () => {
      assertReports(await lintFixture(RULE, 'level-deadlines/valid.bpmn', mode), []);
    });

    test('level tasks without both level timers are reported, also when the timers are on a neighbouring task', async () => {
      assertReports(await lintFixture(RULE, 'level-deadlines/invalid-missing-timers.bpmn', mode), [
        [ 'Task_NoTimers', 'Escalation-level task "Resolve without timers" has no deadline timer', '${levelDueAt}' ],
        [ 'Task_NoTimers', 'has no reminder timer', 'non-interrupting', '${levelRemindAt}' ],
        [ 'Task_WrongTimers', 'has no deadline timer' ],
        [ 'Task_WrongTimers', 'has no reminder timer' ],
        [ 'Task_Level3', 'has no deadline timer' ],
        [ 'Task_Level3', 'has no reminder timer' ]
      ]);
    });

    test('a deadline that does not interrupt and a reminder that does are reported, naming the timer', async () => {
      assertReports(await lintFixture(RULE, 'level-deadlines/invalid-interrupting.bpmn', mode), [
        [ 'Task_DeadlineDoesNotInterrupt', 'deadline timer (Boundary_DeadlineDoesNotInterruptDeadline) that does not interrupt the task' ],
        [ 'Task_ReminderInterrupts', 'reminder timer (Boundary_ReminderInterruptsReminder) that interrupts the task' ],
        [ 'Task_RespondAsExecutiveOffice', 'reminder timer (Boundary_RespondAsExecutiveOfficeReminder) that interrupts the task' ]
      ]);
    });
  });
}
