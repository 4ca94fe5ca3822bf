#!/usr/bin/python3
"""An SMTP server with TLS set up the way a test needs it, for Postscope's
TLS tests: aiosmtpd (a real SMTP server nobody here wrote) over Python's ssl
module (the machine's OpenSSL). Run with Debian's /usr/bin/python3.

  tls_smtp_server.py --cert PEM --key PEM --ready FILE [--implicit]
      [--tls-min 1.0|1.1|1.2|1.3] [--tls-max 1.0|1.1|1.2|1.3] [--legacy]
      [--client-ca PEM] [--record FILE]

--implicit: TLS from the first byte (RFC 8314) instead of STARTTLS (RFC
3207, then required before MAIL). --tls-min/--tls-max bound the versions the
server accepts; --legacy lowers OpenSSL's security level to 0 on the server
side so that TLS 1.0 and 1.1 can be offered at all. --client-ca: a client
certificate signed by that CA is required (RFC 8446 4.3.2), a handshake
without one is ended by the server. --record: one JSON line per event
("sni": the server name the client sent, RFC 6066 3; "ehlo": after TLS, the
client certificate's subject CN or null and the TLS version).

When listening, FILE (--ready) holds the port number.
"""

import argparse
import json
import os
import signal
import socket
import ssl
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP

VERSIONS = {
    "1.0": ssl.TLSVersion.TLSv1,
    "1.1": ssl.TLSVersion.TLSv1_1,
    "1.2": ssl.TLSVersion.TLSv1_2,
    "1.3": ssl.TLSVersion.TLSv1_3,
}


class Recorder:
    def __init__(self, path):
        self.path = path
        self.lock = threading.Lock()

    def write(self, event):
        if not self.path:
            return
        with self.lock, open(self.path, "a") as f:
            f.write(json.dumps(event) + "\n")


class Handler:
    def __init__(self, recorder):
        self.recorder = recorder

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        transport = server.transport
        sslobj = transport.get_extra_info("ssl_object") if transport else None
        if sslobj is not None:
            cert = sslobj.getpeercert()
            cn = None
            if cert:
                for rdn in cert.get("subject", ()):
                    for key, value in rdn:
                        if key == "commonName":
                            cn = value
            self.recorder.write({"event": "ehlo", "clientCertificate": cn,
                                 "version": sslobj.version(), "cipher": sslobj.cipher()[0]})
        return responses

    async def handle_DATA(self, server, session, envelope):
        return "250 2.0.0 OK: taken"


def make_context(args, recorder):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    if args.legacy:
        ctx.set_ciphers("ALL:@SECLEVEL=0")
    if args.tls_min:
        ctx.minimum_version = VERSIONS[args.tls_min]
    if args.tls_max:
        ctx.maximum_version = VERSIONS[args.tls_max]
    ctx.load_cert_chain(args.cert, args.key)
    if args.client_ca:
        ctx.verify_mode = ssl.CERT_REQUIRED
        ctx.load_verify_locations(args.client_ca)

    def sni(sslobj, name, context):
        recorder.write({"event": "sni", "name": name})
        return None

    ctx.sni_callback = sni
    return ctx


class TlsController(Controller):
    def __init__(self, handler, ctx, implicit, **kwargs):
        self.ctx = ctx
        self.implicit = implicit
        super().__init__(handler, ssl_context=ctx if implicit else None, **kwargs)

    def factory(self):
        if self.implicit:
            return SMTP(self.handler, hostname="tls.test")
        return SMTP(self.handler, hostname="tls.test", tls_context=self.ctx, require_starttls=True)

    def _trigger_server(self):
        # aiosmtpd's readiness check opens a TLS connection of its own for
        # implicit TLS, which fails when a client certificate is required.
        # Accepting a plain TCP connection invokes the factory just as well.
        with socket.create_connection((self.hostname, self.port), timeout=5):
            pass


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cert", required=True)
    ap.add_argument("--key", required=True)
    ap.add_argument("--ready", required=True)
    ap.add_argument("--implicit", action="store_true")
    ap.add_argument("--tls-min", choices=sorted(VERSIONS))
    ap.add_argument("--tls-max", choices=sorted(VERSIONS))
    ap.add_argument("--legacy", action="store_true")
    ap.add_argument("--client-ca")
    ap.add_argument("--record")
    args = ap.parse_args()
    recorder = Recorder(args.record)
    ctx = make_context(args, recorder)
    port = free_port()
    controller = TlsController(Handler(recorder), ctx, args.implicit, hostname="127.0.0.1",
                               port=port, ready_timeout=10)
    controller.start()
    with open(args.ready + ".tmp", "w") as f:
        f.write(str(port))
    os.rename(args.ready + ".tmp", args.ready)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *a: stop.set())
    signal.signal(signal.SIGINT, lambda *a: stop.set())
    stop.wait()
    controller.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
