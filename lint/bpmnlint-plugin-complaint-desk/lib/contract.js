// The desk's contract (desk-contract.json) and the form ids found in its forms directory.
// Paths are resolved from this plugin's own directory, never from the current directory.

const fs = require('node:fs');
const path = require('node:path');

// realpath: the plugin is installed as a symlink in node_modules; resolve from where it really lives
const PLUGIN_DIR = path.resolve(fs.realpathSync(__dirname), '..');

let contract;
let formIds;

function loadContract() {
  if (!contract) {
    contract = JSON.parse(fs.readFileSync(path.join(PLUGIN_DIR, 'desk-contract.json'), 'utf8'));
  }

  return contract;
}

function formsDirectory() {
  return path.resolve(PLUGIN_DIR, loadContract().formsDirectory);
}

/**
 * Ids of the forms in the forms directory (every *.form file is a JSON document with an "id").
 * A file that is not valid JSON names no form.
 *
 * @return {Set<string>}
 */
function loadFormIds() {
  if (!formIds) {
    const dir = formsDirectory();
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter(name => name.endsWith('.form')) : [];

    formIds = new Set();

    for (const file of files) {
      try {
        const { id } = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));

        if (typeof id === 'string' && id) {
          formIds.add(id);
        }
      } catch (error) {
        /* not a form */
      }
    }
  }

  return formIds;
}

module.exports = {
  loadContract,
  loadFormIds,
  formsDirectory
};
