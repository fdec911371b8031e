#!/usr/bin/env bash
# Clientbook's security scan: sqlmap and wapiti (Debian packages) against a RUNNING server on this machine, bounded
# in time, with two vendors' demo API keys and a signed-in vendor admin; prints what they found. Not part of
# `mvn verify`. docs/security.md says how to read the findings.
#
#   security/scan.sh [BASE_URL]            default http://localhost:8080 (./clientbook start --demo)
#   security/scan.sh http://localhost:18080   the system-test server (./clientbook it-start)
#
# Settings (environment): SCAN_TOOLS ["sqlmap wapiti"]; SCAN_MINUTES per tool and target group [4]; SQLMAP_LEVEL [2]; SQLMAP_RISK [1];
# ALPINE_KEY / BALTIC_KEY [the demo keys]; VENDOR_EMAIL / VENDOR_PASSWORD [the demo admin of Alpine];
# SCAN_OUT [.run/security-scan/<time>].
#
# Every request stays on this machine: the base URL must be localhost or 127.0.0.1; wapiti runs without its
# Wappalyzer download (an empty apps.json in its config directory; module wapp not run), with its SSRF/XXE endpoints pointed at the scanned server itself (wapiti insists
# on one that answers) and without bug reports; sqlmap never updates itself. Wapiti 3.0.4 on Python 3.11 crashes on -x, so nothing is
# excluded by URL: the scan signs in with a session of its own, and when wapiti submits the sign-out form the rest of
# its pages are the sign-in page (the API is scanned with keys, which no form can end).
set -uo pipefail

BASE="${1:-http://localhost:8080}"
BASE="${BASE%/}"
MINUTES="${SCAN_MINUTES:-4}"
TOOLS="${SCAN_TOOLS:-sqlmap wapiti}"
LEVEL="${SQLMAP_LEVEL:-2}"
RISK="${SQLMAP_RISK:-1}"
ALPINE_KEY="${ALPINE_KEY:-cb_demo_alpine_3f9d2c7a41b84e0f9a6d5c2b1e8f7a90}"
BALTIC_KEY="${BALTIC_KEY:-cb_demo_baltic_8e1f4a2b9c7d40e5b3a6f1d2c9e8b7a4}"
VENDOR_EMAIL="${VENDOR_EMAIL:-anna.admin@alpine-fresh.example}"
VENDOR_PASSWORD="${VENDOR_PASSWORD:-Demo-Password-1}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="${SCAN_OUT:-$ROOT/.run/security-scan/$(date -u +%Y%m%dT%H%M%SZ)}"

say() { printf '\n== %s\n' "$*"; }
die() { printf 'scan.sh: %s\n' "$*" >&2; exit 1; }

case "$BASE" in
    http://localhost:*|http://127.0.0.1:*|https://localhost:*|https://127.0.0.1:*|http://localhost|http://127.0.0.1) ;;
    *) die "the base URL must be on this machine (localhost or 127.0.0.1), not $BASE" ;;
esac

install_if_missing() {
    local missing=()
    command -v sqlmap >/dev/null || missing+=(sqlmap)
    command -v wapiti >/dev/null || missing+=(wapiti)
    command -v python3 >/dev/null || missing+=(python3)
    [[ ${#missing[@]} -eq 0 ]] && return
    say "installing ${missing[*]} (Debian packages)"
    if [[ $(id -u) -eq 0 ]]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi || die "could not install ${missing[*]}"
}

install_if_missing
mkdir -p "$OUT"
curl -fsS -o /dev/null "$BASE/health/ready" || die "no Clientbook answers at $BASE (/health/ready)"
for key in "$ALPINE_KEY" "$BALTIC_KEY"; do
    code="$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $key" "$BASE/api/v1/customers?size=1")"
    [[ "$code" == 200 ]] || die "the API key ${key:0:16}… answers $code; start the server with demo data or set ALPINE_KEY/BALTIC_KEY"
done

# A signed-in page session: GET the sign-in page, POST the form with its view state and PrimeFaces' CSP nonce (a post
# without the nonce of its view is refused); the session cookie it ends with.
sign_in() {
    local jar="$OUT/cookies.txt" headers="$OUT/login-headers.txt" page state nonce
    rm -f "$jar"
    page="$(curl -s -c "$jar" -b "$jar" -D "$headers" "$BASE/login.xhtml")"
    state="$(printf '%s' "$page" | grep -o 'name=.jakarta.faces.View[S]tate.[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')"
    nonce="$(grep -io "'nonce-[^']*'" "$headers" | head -1 | sed "s/'nonce-//; s/'$//")"
    curl -s -o /dev/null -c "$jar" -b "$jar" -H "Origin: $BASE" \
        --data-urlencode "loginForm=loginForm" --data-urlencode "loginForm:email:input=$VENDOR_EMAIL" \
        --data-urlencode "loginForm:password:input=$VENDOR_PASSWORD" --data-urlencode "loginForm:signIn=" \
        --data-urlencode "jakarta.faces.ViewState=$state" --data-urlencode "primefaces.nonce=$nonce" "$BASE/login.xhtml"
    awk '$6 == "JSESSIONID" {print $7}' "$jar" | tail -1
}

# sqlmap's --eval before each request to the sign-in form: a fresh session, view state and CSP nonce, as a new browser
# has (sqlmap's own --csrf-token refreshes one token only); security/sign-in-eval.py fetches them.
SIGN_IN_EVAL="BASE_URL='$BASE'; exec(open('$ROOT/security/sign-in-eval.py').read())"

SECONDS_PER_RUN=$((MINUTES * 60))
declare -a SQLMAP_LOGS=()

run_sqlmap() { # name, then sqlmap arguments
    local name="$1"; shift
    [[ " $TOOLS " == *" sqlmap "* ]] || return 0
    say "sqlmap: $name (at most $MINUTES min)"
    timeout --signal=INT "$SECONDS_PER_RUN" sqlmap --batch --level "$LEVEL" --risk "$RISK" --threads 1 \
        --output-dir "$OUT/sqlmap" --disable-coloring "$@" >"$OUT/sqlmap-$name.log" 2>&1
    SQLMAP_LOGS+=("$OUT/sqlmap-$name.log")
    grep -E "is vulnerable|might be injectable|appears to be .* injectable|all tested parameters do not appear" \
        "$OUT/sqlmap-$name.log" | sed 's/^/   /' | sort -u | head -20
}

say "output in $OUT"

# ---- sqlmap: every list filter, the by-number path and company search of the API, with each vendor's key;
# the sign-in form (the view state refreshed before each request, as JSF requires)
run_sqlmap customers-alpine -u "$BASE/api/v1/customers?q=krone&label=VIP&status=REGISTERED&sort=companyName,asc&page=0&size=10" \
    -H "Authorization: Bearer $ALPINE_KEY" -H "Accept: application/json"
run_sqlmap by-number-baltic -u "$BASE/api/v1/customers/by-number/K-1001*" --ignore-code 404 \
    -H "Authorization: Bearer $BALTIC_KEY" -H "Accept: application/json"
run_sqlmap companies-baltic -u "$BASE/api/v1/companies?name=krone&email=info%40krone.example" \
    -H "Authorization: Bearer $BALTIC_KEY" -H "Accept: application/json"
run_sqlmap invitations-alpine -u "$BASE/api/v1/invitations?status=PENDING&page=0&size=10" \
    -H "Authorization: Bearer $ALPINE_KEY" -H "Accept: application/json"
run_sqlmap sign-in -u "$BASE/login.xhtml" -H "Origin: $BASE" --cookie "JSESSIONID=x" \
    --data "loginForm=loginForm&loginForm:email:input=scan@example.com&loginForm:password:input=x&loginForm:signIn=&jakarta.faces.ViewState=x&primefaces.nonce=x" \
    -p "loginForm:email:input" --eval "$SIGN_IN_EVAL"

# ---- wapiti: the vendor pages (signed in) and the API (with keys), each bounded in time
declare -a WAPITI_REPORTS=()
run_wapiti() { # name, then wapiti arguments
    local name="$1"; shift
    [[ " $TOOLS " == *" wapiti "* ]] || return 0
    say "wapiti: $name (at most $MINUTES min)"
    # --max-scan-time bounds the crawl; each module then has --max-attack-time: 12 modules of 1/8 each, hence the
    # outer bound of 3 times the budget (a wapiti killed by it writes no report)
    timeout --signal=INT $((SECONDS_PER_RUN * 3 + 60)) wapiti --flush-session --no-bugreport --verify-ssl 0 \
        --max-scan-time "$SECONDS_PER_RUN" --max-attack-time $((SECONDS_PER_RUN / 8)) \
        -m "sql,blindsql,xss,permanentxss,exec,file,crlf,redirect,http_headers,cookieflags,csp,methods" \
        --external-endpoint "$BASE/" --internal-endpoint "$BASE/" \
        --store-session "$OUT/wapiti-session-$name" --store-config "$OUT/wapiti-config" \
        -f json -o "$OUT/wapiti-$name.json" "$@" >"$OUT/wapiti-$name.log" 2>&1
    WAPITI_REPORTS+=("$OUT/wapiti-$name.json")
}

# Wapiti builds every module, also those not asked for; its Wappalyzer module downloads a database from GitHub when
# none is in the config directory. An empty one keeps it quiet (and local); the module itself is never run.
mkdir -p "$OUT/wapiti-config"
[[ -s "$OUT/wapiti-config/apps.json" ]] || echo '{}' >"$OUT/wapiti-config/apps.json"

SESSION="$(sign_in)"
[[ -n "$SESSION" ]] || die "could not sign in as $VENDOR_EMAIL"
run_wapiti pages -u "$BASE/" --scope folder -s "$BASE/vendor/customers.xhtml" -s "$BASE/vendor/dashboard.xhtml" \
    -s "$BASE/vendor/link-customer.xhtml" -s "$BASE/vendor/invitations.xhtml" -s "$BASE/vendor/import.xhtml" \
    -H "Cookie: JSESSIONID=$SESSION"
run_wapiti api-alpine -u "$BASE/api/v1/" --scope folder \
    -s "$BASE/api/v1/customers?q=krone&label=VIP&status=REGISTERED&page=0&size=10" \
    -s "$BASE/api/v1/invitations?status=PENDING" -s "$BASE/api/v1/imports" \
    -H "Authorization: Bearer $ALPINE_KEY" -H "Accept: application/json"
run_wapiti api-baltic -u "$BASE/api/v1/" --scope folder \
    -s "$BASE/api/v1/companies?name=krone&email=info%40krone.example" -s "$BASE/api/v1/customers/by-number/K-1001" \
    -H "Authorization: Bearer $BALTIC_KEY" -H "Accept: application/json"

# ---- findings
say "findings"
echo "sqlmap (an injectable parameter is a finding; 'do not appear to be injectable' is the good answer):"
for log in "${SQLMAP_LOGS[@]}"; do
    if grep -qE "is vulnerable|appears to be .* injectable" "$log"; then
        echo "   FINDING in $(basename "$log"):"; grep -E "Parameter:|Type:|Title:" "$log" | sed 's/^/      /' | head -20
    elif grep -q "user aborted" "$log"; then
        echo "   $(basename "$log" .log): nothing injectable found before the time limit (partial: raise SCAN_MINUTES)"
    else
        echo "   $(basename "$log" .log): nothing injectable found"
    fi
    grep -A3 "HTTP error codes detected" "$log" | grep -E "^[0-9]{3} " | sed 's/^/      answers: /'
done
echo "wapiti (per report: category, count, first target):"
python3 - "${WAPITI_REPORTS[@]}" <<'PY'
import json, sys
for path in sys.argv[1:]:
    try:
        report = json.load(open(path))
    except (OSError, ValueError) as e:
        print(f"   {path}: no report ({e.__class__.__name__}); see the .log next to it")
        continue
    print(f"   {path.rsplit('/', 1)[-1]}:")
    found = False
    for section in ("vulnerabilities", "anomalies", "additionals"):
        for category, items in sorted(report.get(section, {}).items()):
            if items:
                found = True
                first = items[0]
                print(f"      [{section}] {category}: {len(items)}  e.g. {first.get('method', '')} {first.get('path', '')} "
                      f"{first.get('parameter', '')} - {first.get('info', '')[:160]}")
    if not found:
        print("      nothing")
PY
say "done: logs and reports in $OUT"
