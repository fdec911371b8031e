#!/usr/bin/env bash
# The API contract (docs/api-contract.md): the committed OpenAPI document and the tools that check it.
#
#   docs/api/contract.sh refresh [BASE_URL]   write what Payara scans (BASE_URL/openapi-scanned,
#                                             default http://localhost:8080) to openapi.yaml
#   docs/api/contract.sh validate [FILE]      run the three validators integrators use on FILE (default openapi.yaml)
#
# validate needs Java and Maven (openapi-generator's CLI jar comes from Maven Central) and npm's npx, which fetches
# @redocly/cli and @apidevtools/swagger-cli the first time. It exits non-zero when any tool reports an error.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DOCUMENT="$HERE/openapi.yaml"
GENERATOR_VERSION="7.27.0"
REDOCLY_VERSION="2.77.0"
SWAGGER_CLI_VERSION="4.0.4"

refresh() {
    local base="${1:-http://localhost:8080}" tmp
    tmp="$(mktemp)"
    local scanned="${base%/}/openapi-scanned"
    curl -fsS "$scanned" -o "$tmp" || { rm -f "$tmp"; echo "could not read $scanned" >&2; exit 1; }
    head -c 14 "$tmp" | grep -q '^openapi: ' || { rm -f "$tmp"; echo "$scanned did not answer YAML" >&2; exit 1; }
    mv "$tmp" "$DOCUMENT"
    echo "wrote $DOCUMENT from $scanned; review the change with: git diff -- $DOCUMENT"
}

generator_jar() {
    local jar="$HOME/.m2/repository/org/openapitools/openapi-generator-cli/$GENERATOR_VERSION/openapi-generator-cli-$GENERATOR_VERSION.jar"
    if [[ ! -f "$jar" ]]; then
        mvn -q dependency:get -Dartifact="org.openapitools:openapi-generator-cli:$GENERATOR_VERSION" >&2
    fi
    echo "$jar"
}

validate() {
    local file="${1:-$DOCUMENT}" failed=0
    echo "== openapi-generator $GENERATOR_VERSION validate"
    java -jar "$(generator_jar)" validate -i "$file" 2>&1 | grep -v 'ModelUtils' || failed=1
    echo "== @redocly/cli $REDOCLY_VERSION lint (recommended rules)"
    npx -y "@redocly/cli@$REDOCLY_VERSION" lint "$file" --format=stylish 2>&1 | grep -v -e '^\s*$' -e '║' -e '╔' -e '╚' || failed=1
    echo "== @apidevtools/swagger-cli $SWAGGER_CLI_VERSION validate"
    npx -y "@apidevtools/swagger-cli@$SWAGGER_CLI_VERSION" validate "$file" || failed=1
    return "$failed"
}

case "${1:-}" in
    refresh) shift; refresh "$@" ;;
    validate) shift; validate "$@" ;;
    *) sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
