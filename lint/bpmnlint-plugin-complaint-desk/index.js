const rules = {
  'level-deadlines': './rules/level-deadlines',
  'user-task-form-and-group': './rules/user-task-form-and-group',
  'outside-world-async': './rules/outside-world-async',
  'model-contract': './rules/model-contract'
};

module.exports = {
  configs: {
    recommended: {
      rules: Object.fromEntries(Object.keys(rules).map(name => [ name, 'error' ]))
    }
  },
  rules
};
