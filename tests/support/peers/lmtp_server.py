#!/usr/bin/python3
"""An LMTP server (RFC 2033) on a Unix socket, built on aiosmtpd's LMTP class,
for Postscope's interop tests. Run with Debian's /usr/bin/python3.

  lmtp_server.py --socket PATH --store DIR [--refuse-rcpt ADDR]... [--refuse-after-data ADDR]...

Each accepted message is stored per recipient as DIR/<address>/<n>.eml, as
aiosmtpd hands it over (dot-unstuffed, CRLF line endings). --refuse-rcpt
addresses get 550 5.1.1 at RCPT; --refuse-after-data addresses are accepted
at RCPT and then get 552 5.2.2 in their own reply after the final dot (RFC
2033 4.2: one reply per successful RCPT, in RCPT order). When listening, the
file "ready" appears next to the socket.
"""

import argparse
import asyncio
import os
import signal
import sys
import threading

from aiosmtpd.controller import UnixSocketController
from aiosmtpd.lmtp import LMTP


class StoringHandler:
    def __init__(self, store, refuse_rcpt, refuse_after_data):
        self.store = store
        self.refuse_rcpt = {a.lower() for a in refuse_rcpt}
        self.refuse_after_data = {a.lower() for a in refuse_after_data}
        self.counter = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.refuse_rcpt:
            return f"550 5.1.1 <{address}>: no such user here"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        # RFC 2033 4.2: after the final dot, one reply per accepted recipient.
        self.counter += 1
        replies = []
        for rcpt in envelope.rcpt_tos:
            if rcpt.lower() in self.refuse_after_data:
                replies.append(f"552 5.2.2 <{rcpt}>: mailbox full")
                continue
            d = os.path.join(self.store, rcpt)
            os.makedirs(d, exist_ok=True)
            with open(os.path.join(d, f"{self.counter:06d}.eml"), "wb") as f:
                f.write(envelope.original_content or envelope.content)
            replies.append(f"250 2.0.0 <{rcpt}> delivered")
        # aiosmtpd's push() appends the final CRLF.
        return "\r\n".join(replies)


class LmtpController(UnixSocketController):
    def factory(self):
        return LMTP(self.handler, **self.SMTP_kwargs)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--socket", required=True)
    ap.add_argument("--store", required=True)
    ap.add_argument("--refuse-rcpt", action="append", default=[])
    ap.add_argument("--refuse-after-data", action="append", default=[])
    args = ap.parse_args()
    os.makedirs(args.store, exist_ok=True)
    handler = StoringHandler(args.store, args.refuse_rcpt, args.refuse_after_data)
    controller = LmtpController(handler, unix_socket=args.socket)
    controller.start()
    open(os.path.join(os.path.dirname(args.socket), "ready"), "w").close()
    print(f"LMTP listening on {args.socket}", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *a: stop.set())
    signal.signal(signal.SIGINT, lambda *a: stop.set())
    stop.wait()
    controller.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
