#include "auth/qcasasl.h"

#include "auth/qca.h"

#include <QCoreApplication>
#include <QtCrypto>
#include <qcaprovider.h>

namespace postscope::auth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::auth", text);
}

// Cyrus does its work inside each call; the wait only matters for a
// provider that does not.
constexpr int stepTimeoutMs = 30000;

// Mechanisms Cyrus SASL ships modules for that the built-in ones do not
// cover. PLAIN, LOGIN, CRAM-MD5 and SCRAM are done by core/auth itself;
// ANONYMOUS and EXTERNAL take no password and are left out.
const QList<QByteArray> &bridgeCandidates()
{
    static const QList<QByteArray> names = {
        QByteArrayLiteral("DIGEST-MD5"),
        QByteArrayLiteral("NTLM"),
        QByteArrayLiteral("GSSAPI"),
        QByteArrayLiteral("GSS-SPNEGO"),
        QByteArrayLiteral("GS2-KRB5"),
        QByteArrayLiteral("GS2-IAKERB"),
        QByteArrayLiteral("OTP"),
        QByteArrayLiteral("SRP"),
        QByteArrayLiteral("PASSDSS-3DES-1"),
    };
    return names;
}

QCA::Provider *saslProvider()
{
    ensureQcaInitialized();
    if (!QCA::isSupported("sasl"))
        return nullptr;
    const QCA::ProviderList providers = QCA::providers();
    for (QCA::Provider *provider : providers) {
        if (provider->features().contains(QStringLiteral("sasl")))
            return provider;
    }
    return nullptr;
}

std::unique_ptr<QCA::SASLContext> newContext()
{
    QCA::Provider *provider = saslProvider();
    if (!provider)
        return nullptr;
    return std::unique_ptr<QCA::SASLContext>(
        qobject_cast<QCA::SASLContext *>(provider->createContext(QStringLiteral("sasl"))));
}

// Sets a context up for one client exchange of `mechanism`.
void setUp(QCA::SASLContext &context, const QString &service, const Credentials &credentials)
{
    context.setup(service,
                  credentials.host.isEmpty() ? QStringLiteral("localhost") : credentials.host,
                  nullptr, nullptr, QString(), 0);
    // maxSSF 0: no SASL security layer. SMTP after AUTH goes on as before
    // (TLS protects it, when there is TLS); the engine never wraps the
    // stream in a SASL layer (RFC 4954 4 allows one, nobody uses it).
    context.setConstraints(QCA::SASL::AuthFlagsNone, 0, 0);
    const QCA::SecureArray password(credentials.password.toUtf8());
    context.setClientParams(&credentials.user,
                            credentials.authzid.isEmpty() ? nullptr : &credentials.authzid,
                            &password, nullptr);
}

} // namespace

QcaSaslClientMechanism::QcaSaslClientMechanism(QByteArray mechanism, Credentials credentials,
                                               QString service)
    : m_mechanism(mechanism.toUpper())
    , m_credentials(std::move(credentials))
    , m_service(std::move(service))
{
}

QcaSaslClientMechanism::~QcaSaslClientMechanism() = default;

SaslClientMechanism::Step QcaSaslClientMechanism::fail(const QString &error)
{
    m_stage = Stage::Failed;
    m_error = error;
    m_credentials.password.clear();
    m_context.reset(); // sasl_dispose(): Cyrus forgets the password too
    return {{}, error};
}

bool QcaSaslClientMechanism::start(bool clientFirst)
{
    m_context = newContext();
    if (!m_context) {
        fail(qcaSaslProblem().isEmpty() ? tr("QCA's SASL provider did not create a context")
                                        : qcaSaslProblem());
        return false;
    }
    setUp(*m_context, m_service, m_credentials);
    m_context->startClient(QStringList {QString::fromLatin1(m_mechanism)}, clientFirst);
    if (!m_context->waitForResultsReady(stepTimeoutMs)) {
        fail(tr("Cyrus SASL did not start AUTH %1 in time").arg(QString::fromLatin1(m_mechanism)));
        return false;
    }
    return true;
}

QString QcaSaslClientMechanism::conditionText() const
{
    const QString mech = QString::fromLatin1(m_mechanism);
    switch (m_context ? m_context->authCondition() : QCA::SASL::AuthFail) {
    case QCA::SASL::NoMechanism:
        return tr("no Cyrus SASL module on this machine does %1 as a client (Debian: "
                  "libsasl2-modules, libsasl2-modules-gssapi-mit)")
            .arg(mech);
    case QCA::SASL::BadProtocol:
        return tr("the server's %1 data does not follow the mechanism's protocol").arg(mech);
    case QCA::SASL::BadServer:
        return tr("the server failed %1's mutual authentication: it could not prove that it "
                  "knows the password")
            .arg(mech);
    default:
        break;
    }
    if (m_mechanism.startsWith("GS"))
        return tr("Cyrus SASL could not go on with %1 (is there a Kerberos ticket for this user? "
                  "klist shows it, kinit gets one)")
            .arg(mech);
    return tr("Cyrus SASL could not go on with %1").arg(mech);
}

SaslClientMechanism::Step QcaSaslClientMechanism::afterStep()
{
    switch (m_context->result()) {
    case QCA::SASLContext::Success:
        m_stage = Stage::Done;
        m_credentials.password.clear();
        return {m_context->stepData(), {}};
    case QCA::SASLContext::Continue:
        m_stage = Stage::Continue;
        return {m_context->stepData(), {}};
    case QCA::SASLContext::Params: {
        const QCA::SASL::Params need = m_context->clientParams();
        QStringList missing;
        if (need.needUsername())
            missing << tr("a user name");
        if (need.needPassword())
            missing << tr("a password");
        if (need.canSendRealm())
            missing << tr("a realm");
        return fail(tr("AUTH %1 needs %2, which was not given")
                        .arg(QString::fromLatin1(m_mechanism),
                             missing.isEmpty() ? tr("more details") : missing.join(u", ")));
    }
    case QCA::SASLContext::Error:
    case QCA::SASLContext::AuthCheck:
        break;
    }
    return fail(conditionText());
}

std::optional<QByteArray> QcaSaslClientMechanism::initialResponse()
{
    if (m_stage != Stage::Start)
        return std::nullopt;
    // Failures are kept and reported by respond() when the server asks.
    if (!start(true))
        return std::nullopt;
    const bool haveInit = m_context->haveClientInit();
    const Step step = afterStep();
    if (!step.ok() || !haveInit)
        return std::nullopt; // a server-first mechanism (DIGEST-MD5): the 334 comes first
    return step.response;
}

SaslClientMechanism::Step QcaSaslClientMechanism::respond(QByteArrayView challenge)
{
    switch (m_stage) {
    case Stage::Failed:
        return {{}, m_error};
    case Stage::Done:
        return fail(tr("unexpected challenge after the AUTH %1 exchange finished")
                        .arg(QString::fromLatin1(m_mechanism)));
    case Stage::Start:
        // No initial response was asked for: start now, and let Cyrus take
        // the first challenge (empty for a client-first mechanism).
        if (!start(false))
            return {{}, m_error};
        if (const Step step = afterStep(); !step.ok())
            return step;
        break;
    case Stage::Continue:
        break;
    }
    m_context->nextStep(challenge.toByteArray());
    if (!m_context->waitForResultsReady(stepTimeoutMs))
        return fail(tr("Cyrus SASL did not answer the AUTH %1 challenge in time")
                        .arg(QString::fromLatin1(m_mechanism)));
    return afterStep();
}

QString QcaSaslClientMechanism::verifyOutcome(QByteArrayView serverFinal)
{
    switch (m_stage) {
    case Stage::Done:
        return {};
    case Stage::Failed:
        return m_error;
    case Stage::Continue:
        if (!serverFinal.isEmpty()) {
            // RFC 4422 5: additional data with success.
            const Step step = respond(serverFinal);
            if (!step.ok())
                return step.error;
            if (m_stage == Stage::Done)
                return {};
        }
        break;
    case Stage::Start:
        break;
    }
    return fail(tr("the server accepted AUTH %1 before the exchange finished, so it never proved "
                   "that it knows the password")
                    .arg(QString::fromLatin1(m_mechanism)))
        .error;
}

QList<QByteArray> qcaSaslClientMechanisms()
{
    // Probed once: which modules are installed does not change while the
    // program runs. startClient() without a first message only picks the
    // module; nothing is computed or sent.
    static const QList<QByteArray> available = [] {
        QList<QByteArray> names;
        Credentials probe;
        probe.user = QStringLiteral("probe");
        probe.password = QStringLiteral("probe");
        for (const QByteArray &name : bridgeCandidates()) {
            std::unique_ptr<QCA::SASLContext> context = newContext();
            if (!context)
                break;
            setUp(*context, QStringLiteral("smtp"), probe);
            context->startClient(QStringList {QString::fromLatin1(name)}, false);
            if (!context->waitForResultsReady(stepTimeoutMs))
                continue;
            if (context->result() == QCA::SASLContext::Error
                && context->authCondition() == QCA::SASL::NoMechanism)
                continue;
            names << name;
        }
        return names;
    }();
    return available;
}

QString qcaSaslProblem()
{
    if (saslProvider())
        return {};
    return tr("QCA has no SASL provider: is the qca-cyrus-sasl plugin installed? (plugin "
              "folders searched: %1)")
        .arg(QCA::pluginPaths().join(QStringLiteral(", ")));
}

} // namespace postscope::auth
