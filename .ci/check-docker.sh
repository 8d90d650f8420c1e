#!/usr/bin/env bash
# Static checks of docker/ (no Docker engine runs in CI); every file is read by a linter or parser, none by regexes:
#   1. Dockerfile: linted by dockerfile-utils (npm; every rule an error), read through its parser dockerfile-ast;
#   2. docker-compose.yml: linted by dclint (npm): YAML validity, the Compose Specification's JSON schema and the
#      rules in docker/.dclintrc.yaml;
#   3. nginx.conf: `nginx -t` of Debian's nginx (1.22 on Debian 12; the image runs 1.28), the compose service names
#      resolving to loopback in a private /etc/hosts, then read through the npm parser nginx-conf;
#   4. the promises of docs/operations.md "Running in production", and the values that docker/ repeats from the app
#      (port, health path, job executor and other defaults, datasource and its pool, proxy headers, body size),
#      compared with application.yaml plus application-<profile>.yaml as Spring reads them (YAML parser,
#      ${NAME:default} placeholders, relaxed binding of environment variables, compose's ${VAR:-default}).
# The same configuration runs for real, without Docker, in the two-node test (TwoNodeClusterIT).
# Tools: Node.js and npm (the machine's; `npm ci` if the devDependencies are missing), Debian's nginx (installed here).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v node >/dev/null || need+=(nodejs)
command -v npm >/dev/null || need+=(npm)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
PATH="$PATH:/usr/sbin"
node -e 'const [major, minor] = process.versions.node.split(".").map(Number); process.exit(major > 20 || (major === 20 && minor >= 19) ? 0 : 1)' \
  || { echo "check-docker: dclint needs Node.js >= 20.19, this is $(node --version)"; exit 1; }
node -e 'for (const m of ["dockerfile-utils", "dockerfile-ast", "dclint", "yaml", "nginx-conf"]) require.resolve(m)' 2>/dev/null \
  || npm ci --no-audit --no-fund --loglevel=error

echo "-- Dockerfile: dockerfile-utils lint"
node - <<'JS'
const fs = require("fs");
const { validate, ValidationSeverity } = require("dockerfile-utils");
const error = ValidationSeverity.ERROR;
const settings = {}; // every rule that can be set is an error (deprecated MAINTAINER, casing, relative WORKDIR, ...)
for (const rule of ["deprecatedMaintainer", "directiveCasing", "emptyContinuationLine", "instructionCasing",
  "instructionCmdMultiple", "instructionEntrypointMultiple", "instructionHealthcheckMultiple",
  "instructionJSONInSingleQuotes", "instructionWorkdirRelative"]) settings[rule] = error;
const problems = validate(fs.readFileSync("docker/Dockerfile", "utf8"), settings);
for (const p of problems) console.log(`docker/Dockerfile:${p.range.start.line + 1}: ${p.message}`);
if (problems.length) { console.log(`dockerfile-utils: ${problems.length} problem(s)`); process.exit(1); }
JS

echo "-- docker-compose.yml: dclint (YAML, Compose Specification schema, docker/.dclintrc.yaml)"
node_modules/.bin/dclint --config docker/.dclintrc.yaml --max-warnings 0 --color=false docker/docker-compose.yml

echo "-- nginx.conf: nginx -t"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# nginx resolves the upstream servers (app1, app2, ...) when it loads the file: let compose's service names be loopback
node -e '
  const YAML = require("yaml");
  const compose = YAML.parse(require("fs").readFileSync("docker/docker-compose.yml", "utf8"), { merge: true });
  console.log("127.0.0.1 localhost " + Object.keys(compose.services || {}).join(" "));
' >"$scratch/hosts"
unshare --mount sh -c 'mount --bind "$1/hosts" /etc/hosts && exec nginx -t -q -e stderr -p "$1" -c "$2" -g "pid $1/nginx.pid;"' \
  nginx-t "$scratch" "$PWD/docker/nginx.conf"

echo "-- docker/ against the app"
node - <<'JS'
"use strict";
const fs = require("fs");
const path = require("path");
const YAML = require("yaml");
const { DockerfileParser } = require("dockerfile-ast");
const nginxConf = require("nginx-conf");

const errors = [];
const agreed = [];
function check(ok, message) { if (!ok) errors.push(message); return ok; }
// one value that docker/ and the app must both hold: "what: left = right"
function agree(what, leftName, left, rightName, right) {
  if (check(String(left) === String(right), `${what}: ${leftName} is ${show(left)}, but ${rightName} is ${show(right)}`))
    agreed.push(`${what}: ${leftName} = ${rightName} = ${show(left)}`);
}
const show = (v) => (v === undefined ? "(unset)" : JSON.stringify(v));

function readYaml(file) {
  const docs = YAML.parseAllDocuments(fs.readFileSync(file, "utf8"), { merge: true });
  for (const doc of docs) for (const e of doc.errors) check(false, `${file}: ${e.message}`);
  return docs.map((doc) => doc.toJS({ maxAliasCount: -1 })).filter((d) => d != null);
}

// ---------------------------------------------------------------- the app, as Spring reads it
// properties flattened to "a.b-c[0]" keys; later files and documents win, a list replaces a list
function flatten(value, prefix, into) {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, into);
  } else if (Array.isArray(value)) {
    for (const key of Object.keys(into)) if (key.startsWith(prefix + "[")) delete into[key];
    into[prefix] = value; // kept whole too, for comma-or-list properties
    value.forEach((v, i) => flatten(v, `${prefix}[${i}]`, into));
  } else into[prefix] = value === null ? "" : String(value);
  return into;
}
function springProperties(profiles) {
  const props = {};
  const dir = "src/main/resources";
  for (const name of ["application", ...profiles.map((p) => `application-${p}`)]) {
    for (const ext of [".yml", ".yaml"]) {
      const file = path.join(dir, name + ext);
      if (!fs.existsSync(file)) continue;
      for (const doc of readYaml(file)) {
        const on = doc?.spring?.config?.activate?.["on-profile"];
        if (on !== undefined && ![].concat(on).some((p) => profiles.includes(String(p)))) continue;
        flatten(doc, "", props);
      }
    }
  }
  return props;
}
// the environment variable that Spring binds to a property (relaxed binding): camunda.bpm.job-execution.max-wait
// <- CAMUNDA_BPM_JOBEXECUTION_MAXWAIT, complaints.business-hours.zone <- COMPLAINTS_BUSINESSHOURS_ZONE
const envNameOf = (prop) => prop.replace(/\[(\d+)\]/g, "_$1").replace(/-/g, "").replace(/\./g, "_").toUpperCase();

// ${name:default} placeholders: name looked up in the environment (also as its relaxed env name), then in the
// properties; nested placeholders resolved the same way
function splitPlaceholder(body) {
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    if (body.startsWith("${", i)) { depth++; i++; }
    else if (body[i] === "}") depth--;
    else if (body[i] === ":" && depth === 0) return [body.slice(0, i), body.slice(i + 1)];
  }
  return [body, undefined];
}
function placeholders(text) { // [{start, end, name, def}] of the outermost ${...}
  const found = [];
  for (let i = 0; i < text.length; i++) {
    if (!text.startsWith("${", i)) continue;
    let depth = 0, j = i;
    for (; j < text.length; j++) {
      if (text.startsWith("${", j)) { depth++; j++; } else if (text[j] === "}" && --depth === 0) break;
    }
    const [name, def] = splitPlaceholder(text.slice(i + 2, j));
    found.push({ start: i, end: j + 1, name, def });
    i = j;
  }
  return found;
}
const placeholderNames = (text) => placeholders(String(text)).flatMap((p) => [p.name, ...(p.def ? placeholderNames(p.def) : [])]);
function resolve(text, env, props, seen = []) {
  if (text === undefined) return undefined;
  let out = "", at = 0;
  for (const p of placeholders(String(text))) {
    out += text.slice(at, p.start);
    at = p.end;
    let value;
    if (p.name in env) value = env[p.name];
    else if (envNameOf(p.name) in env) value = env[envNameOf(p.name)];
    else if (p.name in props && !seen.includes(p.name)) value = resolve(props[p.name], env, props, [...seen, p.name]);
    else if (p.def !== undefined) value = resolve(p.def, env, props, seen);
    if (value === undefined) return undefined;
    out += value;
  }
  return out + String(text).slice(at);
}
// the value a property has in a container with this environment (Spring: environment variables win over files)
function appValue(prop, env, props) {
  if (envNameOf(prop) in env) return env[envNameOf(prop)];
  return resolve(props[prop], env, props);
}

// ---------------------------------------------------------------- compose's ${VAR:-default} interpolation
// shell: the operator's environment, here empty ("the defaults"); required ${VAR:?...} comes out as undefined
function interpolate(text, shell = {}) {
  if (text === undefined || text === null) return undefined;
  text = String(text);
  let out = "";
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== "$") { out += text[i]; continue; }
    if (text[i + 1] === "$") { out += "$"; i++; continue; }
    if (text[i + 1] === "{") {
      let depth = 0, j = i + 1;
      for (; j < text.length; j++) { if (text[j] === "{") depth++; else if (text[j] === "}" && --depth === 0) break; }
      const body = text.slice(i + 2, j);
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?+])(.*))?$/s.exec(body);
      if (!m) return undefined;
      const [, name, colon, op, arg] = m;
      const set = name in shell && (colon ? shell[name] !== "" : true);
      let value;
      if (!op) value = shell[name] ?? "";
      else if (op === "-") value = set ? shell[name] : interpolate(arg, shell);
      else if (op === "?") value = set ? shell[name] : undefined;
      else value = set ? interpolate(arg, shell) : "";
      if (value === undefined) return undefined;
      out += value;
      i = j;
      continue;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1));
    if (m) { out += shell[m[0]] ?? ""; i += m[0].length; } else out += "$";
  }
  return out;
}
const composeVars = (text) => [...String(text ?? "").matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]);

// ---------------------------------------------------------------- Dockerfile, through its parser
const dockerfile = DockerfileParser.parse(fs.readFileSync("docker/Dockerfile", "utf8"));
const stages = []; // [{from, instructions}]
for (const instruction of dockerfile.getInstructions()) {
  if (instruction.getKeyword() === "FROM") stages.push({ from: instruction, instructions: [] });
  else if (stages.length) stages[stages.length - 1].instructions.push(instruction);
}
const stageNames = stages.map((s) => s.from.getBuildStage()).filter(Boolean);
check(stages.length >= 2, "Dockerfile: multi-stage build expected");
const build = stages[0], runtime = stages[stages.length - 1];
check(build && build.from.getImageName() === "maven" && (build.from.getImageTag() || "").includes("eclipse-temurin-17"),
  "Dockerfile: build stage on maven:*-eclipse-temurin-17");
check(runtime && runtime.from.getImageName() === "eclipse-temurin" && /^17/.test(runtime.from.getImageTag() || "") && (runtime.from.getImageTag() || "").includes("jre"),
  "Dockerfile: runtime on eclipse-temurin:17*-jre");
for (const { from } of stages) {
  if (stageNames.includes(from.getImageName())) continue;
  check((from.getImageTag() && from.getImageTag() !== "latest") || from.getImageDigest(),
    `Dockerfile: image ${from.getImage()} must be pinned to a tag`);
}
const inRuntime = (keyword) => (runtime ? runtime.instructions.filter((i) => i.getKeyword() === keyword) : []);
const users = inRuntime("USER");
check(users.length && !["root", "0"].includes(users[users.length - 1].getArguments()[0]?.getValue().split(":")[0]),
  "Dockerfile: runtime must run as a non-root USER");
check(inRuntime("ENTRYPOINT").length === 1 && inRuntime("ENTRYPOINT")[0].getJSONStrings().length > 0,
  "Dockerfile: ENTRYPOINT (exec form)");
for (const copied of ["pom.xml", "src", "processes", "forms"]) {
  check(build && build.instructions.some((i) => i.getKeyword() === "COPY" && i.getArguments().slice(0, -1).some((a) => a.getValue().replace(/\/$/, "") === copied)),
    `Dockerfile: build stage must COPY ${copied}`);
}
const dockerEnv = {};
for (const env of inRuntime("ENV")) for (const p of env.getProperties()) dockerEnv[p.getName()] = (p.getValue() ?? "").replace(/^"(.*)"$/s, "$1");
const exposed = inRuntime("EXPOSE").flatMap((i) => i.getArguments().map((a) => a.getValue().replace(/\/tcp$/, "")));
const healthchecks = inRuntime("HEALTHCHECK");
check(healthchecks.length === 1 && healthchecks[0].getSubcommand()?.getValue().toUpperCase() === "CMD",
  "Dockerfile: one HEALTHCHECK CMD in the runtime stage");
let health = {}; // what the image's HEALTHCHECK asks: {port, path}
if (healthchecks.length === 1) {
  const content = healthchecks[0].getArgumentsContent() || "";
  let argv = [];
  try { argv = JSON.parse(content.replace(/^\s*CMD\s+/i, "")); } catch (e) { check(false, "Dockerfile: HEALTHCHECK CMD must be in exec (JSON) form"); }
  // ["bash", "-c", "exec 3<>/dev/tcp/HOST/PORT && printf 'GET PATH HTTP/1.0...' ..."]: its words, not a pattern
  const words = argv.join(" ").split(/\s+/).map((w) => w.replace(/^'|'$/g, ""));
  const tcp = words.find((w) => w.includes("/dev/tcp/"));
  const get = words.indexOf("GET");
  health = { port: tcp?.split("/").pop(), path: get >= 0 ? words[get + 1] : undefined };
  check(health.port && health.path, "Dockerfile: HEALTHCHECK must open /dev/tcp/127.0.0.1/<port> and send GET <path>");
}

// ---------------------------------------------------------------- docker-compose.yml, through a YAML parser
const [compose = {}] = readYaml("docker/docker-compose.yml");
const services = compose.services || {};
for (const name of ["postgres", "app1", "app2", "nginx"]) check(name in services, `compose: service ${name} missing`);
const declaredVolumes = new Set(Object.keys(compose.volumes || {}));
check(declaredVolumes.has("postgres-data"), "compose: named volume postgres-data");
const volumeOf = (v) => (typeof v === "string" ? { source: v.split(":")[0], target: v.split(":")[1] } : v);
for (const [name, service] of Object.entries(services)) {
  const image = String(service.image || "");
  const tag = image.split("/").pop().split(":")[1];
  check(tag && tag !== "latest", `compose: ${name} image must be pinned (${image || "none"})`);
  for (const volume of (service.volumes || []).map(volumeOf)) {
    if (!/^[./~]/.test(volume.source || "")) check(declaredVolumes.has(volume.source), `compose: ${name} uses undeclared volume ${volume.source}`);
  }
}
check(String(services.postgres?.image || "").startsWith("postgres:15"), "compose: postgres:15");
const environmentOf = (service) => {
  const env = service.environment || {};
  if (Array.isArray(env)) return Object.fromEntries(env.map((e) => [String(e).split("=")[0], String(e).split("=").slice(1).join("=")]));
  return env;
};
// the app nodes: the services built from docker/Dockerfile (context relative to docker/)
const appNames = Object.keys(services).filter((name) => {
  const b = typeof services[name].build === "string" ? { context: services[name].build } : services[name].build;
  return b && path.relative(".", path.join("docker", b.context || ".", b.dockerfile || "Dockerfile")) === "docker/Dockerfile";
});
check(appNames.includes("app1") && appNames.includes("app2"), "compose: app1 and app2 build docker/Dockerfile");
const nodes = new Set();
for (const name of ["app1", "app2"]) {
  const env = services[name]?.environment;
  check(env && !Array.isArray(env) && typeof env === "object", `compose: ${name} environment must be a mapping`);
  const e = environmentOf(services[name] || {});
  for (const key of ["SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD", "COMPLAINTS_ADMIN_PASSWORD", "COMPLAINTS_NODE_NAME"])
    check(e[key], `compose: ${name} sets ${key}`);
  check(composeVars(e.COMPLAINTS_ADMIN_PASSWORD).includes("COMPLAINTS_ADMIN_PASSWORD"), `compose: ${name} takes COMPLAINTS_ADMIN_PASSWORD from the environment`);
  nodes.add(e.COMPLAINTS_NODE_NAME);
}
check(nodes.size === 2, "compose: app1 and app2 need distinct COMPLAINTS_NODE_NAME");
const dependsOn = (service) => (Array.isArray(service?.depends_on) ? Object.fromEntries(service.depends_on.map((d) => [d, {}])) : service?.depends_on || {});
check("app1" in dependsOn(services.app2), "compose: app2 starts after app1 (rolling start)");
const nginxService = services.nginx || {};
check((nginxService.volumes || []).map(volumeOf).some((v) => path.relative(".", path.join("docker", v.source || "")) === "docker/nginx.conf" && v.target === "/etc/nginx/nginx.conf"),
  "compose: nginx mounts docker/nginx.conf as /etc/nginx/nginx.conf");
// published ports: [{host, container}]
const portsOf = (service) => (service.ports || []).map((p) => {
  if (typeof p === "object") return { host: p.published === undefined ? undefined : String(p.published), container: String(p.target) };
  const parts = String(p).replace(/\/(tcp|udp)$/, "").split(":");
  return { host: parts.length > 1 ? parts[parts.length - 2] : undefined, container: parts[parts.length - 1] };
});

// ---------------------------------------------------------------- nginx.conf, through a parser (nginx -t checked it)
let nginx; // nginx-conf calls back at once
nginxConf.parse(fs.readFileSync("docker/nginx.conf", "utf8"), (e, tree) => { check(!e, `nginx.conf: ${e}`); nginx = tree; });
const children = (node, name) => (node?.children || []).filter((c) => c.name === name);
const descendants = (node, name) => (node?.children || []).flatMap((c) => [...(c.name === name ? [c] : []), ...descendants(c, name)]);
const http = children(nginx, "http")[0];
const upstreams = children(http, "upstream");
const nginxServers = children(http, "server");
const listens = nginxServers.flatMap((s) => children(s, "listen").map((l) => l.value.split(/\s+/)[0].split(":").pop()));
const proxyHeaders = Object.fromEntries(descendants(http, "proxy_set_header").map((h) => {
  const [header, ...value] = h.value.split(/\s+/);
  return [header.toLowerCase(), value.join(" ")];
}));
const locations = nginxServers.flatMap((s) => children(s, "location").map((l) => l.value.trim()));

// ---------------------------------------------------------------- the values docker/ and the app share
const app1Env = environmentOf(services.app1 || {});
// profiles
const profile = interpolate(app1Env.SPRING_PROFILES_ACTIVE ?? dockerEnv.SPRING_PROFILES_ACTIVE);
agree("profile", "compose SPRING_PROFILES_ACTIVE", interpolate(app1Env.SPRING_PROFILES_ACTIVE), "Dockerfile ENV SPRING_PROFILES_ACTIVE", dockerEnv.SPRING_PROFILES_ACTIVE);
check(profile === "prod", "compose: app nodes run SPRING_PROFILES_ACTIVE=prod");
const profiles = String(profile || "").split(",").map((p) => p.trim()).filter(Boolean);
for (const p of profiles) check(fs.existsSync(`src/main/resources/application-${p}.yaml`) || fs.existsSync(`src/main/resources/application-${p}.yml`),
  `profile ${p}: no src/main/resources/application-${p}.yaml`);
const props = springProperties(profiles);
const propsNoProfile = springProperties([]);
// a node's environment: the image's ENV, then compose's (its defaults: the operator's shell is empty here)
const containerEnv = (name) => {
  const env = { ...dockerEnv };
  for (const [k, v] of Object.entries(environmentOf(services[name] || {}))) {
    const value = interpolate(v);
    env[k] = value === undefined ? `<${k} required>` : value;
  }
  return env;
};

// port
const port = appValue("server.port", containerEnv("app1"), props) ?? "8080";
agree("port", "Dockerfile ENV SERVER_PORT", dockerEnv.SERVER_PORT, "application.yaml server.port default", resolve(propsNoProfile["server.port"], {}, propsNoProfile) ?? "8080");
agree("port", "Dockerfile EXPOSE", exposed.join(","), "the node's server.port", port);
const healthPort = resolve(health.port, containerEnv("app1"), {}) ?? health.port;
agree("port", "Dockerfile HEALTHCHECK", healthPort, "the node's server.port", port);
for (const name of appNames) {
  for (const p of portsOf(services[name])) agree("port", `compose ${name} ports`, p.container, "the node's server.port", port);
  for (const p of services[name].expose || []) agree("port", `compose ${name} expose`, String(p).replace(/\/tcp$/, ""), "the node's server.port", port);
}
check(upstreams.length > 0, "nginx.conf: no upstream");
for (const upstream of upstreams) {
  const servers = children(upstream, "server").map((s) => s.value.split(/\s+/)[0]);
  agree("nodes", `nginx upstream ${upstream.value}`, servers.map((s) => s.split(":")[0]).sort().join(","), "compose services built from docker/Dockerfile", [...appNames].sort().join(","));
  for (const s of servers) agree("port", `nginx upstream ${upstream.value} server ${s}`, s.includes(":") ? s.split(":").pop() : "80", "the node's server.port", port);
}
// the public port: nginx listens, compose publishes, links point there
const published = portsOf(nginxService);
check(published.length === 1, "compose: nginx publishes one port");
const [pub = {}] = published;
agree("public port", "compose nginx ports (container side)", pub.container, "nginx.conf listen", listens.join(","));
agree("public port", "compose nginx ports (host side)", pub.host, "docs/operations.md (nginx on port 8080)", "8080");
if (/\$server_port\b/.test(proxyHeaders["x-forwarded-port"] || ""))
  agree("public port", "compose nginx ports (host side)", pub.host, "nginx.conf listen, sent as X-Forwarded-Port $server_port", listens.join(","));
const baseUrl = interpolate(app1Env.COMPLAINTS_PUBLIC_BASE_URL);
if (baseUrl !== undefined) {
  const u = new URL(baseUrl);
  agree("public port", "compose COMPLAINTS_PUBLIC_BASE_URL default", u.port || (u.protocol === "https:" ? "443" : "80"), "compose nginx ports (host side)", pub.host);
}

// health
const ctx = (props["server.servlet.context-path"] || "").replace(/\/$/, "");
const managementBase = ctx + (resolve(props["management.endpoints.web.base-path"], {}, props) ?? "/actuator");
const healthPath = `${managementBase}/${resolve(props["management.endpoints.web.path-mapping.health"], {}, props) ?? "health"}`;
const probes = String(resolve(props["management.endpoint.health.probes.enabled"], {}, props)) === "true";
const healthPaths = [healthPath, ...(probes ? [`${healthPath}/readiness`, `${healthPath}/liveness`] : [])];
if (check(healthPaths.includes(health.path), `health path: Dockerfile HEALTHCHECK asks ${show(health.path)}, which is none of the app's health endpoints (${healthPaths.join(", ")})`))
  agreed.push(`health path: Dockerfile HEALTHCHECK = one of the app's health endpoints (management base-path, probes) = ${show(health.path)}`);
const listOf = (key) => (Array.isArray(props[key]) ? props[key].map(String) : String(resolve(props[key], {}, props) ?? "").split(",")).map((s) => s.trim());
check(listOf("management.endpoints.web.exposure.include").some((e) => e === "health" || e === "*") && !listOf("management.endpoints.web.exposure.exclude").includes("health"),
  "health path: management.endpoints.web.exposure.include must expose health");
const managementPort = appValue("management.server.port", containerEnv("app1"), props);
if (managementPort) agree("port", "Dockerfile HEALTHCHECK", healthPort, "management.server.port", managementPort);
check(locations.some((l) => (managementBase + "/").startsWith(l.split(/\s+/).pop())),
  `health path: nginx.conf has no location for ${managementBase}/`);
for (const name of appNames) {
  const hc = services[name].healthcheck;
  if (hc && !hc.disable) {
    const test = [].concat(hc.test).join(" ");
    check(test.includes(health.path) && test.includes(port), `compose ${name} healthcheck must ask ${health.path} on ${port} as the image does`);
  }
}
for (const [name, service] of Object.entries(services)) {
  for (const [dependency, how] of Object.entries(dependsOn(service))) {
    if ((how || {}).condition !== "service_healthy") continue;
    const hc = services[dependency]?.healthcheck;
    check((hc && !hc.disable) || (appNames.includes(dependency) && healthchecks.length === 1 && !hc),
      `compose: ${name} waits for ${dependency} to be healthy, which has no healthcheck`);
  }
}

// every value compose gives an app setting: a default (or a literal) that restates one of application.yaml's must
// be that default; what the app leaves empty (node name, proxies, datasource URL in prod) is the deployment's
for (const name of appNames) {
  const env = environmentOf(services[name]);
  const others = containerEnv(name);
  for (const [key, raw] of Object.entries(env)) {
    const composeDefault = interpolate(raw);
    const hasDefault = /\$\{[A-Za-z_][A-Za-z0-9_]*:?-/.test(String(raw));
    const withoutIt = { ...others };
    delete withoutIt[key];
    const readers = Object.keys(props).filter((p) => typeof props[p] === "string" && placeholderNames(props[p]).includes(key));
    const bound = Object.keys(props).filter((p) => typeof props[p] === "string" && envNameOf(p) === key);
    if (key.startsWith("COMPLAINTS_")) check(readers.length || bound.length, `compose: ${name} sets ${key}, which no application*.yaml reads`);
    if (composeDefault === undefined) continue; // ${VAR:?...}: the operator must give it
    const withIt = { ...withoutIt, [key]: composeDefault };
    for (const p of [...readers, ...(hasDefault ? bound : [])]) {
      const appDefault = appValue(p, withoutIt, props);
      if (readers.includes(p) && (appDefault === "" || appDefault === undefined)) continue;
      agree(p, `compose ${name} ${key}${hasDefault ? " default" : ""}`, appValue(p, withIt, props), "application*.yaml", appDefault);
    }
  }
}

// datasource: the URL, user and password point at the postgres service
const pg = services.postgres || {};
const pgEnv = environmentOf(pg);
for (const name of appNames) {
  const env = environmentOf(services[name]);
  const jdbc = String(interpolate(env.SPRING_DATASOURCE_URL) || "");
  if (!check(jdbc.startsWith("jdbc:postgresql://"), `compose ${name}: SPRING_DATASOURCE_URL must be jdbc:postgresql://<host>:<port>/<database>`)) continue;
  const url = new URL(jdbc.slice("jdbc:".length));
  agree("datasource", `compose ${name} SPRING_DATASOURCE_URL host`, url.hostname, "the PostgreSQL service", Object.keys(services).find((s) => String(services[s].image || "").startsWith("postgres:")));
  agree("datasource", `compose ${name} SPRING_DATASOURCE_URL port`, url.port || "5432", "PostgreSQL's port", pgEnv.PGPORT || "5432");
  agree("datasource", `compose ${name} SPRING_DATASOURCE_URL database`, url.pathname.slice(1), "compose postgres POSTGRES_DB", interpolate(pgEnv.POSTGRES_DB));
  agree("datasource", `compose ${name} SPRING_DATASOURCE_USERNAME`, interpolate(env.SPRING_DATASOURCE_USERNAME), "compose postgres POSTGRES_USER", interpolate(pgEnv.POSTGRES_USER));
  agree("datasource", `compose ${name} SPRING_DATASOURCE_PASSWORD`, composeVars(env.SPRING_DATASOURCE_PASSWORD).join(","), "compose postgres POSTGRES_PASSWORD", composeVars(pgEnv.POSTGRES_PASSWORD).join(","));
}
const pgReady = [].concat(pg.healthcheck?.test || []).join(" ").split(/\s+/);
const flag = (f) => (pgReady.indexOf(f) >= 0 ? pgReady[pgReady.indexOf(f) + 1] : undefined);
agree("datasource", "compose postgres healthcheck pg_isready -U", flag("-U"), "compose postgres POSTGRES_USER", interpolate(pgEnv.POSTGRES_USER));
agree("datasource", "compose postgres healthcheck pg_isready -d", flag("-d"), "compose postgres POSTGRES_DB", interpolate(pgEnv.POSTGRES_DB));
// the connection budget: nodes x pool within PostgreSQL's max_connections (its default 100, less 3 reserved)
const pgCommand = [].concat(pg.command || []).join(" ").split(/\s+/);
const maxConnections = Number((pgCommand.map((w, i) => (w === "-c" ? pgCommand[i + 1] : w)).find((w) => /^max_connections=/.test(w)) || "max_connections=100").split("=")[1]);
const pools = appNames.map((n) => Number(appValue("spring.datasource.hikari.maximum-pool-size", containerEnv(n), props) ?? 10));
const budget = pools.reduce((a, b) => a + b, 0);
if (check(budget <= maxConnections - 3, `datasource pool: ${appNames.length} nodes x ${pools.join("+")} connections = ${budget} > PostgreSQL max_connections ${maxConnections} - 3 reserved`))
  agreed.push(`datasource pool: ${appNames.length} nodes, ${budget} connections <= PostgreSQL max_connections ${maxConnections} - 3`);
for (const n of appNames) {
  const threads = Number(appValue("camunda.bpm.job-execution.max-pool-size", containerEnv(n), props));
  const pool = Number(appValue("spring.datasource.hikari.maximum-pool-size", containerEnv(n), props) ?? 10);
  check(!(threads >= pool), `datasource pool: compose ${n} runs ${threads} job executor threads on a pool of ${pool} connections`);
}

// proxy: the headers the app believes (server.forward-headers-strategy), from nginx's address only
const strategy = resolve(props["server.forward-headers-strategy"], {}, props);
if (strategy === "native" || strategy === "framework") {
  const remoteip = (k, d) => resolve(props[`server.tomcat.remoteip.${k}`], {}, props) || d;
  const headers = strategy === "native"
    ? [remoteip("remote-ip-header", "X-Forwarded-For"), remoteip("protocol-header", "X-Forwarded-Proto"), remoteip("host-header", "X-Forwarded-Host"), remoteip("port-header", "X-Forwarded-Port")]
    : ["X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Host", "X-Forwarded-Port"];
  for (const h of headers) if (check(h.toLowerCase() in proxyHeaders, `proxy: the app reads ${h} (forward-headers-strategy ${strategy}), nginx.conf does not send it`))
    agreed.push(`proxy: nginx.conf sends ${h}, which the app reads (forward-headers-strategy ${strategy})`);
  const nginxAddress = nginxService.networks?.default?.ipv4_address;
  for (const n of appNames) {
    const proxies = appValue("server.tomcat.remoteip.internal-proxies", containerEnv(n), props) ?? "";
    let trusted = false;
    try { trusted = nginxAddress !== undefined && new RegExp(`^(?:${proxies})$`).test(nginxAddress); } catch (e) { /* reported below */ }
    if (check(trusted, `proxy: compose ${n} trusts X-Forwarded-* from ${show(proxies)} (server.tomcat.remoteip.internal-proxies), which is not nginx's address ${nginxAddress}`))
      agreed.push(`proxy: compose ${n} internal-proxies ${show(proxies)} matches nginx's ipv4_address ${nginxAddress}`);
  }
  const subnet = compose.networks?.default?.ipam?.config?.[0]?.subnet;
  if (subnet && nginxAddress) {
    const [base, bits] = subnet.split("/");
    const num = (ip) => ip.split(".").reduce((a, b) => a * 256 + Number(b), 0);
    const size = 2 ** (32 - Number(bits));
    check(Math.floor(num(nginxAddress) / size) === Math.floor(num(base) / size), `compose: nginx's ipv4_address ${nginxAddress} is outside the network ${subnet}`);
  }
}

// request size: nginx lets through what the app takes
const bytes = (s, unit1024) => {
  const m = /^(\d+)\s*([a-z]*)$/i.exec(String(s ?? "").trim());
  if (!m) return undefined;
  const u = m[2].toLowerCase().replace(/b$/, "");
  return Number(m[1]) * ({ "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[u] ?? NaN);
};
// every API body (complaints.max-request-bytes) anywhere, and on the two upload paths one attachment and its
// multipart envelope (complaints.attachments.max-file-size + 64 KB, evidence.UploadLimits)
const httpBody = children(http, "client_max_body_size").map((d) => bytes(d.value));
const general = httpBody.length ? Math.min(...httpBody) : 1024 ** 2;
const apiBody = Number(appValue("complaints.max-request-bytes", containerEnv("app1"), props) ?? 1048576);
if (check(general >= apiBody, `request size: nginx.conf client_max_body_size ${general} bytes < the app's limit ${apiBody} bytes (complaints.max-request-bytes)`))
  agreed.push(`request size: nginx.conf client_max_body_size ${general} >= the app's ${apiBody} bytes`);
const uploads = nginxServers.flatMap((s) => children(s, "location")).filter((l) => {
  const m = /^~\s+(.+)$/.exec(l.value.trim());
  if (!m) return false;
  const re = new RegExp(m[1]);
  return re.test("/api/complaints/CMP-20261203-ABCDEFGH/attachments") && re.test("/api/uploads/" + "t".repeat(43))
    && !re.test("/api/complaints") && !re.test("/api/complaints/CMP-20261203-ABCDEFGH/events");
});
const fileBody = bytes(appValue("complaints.attachments.max-file-size", containerEnv("app1"), props) ?? "10MB") + 64 * 1024;
if (check(uploads.length === 1, "nginx.conf: one regex location for exactly the upload paths (/api/complaints/{id}/attachments, /api/uploads/{token})")) {
  const uploadBody = children(uploads[0], "client_max_body_size").map((d) => bytes(d.value))[0] ?? general;
  const apiProxy = nginxServers.flatMap((s) => children(s, "location")).filter((l) => l.value.trim() === "/api/")
    .map((l) => children(l, "proxy_pass")[0]?.value)[0];
  check(children(uploads[0], "proxy_pass")[0]?.value === apiProxy, "nginx.conf: the upload location proxies where /api/ does");
  if (check(uploadBody >= fileBody, `request size: nginx.conf upload location client_max_body_size ${uploadBody} bytes < one attachment and its envelope, ${fileBody} bytes (complaints.attachments.max-file-size)`))
    agreed.push(`request size: nginx.conf upload paths ${uploadBody} >= the app's ${fileBody} bytes`);
}

if (errors.length) {
  console.log("docker/ checks failed:\n  " + errors.join("\n  "));
  process.exit(1);
}
// app1 and app2 share their settings (one YAML anchor): one line for both
const nodesShown = new RegExp(`\\bcompose (${appNames.join("|")})\\b`, "g");
const shown = [...new Set(agreed.map((a) => "  = " + a.replace(nodesShown, `compose ${appNames.join("/")}`)))];
console.log(shown.join("\n"));
console.log(`docker/ checks passed: Dockerfile (${stages.length} stages), compose (${Object.keys(services).length} services), nginx.conf; ${shown.length} values agree with the app`);
JS
