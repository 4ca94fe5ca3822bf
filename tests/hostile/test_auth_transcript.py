#!/usr/bin/python3
"""AUTH in every shape a client may send it, and the server's transcript
(`serve --transcript FILE`): `AUTH<TAB>PLAIN <base64>`, a leading space,
lower case, pipelined LOGIN continuation lines, a cancelled exchange, an
AUTH glued to its response. Whatever the server answers (235, 500, 501,
535), no credential (base64 or decoded) may reach the transcript; every
one shows as ********. Exit 0 = pass."""

import base64
import os
import tempfile

from hostile import Client, Serve, run_test

USER = "carol"
PASSWORD = "Hostile-pw-7734"


def b64(data):
    return base64.b64encode(data)


def body(checks):
    plain = b64(b"\0" + USER.encode() + b"\0" + PASSWORD.encode())
    wrong = b64(b"\0" + USER.encode() + b"\0" + b"Wrong-pw-1199")
    user_b64 = b64(USER.encode())
    pass_b64 = b64(PASSWORD.encode())
    secrets = [plain, wrong, pass_b64, PASSWORD.encode(), b"Wrong-pw-1199", b64(b"Wrong-pw-1199")]

    users = tempfile.NamedTemporaryFile("w", suffix=".users", delete=False)
    users.write(f"{USER}:{PASSWORD}\n")
    users.close()
    try:
        with Serve("--users", users.name, transcript=True) as s:
            sessions = [
                # (lines, the status each line must get)
                ([b"AUTH\tPLAIN " + plain], ["500 5.5.2"]),
                ([b" AUTH PLAIN " + plain], ["500 5.5.2"]),
                ([b"\tauth plain " + plain], ["500 5.5.2"]),
                ([b"auth plain " + plain], ["235 2.7.0"]),
                ([b"AUTH PLAIN " + wrong], ["535 5.7.8"]),
                ([b"AUTH PLAIN\x00" + plain], ["501 5.5.2"]),
                ([b"AUTH" + plain], ["500 5.5.2"]),
                ([b"AUTH PLAIN", plain], ["334", "235 2.7.0"]),
                ([b"AUTH PLAIN", b"  " + plain + b"  "], ["334", "501 5.5.2"]),
                ([b"AUTH LOGIN", user_b64, pass_b64], ["334", "334", "235 2.7.0"]),
                ([b"AUTH LOGIN", user_b64, b"*"], ["334", "334", "501 5.0.0"]),
                ([b"AUTH LOGIN " + user_b64, pass_b64], ["334", "235 2.7.0"]),
            ]
            for lines, expected in sessions:
                c = Client(s)
                c.greet()
                got = []
                for line in lines:
                    c.send(line + b"\r\n")
                    got.append(c.status())
                checks.equal(got, expected, f"{lines[0][:14]!r}...")
                c.send(b"QUIT\r\n")
                c.code()
                c.close()
            # Pipelined: the continuation lines arrive with the command.
            c = Client(s)
            c.greet()
            c.send(b"AUTH LOGIN\r\n" + user_b64 + b"\r\n" + pass_b64 + b"\r\nQUIT\r\n")
            checks.equal([c.status(), c.status(), c.status(), c.code()], ["334", "334", "235 2.7.0", "221"],
                         "pipelined AUTH LOGIN")
            c.close()
            s.check_health(checks, "AUTH variants")
            text = s.transcript_text()
        checks.check(b"AUTH PLAIN ********" in text and b"C: ********" in text,
                     "the transcript shows redacted AUTH lines")
        for secret in secrets:
            checks.check(secret not in text, f"the transcript does not hold {secret[:6]!r}...")
        checks.check(USER.encode() in text, "the user name of a successful login is noted")
    finally:
        os.unlink(users.name)


run_test("hostile AUTH and the transcript", body)
