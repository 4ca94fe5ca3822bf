#pragma once
// The console over a live connection: typed lines go to an SmtpSession, the
// ConsoleModel follows and explains, and everything a person should see
// comes out as lines (output()). The terminal (`postscope-cli console`,
// `lesson run`) and the window put their own input and display around it.
//
// What a line does depends on where the conversation stands:
//  - a command: sent as typed (session raw()); before a command the server
//    will refuse, a warning, and the command waits for a confirmation (an
//    empty line, or "y") unless warnings are set not to wait;
//  - after a 354: a message line, dot-stuffed as needed and shown so; a lone
//    "." ends the data; "/bytes TEXT" sends octets exactly (\r \n \t \\ \xHH);
//  - after a typed AUTH's 334: a SASL response (redacted in the transcript);
//  - "AUTH MECH" with no initial response, for PLAIN, LOGIN, CRAM-MD5 and
//    SCRAM: a helper asks for the user and the password (echo off) and does
//    the exchange, each step decoded in a note;
//  - "STARTTLS": the handshake is shown (protocol, cipher, certificate);
//  - "/send FROM TO[,TO...]": the message lines that follow, up to ".", are
//    sent the way a client sends mail (pipelined MAIL/RCPT/DATA, or BDAT);
//  - "/help", "/quit".

#include "auth/saslsteps.h"
#include "console/consolemodel.h"
#include "session/smtpsession.h"
#include "transcript/transcript.h"

#include <QObject>
#include <QString>
#include <memory>

namespace postscope::console {

class ConsoleSession : public QObject
{
    Q_OBJECT
public:
    // What the next line typed is for (a front end switches echo off for a password).
    enum class Input { Command, DataLine, MessageLine, User, Password, Confirm, None };

    // The console types everything itself: no EHLO or STARTTLS is sent
    // unless typed (autoHello is switched off; security may be none or tls).
    explicit ConsoleSession(session::SessionOptions options, QObject *parent = nullptr);
    ~ConsoleSession() override;

    void open();
    // One line as typed (no line end).
    void submit(const QByteArray &line);
    // Warnings wait for a confirmation (the default), or are only shown
    // and the command sent at once (scripts: the learner insists).
    void setConfirmWarnings(bool confirm) { m_confirmWarnings = confirm; }

    Input expects() const { return m_input; }
    bool isBusy() const { return m_input == Input::None && !m_finished; }
    bool isFinished() const { return m_finished; }
    QString prompt() const;
    const ConsoleModel &model() const { return m_model; }
    session::SmtpSession &session() { return *m_session; }
    transcript::Transcript &transcript() { return m_transcript; }
    bool tlsEstablished() const { return m_model.isEncrypted(); }

signals:
    void output(const QString &line);
    // Ready for the next line (expects() says what for).
    void inputWanted();
    void finished();

private:
    void print(const QString &line);
    void ready(Input input);
    void sendCommand(const QByteArray &line);
    void sendTracked(quint64 id);
    void handleMeta(const QByteArray &line);
    void startAuthHelper();
    void startSend();
    void onReply(const protocol::Reply &reply);
    void onFinished(quint64 id, const engine::SmtpError &error);
    void finish();

    ConsoleModel m_model;
    std::unique_ptr<session::SmtpSession> m_session;
    transcript::Transcript m_transcript;
    Input m_input = Input::None;
    bool m_finished = false;
    bool m_confirmWarnings = true;
    bool m_greeted = false;
    quint64 m_waitingFor = 0; // the request whose end gives the prompt back
    QByteArray m_pendingConfirm;
    // AUTH helper
    QByteArray m_authMechanism;
    QString m_authUser;
    std::unique_ptr<auth::SaslStepDescriber> m_saslSteps; // the helper's exchange, decoded
    // /send
    QByteArray m_sendFrom;
    QList<QByteArray> m_sendTo;
    QByteArray m_sendMessage;
};

// The console's /bytes escapes: \r \n \t \\ \xHH; false when one is broken.
bool unescapeBytes(QByteArrayView text, QByteArray *out);

} // namespace postscope::console
