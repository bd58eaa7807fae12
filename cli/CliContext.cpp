#include "CliContext.h"

#include "util/TerminalText.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

std::optional<int> CliContext::parse(QCommandLineParser& parser, const QStringList& arguments,
                                     const QString& synopsis)
{
    m_synopsis = synopsis;
    const QCommandLineOption db(
        QStringLiteral("db"),
        QCoreApplication::translate("mirrorctl",
                                    "The inventory database (default: the console's own)."),
        QStringLiteral("PATH"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("mirrorctl", "Print data as JSON."));
    const QCommandLineOption raw(
        QStringLiteral("raw"),
        QCoreApplication::translate("mirrorctl",
                                    "Print what mirrors sent as it came, control characters and "
                                    "escape sequences included (shown made visible otherwise)."));
    parser.addOptions({db, json, raw});
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("mirrorctl")} + arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << QCoreApplication::translate("mirrorctl", "Usage: mirrorctl %1").arg(synopsis)
              << '\n'
              << parser.helpText().section(QLatin1Char('\n'), 2) << Qt::flush;
        return kOk;
    }
    m_dbPath = parser.isSet(db) ? QFileInfo(parser.value(db)).absoluteFilePath()
                                : InventoryDatabase::defaultPath();
    m_json = parser.isSet(json);
    m_raw = parser.isSet(raw);
    return std::nullopt;
}

bool CliContext::openInventory()
{
    if (m_session)
        return true;
    m_session = std::make_unique<FleetSession>();
    m_session->setFollowUpActs(false);
    if (auto opened = m_session->open(m_dbPath); !opened) {
        m_session.reset();
        failure(opened.error());
        return false;
    }
    return true;
}

SshJobResult CliContext::wait(SshJobId id,
                              const std::function<void(const QByteArray&, bool)>& output)
{
    SshJobResult outcome;
    QObject guard;
    SshPool& pool = m_session->pool();
    QObject::connect(&pool, &SshPool::output, &guard,
                     [&](SshJobId job, const QByteArray& chunk, bool isError) {
                         if (job == id && output)
                             output(chunk, isError);
                     });
    QObject::connect(&pool, &SshPool::finished, &guard, [&](const SshJobResult& r) {
        if (r.id != id)
            return;
        outcome = r;
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    return outcome;
}

std::optional<int> CliContext::mirrorsNamed(const QStringList& names, QList<MirrorRecord>* mirrors)
{
    if (!openInventory())
        return kFailure;
    if (names.isEmpty()) {
        for (const MirrorRecord& m : inventory().all())
            if (m.enabled)
                *mirrors << m;
    }
    for (const QString& name : names) {
        const auto mirror = inventory().find(name);
        if (!mirror)
            return failure(QCoreApplication::translate("mirrorctl", "no mirror %1 in the inventory")
                               .arg(name));
        *mirrors << *mirror;
    }
    return std::nullopt;
}

QPair<bool, QString> CliContext::act(const QString& mirror, const std::function<void()>& start)
{
    std::optional<QPair<bool, QString>> ended;
    QObject guard;
    QObject::connect(m_session.get(), &FleetSession::actFinished, &guard,
                     [&](const QString& actedOn, bool ok, const QString& message) {
                         if (actedOn != mirror || ended)
                             return;
                         ended = QPair<bool, QString>{ok, message};
                         QCoreApplication::quit();
                     });
    start();
    if (!ended)
        QCoreApplication::exec();
    return ended.value_or(QPair<bool, QString>{false, QString()});
}

QString CliContext::dataDirectory() const
{
    return QFileInfo(m_dbPath).absolutePath();
}

ConsoleSettings& CliContext::settings()
{
    if (!m_settings)
        m_settings =
            std::make_unique<ConsoleSettings>(dataDirectory() + QStringLiteral("/settings.ini"));
    return *m_settings;
}

void CliContext::printJson(const QJsonValue& value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << document.toJson() << Qt::flush;
}

int CliContext::usage(const QString& message)
{
    m_err << "mirrorctl: " << message << '\n';
    if (!m_synopsis.isEmpty())
        m_err << QCoreApplication::translate("mirrorctl", "usage: mirrorctl %1").arg(m_synopsis)
              << '\n';
    m_err.flush();
    return kUsage;
}

int CliContext::failure(const QString& message)
{
    // Failures often quote what a mirror said.
    m_err << "mirrorctl: " << mirrorText(message) << Qt::endl;
    return kFailure;
}

QString CliContext::mirrorText(const QByteArray& bytes) const
{
    return m_raw ? QString::fromUtf8(bytes) : TerminalText::visible(bytes);
}

QString CliContext::mirrorText(const QString& text) const
{
    return m_raw ? text : TerminalText::visible(text);
}
