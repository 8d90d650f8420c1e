#!/usr/bin/env bash
# Static checks of docker/ (no Docker engine runs in CI): hadolint where a Debian package exists,
# then YAML validity and the promises of README "Running in production" checked by python3.
# The same configuration runs for real, without Docker, in the two-node test (TwoNodeClusterIT).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v python3 >/dev/null || need+=(python3)
python3 -c 'import yaml' 2>/dev/null || need+=(python3-yaml)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

if command -v hadolint >/dev/null; then
  hadolint docker/Dockerfile
elif apt-cache policy hadolint 2>/dev/null | grep -q 'Candidate: [0-9]'; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends hadolint
  hadolint docker/Dockerfile
else
  echo "hadolint: no Debian package on this machine, skipped (the checks below still run)"
fi

python3 - <<'PY'
import re, sys, yaml, glob

errors = []
def check(ok, message):
    if not ok:
        errors.append(message)

# --- Dockerfile
dockerfile = open("docker/Dockerfile").read()
lines = [l.strip() for l in re.sub(r"\\\n", " ", dockerfile).splitlines() if l.strip() and not l.strip().startswith("#")]
froms = [l.split()[1:] for l in lines if l.upper().startswith("FROM ")]
check(len(froms) >= 2, "Dockerfile: multi-stage build expected")
check(froms and froms[0][0].startswith("maven:") and "temurin-17" in froms[0][0], "Dockerfile: build stage on maven:*-eclipse-temurin-17")
check(froms and froms[-1][0].startswith("eclipse-temurin:17") and "jre" in froms[-1][0], "Dockerfile: runtime on eclipse-temurin:17*-jre")
for f in froms:
    image = f[0]
    check(":" in image and not image.endswith(":latest"), f"Dockerfile: image {image} must be pinned to a tag")
last_stage = lines[max(i for i, l in enumerate(lines) if l.upper().startswith("FROM ")):]
users = [l.split()[1] for l in last_stage if l.upper().startswith("USER ")]
check(users and users[-1].split(":")[0] not in ("root", "0"), "Dockerfile: runtime must run as a non-root USER")
check(any(l.upper().startswith("HEALTHCHECK ") and "/actuator/health" in l for l in last_stage), "Dockerfile: HEALTHCHECK on /actuator/health")
check(any(l.upper().startswith("EXPOSE ") and "8080" in l for l in last_stage), "Dockerfile: EXPOSE 8080")
check(any(l.upper().startswith("ENTRYPOINT ") for l in last_stage), "Dockerfile: ENTRYPOINT")
for copied in ("src", "processes", "forms", "pom.xml"):
    check(re.search(r"^COPY\s+" + re.escape(copied), dockerfile, re.M), f"Dockerfile: build stage must COPY {copied}")

# --- docker-compose.yml
compose = yaml.safe_load(open("docker/docker-compose.yml"))
services = compose.get("services", {})
for name in ("postgres", "app1", "app2", "nginx"):
    check(name in services, f"compose: service {name} missing")
declared_volumes = set((compose.get("volumes") or {}).keys())
check("postgres-data" in declared_volumes, "compose: named volume postgres-data")
for name, service in services.items():
    image = service.get("image", "")
    check(image and ":" in image and not image.endswith(":latest"), f"compose: {name} image must be pinned")
    for volume in service.get("volumes", []) or []:
        source = volume.split(":")[0]
        if not source.startswith((".", "/")):
            check(source in declared_volumes, f"compose: {name} uses undeclared volume {source}")
check(str(services.get("postgres", {}).get("image", "")).startswith("postgres:15"), "compose: postgres:15")
check(any(str(p).startswith("8080:") for p in services.get("nginx", {}).get("ports", [])), "compose: nginx publishes 8080")
check(any("nginx.conf" in v for v in services.get("nginx", {}).get("volumes", [])), "compose: nginx mounts docker/nginx.conf")
app_settings = open("src/main/resources/application.yaml").read() + "".join(
    open(f).read() for f in glob.glob("src/main/resources/application-*.yaml"))
nodes = set()
for name in ("app1", "app2"):
    service = services.get(name, {})
    env = service.get("environment", {})
    check(isinstance(env, dict), f"compose: {name} environment must be a mapping")
    check(service.get("build", {}).get("dockerfile") == "docker/Dockerfile", f"compose: {name} builds docker/Dockerfile")
    check(env.get("SPRING_PROFILES_ACTIVE") == "prod", f"compose: {name} runs SPRING_PROFILES_ACTIVE=prod")
    for key in ("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD", "COMPLAINTS_ADMIN_PASSWORD", "COMPLAINTS_NODE_NAME"):
        check(env.get(key), f"compose: {name} sets {key}")
    check(str(env.get("SPRING_DATASOURCE_URL", "")).startswith("jdbc:postgresql://postgres:5432/"), f"compose: {name} uses the postgres service")
    check("${COMPLAINTS_ADMIN_PASSWORD" in str(env.get("COMPLAINTS_ADMIN_PASSWORD")), f"compose: {name} takes COMPLAINTS_ADMIN_PASSWORD from the environment")
    for key in env:
        if key.startswith("COMPLAINTS_") and key not in ("COMPLAINTS_ADMIN_PASSWORD",):
            check("${" + key in app_settings, f"compose: {name} sets {key}, which no application*.yaml reads")
    nodes.add(env.get("COMPLAINTS_NODE_NAME"))
check(len(nodes) == 2, "compose: app1 and app2 need distinct COMPLAINTS_NODE_NAME")
check("app1" in (services.get("app2", {}).get("depends_on") or {}), "compose: app2 starts after app1 (rolling start)")

# --- nginx.conf
nginx = open("docker/nginx.conf").read()
check(nginx.count("{") == nginx.count("}"), "nginx.conf: unbalanced braces")
check(re.search(r"listen\s+8080\s*;", nginx), "nginx.conf: listen 8080")
for name in ("app1", "app2"):
    check(re.search(r"server\s+" + name + r":8080", nginx), f"nginx.conf: upstream server {name}:8080")

if errors:
    print("docker/ checks failed:\n  " + "\n  ".join(errors))
    sys.exit(1)
print(f"docker/ checks passed: Dockerfile ({len(froms)} stages), compose ({len(services)} services), nginx.conf")
PY
