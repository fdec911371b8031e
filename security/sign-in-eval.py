# sqlmap --eval code for the sign-in form (security/scan.sh): before each request, a fresh session, JSF view state and
# PrimeFaces CSP nonce, which a post must carry. sqlmap names parameters that are no Python names EVAL_<hex>.
import binascii, http.client, re, ssl, urllib.parse
# sqlmap's own opener would send its cookie jar; a plain connection gets a fresh session, as a new browser does
_base = urllib.parse.urlsplit(BASE_URL)
if _base.scheme == "https":
    _connection = http.client.HTTPSConnection(_base.hostname, _base.port or 443, context=ssl._create_unverified_context())
else:
    _connection = http.client.HTTPConnection(_base.hostname, _base.port or 80)
_connection.request("GET", (_base.path or "") + "/login.xhtml")
_page = _connection.getresponse()
_html = _page.read().decode()
def _set(name, value):
    globals()["EVAL_" + binascii.hexlify(name.encode()).decode()] = value
globals()["JSESSIONID"] = re.search(r"JSESSIONID=([0-9a-fA-F]+)", _page.getheader("Set-Cookie")).group(1)
_set("jakarta.faces.ViewState", re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]*)"', _html).group(1))
_set("primefaces.nonce", re.search(r"'nonce-([^']+)'", _page.getheader("Content-Security-Policy")).group(1))
_connection.close()
