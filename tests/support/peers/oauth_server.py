#!/usr/bin/python3
"""A small OAuth 2.0 authorization server for Postscope's tests (stdlib only).

It does what a real provider does for a desktop app, and checks it strictly:

  GET  /authorize  RFC 6749 4.1.1 with PKCE (RFC 7636 4.3): response_type=code,
                   the registered client_id, a loopback redirect_uri
                   (RFC 8252 7.3: http://127.0.0.1:PORT/...), state,
                   code_challenge and code_challenge_method=S256. Answers 302
                   to redirect_uri with code and state (4.1.2), or with an
                   error (4.1.2.1). Nothing is shown to a person: the test
                   plays the browser and follows the redirect.
  POST /token      grant_type=authorization_code (4.1.3): the code once, the
                   same redirect_uri and client_id, and a code_verifier whose
                   BASE64URL(SHA256()) is the challenge (RFC 7636 4.6);
                   grant_type=refresh_token (6). JSON answers (5.1, 5.2).
  GET  /log        what it saw and decided, as JSON, for the test to check.

Usage: oauth_server.py --client-id ID [--client-secret S] [--mode MODE]
Modes: ok, deny (the person says no), wrong-state (a forged redirect),
token-error (the token endpoint refuses every code), rotate (a refresh
returns a new refresh token). Prints "PORT <n>" once it listens on
127.0.0.1, then serves until killed.
"""

import argparse
import base64
import hashlib
import http.server
import json
import re
import secrets
import sys
import threading
import urllib.parse

MAX_BODY = 64 * 1024  # a token request is a few hundred bytes


def b64url_sha256(text):
    digest = hashlib.sha256(text.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


class State:
    def __init__(self, args):
        self.args = args
        self.lock = threading.Lock()   # one request at a time touches the tables
        self.codes = {}          # code -> request details
        self.refresh = {}        # refresh token -> client_id
        self.log = []


def make_handler(state):
    args = state.args

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, fmt, *a):  # keep the test output clean
            pass

        def _json(self, status, obj):
            body = json.dumps(obj).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Cache-Control", "no-store")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _text(self, status, text):
            body = text.encode()
            self.send_response(status)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _redirect(self, uri, params):
            sep = "&" if "?" in uri else "?"
            self.send_response(302)
            self.send_header("Location", uri + sep + urllib.parse.urlencode(params))
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_GET(self):
            with state.lock:
                return self._get()

        def do_POST(self):
            with state.lock:
                return self._post()

        def _get(self):
            url = urllib.parse.urlsplit(self.path)
            if url.path == "/log":
                return self._json(200, state.log)
            if url.path != "/authorize":
                return self._text(404, "not found")
            q = urllib.parse.parse_qs(url.query, keep_blank_values=True)
            one = {k: v[0] for k, v in q.items() if len(v) == 1}
            entry = {"endpoint": "authorize", "params": one}
            state.log.append(entry)
            redirect = one.get("redirect_uri", "")
            # RFC 8252 7.3: the loopback IP literal, http, any port.
            if not re.fullmatch(r"http://127\.0\.0\.1:\d+(/.*)?", redirect):
                entry["decision"] = "bad redirect_uri"
                return self._text(400, "redirect_uri must be http://127.0.0.1:PORT/")
            problems = []
            if one.get("response_type") != "code":
                problems.append("response_type must be code")
            if one.get("client_id") != args.client_id:
                problems.append("unknown client_id")
            if not one.get("state"):
                problems.append("no state")
            if one.get("code_challenge_method") != "S256":
                problems.append("code_challenge_method must be S256")
            if not re.fullmatch(r"[A-Za-z0-9_-]{43}", one.get("code_challenge", "")):
                problems.append("code_challenge must be 43 base64url characters")
            if problems:
                entry["decision"] = "; ".join(problems)
                return self._redirect(redirect, {"error": "invalid_request",
                                                 "error_description": entry["decision"],
                                                 "state": one.get("state", "")})
            if args.mode == "deny":
                entry["decision"] = "denied"
                return self._redirect(redirect, {"error": "access_denied",
                                                 "error_description": "The user said no",
                                                 "state": one["state"]})
            code = secrets.token_urlsafe(16)
            state.codes[code] = {"challenge": one["code_challenge"], "redirect_uri": redirect,
                                 "client_id": one["client_id"], "scope": one.get("scope", "")}
            entry["decision"] = "code issued"
            returned_state = one["state"] + "-forged" if args.mode == "wrong-state" else one["state"]
            return self._redirect(redirect, {"code": code, "state": returned_state})

        def _post(self):
            url = urllib.parse.urlsplit(self.path)
            if url.path != "/token":
                return self._text(404, "not found")
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY:
                return self._json(413, {"error": "invalid_request"})
            if not self.headers.get("Content-Type", "").startswith("application/x-www-form-urlencoded"):
                return self._json(400, {"error": "invalid_request",
                                        "error_description": "form body expected"})
            form = urllib.parse.parse_qs(self.rfile.read(length).decode("ascii", "replace"),
                                         keep_blank_values=True)
            one = {k: v[0] for k, v in form.items()}
            entry = {"endpoint": "token", "params": sorted(one.keys()),
                     "grant_type": one.get("grant_type")}
            state.log.append(entry)

            def refuse(error, why, status=400):
                entry["decision"] = why
                return self._json(status, {"error": error, "error_description": why})

            if args.client_secret is not None and one.get("client_secret") != args.client_secret:
                return refuse("invalid_client", "client authentication failed", 401)
            if "client_secret" in one and one["client_secret"] == "":
                return refuse("invalid_request", "empty client_secret")
            grant = one.get("grant_type")
            if grant == "authorization_code":
                if args.mode == "token-error":
                    return refuse("invalid_grant", "this server refuses every code")
                details = state.codes.pop(one.get("code", ""), None)  # single use
                if details is None:
                    return refuse("invalid_grant", "unknown or used code")
                if one.get("redirect_uri") != details["redirect_uri"]:
                    return refuse("invalid_grant", "redirect_uri differs from the authorization request")
                if one.get("client_id") != details["client_id"]:
                    return refuse("invalid_grant", "client_id differs")
                verifier = one.get("code_verifier", "")
                # RFC 7636 4.1: 43 to 128 unreserved characters.
                if not re.fullmatch(r"[A-Za-z0-9._~-]{43,128}", verifier):
                    return refuse("invalid_grant", "code_verifier missing or malformed")
                if b64url_sha256(verifier) != details["challenge"]:
                    return refuse("invalid_grant", "PKCE verification failed")
                entry["pkce"] = "S256 verified"
                access = "at-" + secrets.token_urlsafe(24)
                refresh = "rt-" + secrets.token_urlsafe(24)
                state.refresh[refresh] = details["client_id"]
                entry["decision"] = "tokens issued"
                entry["access_token"] = access
                entry["refresh_token"] = refresh
                return self._json(200, {"access_token": access, "token_type": "Bearer",
                                        "expires_in": 3600, "refresh_token": refresh,
                                        "scope": details["scope"]})
            if grant == "refresh_token":
                refresh = one.get("refresh_token", "")
                if state.refresh.get(refresh) != one.get("client_id"):
                    return refuse("invalid_grant", "unknown refresh token")
                if "redirect_uri" in one:
                    return refuse("invalid_request", "redirect_uri is not part of a refresh (RFC 6749 6)")
                access = "at-" + secrets.token_urlsafe(24)
                answer = {"access_token": access, "token_type": "Bearer", "expires_in": 1800}
                entry["access_token"] = access
                if args.mode == "rotate":
                    del state.refresh[refresh]
                    new_refresh = "rt-" + secrets.token_urlsafe(24)
                    state.refresh[new_refresh] = one.get("client_id")
                    answer["refresh_token"] = new_refresh
                    entry["refresh_token"] = new_refresh
                entry["decision"] = "refreshed"
                return self._json(200, answer)
            return refuse("unsupported_grant_type", f"grant_type {grant!r}")

    return Handler


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--client-id", required=True)
    parser.add_argument("--client-secret")
    parser.add_argument("--mode", default="ok",
                        choices=["ok", "deny", "wrong-state", "token-error", "rotate"])
    args = parser.parse_args()
    # Threaded, as real servers are: HTTP clients (Qt's included) may open a
    # connection before they have a request for it, which would stall a
    # server that serves one connection at a time.
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), make_handler(State(args)))
    server.daemon_threads = True
    print(f"PORT {server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
