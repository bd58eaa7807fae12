#include "parsers/ClientSyncConf.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ClientSyncConf", text);
}

bool isNameChar(char c, bool first)
{
    return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
           (!first && c >= '0' && c <= '9');
}

// Reads a shell word starting at i: bare, "double" and 'single' parts. Stops
// at unquoted whitespace or #. False on an unterminated quote.
bool readWord(QByteArrayView line, qsizetype& i, QByteArray* out, bool* expands)
{
    while (i < line.size()) {
        const char c = line[i];
        if (c == ' ' || c == '\t' || c == ';')
            return true;
        if (c == '\'') {
            const qsizetype end = line.indexOf('\'', i + 1);
            if (end < 0)
                return false;
            out->append(line.sliced(i + 1, end - i - 1));
            i = end + 1;
        } else if (c == '"') {
            ++i;
            for (;;) {
                if (i >= line.size())
                    return false;
                const char d = line[i];
                if (d == '"') {
                    ++i;
                    break;
                }
                if (d == '\\' && i + 1 < line.size() &&
                    QByteArrayView("$`\"\\").contains(line[i + 1])) {
                    out->append(line[i + 1]);
                    i += 2;
                    continue;
                }
                if (d == '$' || d == '`')
                    *expands = true;
                out->append(d);
                ++i;
            }
        } else if (c == '\\' && i + 1 < line.size()) {
            out->append(line[i + 1]);
            i += 2;
        } else {
            if (c == '$' || c == '`')
                *expands = true;
            out->append(c);
            ++i;
        }
    }
    return true;
}

} // namespace

QStringList ClientSyncConf::knownKeys()
{
    return {QStringLiteral("TO"), QStringLiteral("RSYNC_USER"), QStringLiteral("RSYNC_PASSWORD"),
            QStringLiteral("MODULE"), QStringLiteral("EXCLUDE")};
}

Result<ClientSyncConf, ParseProblem> ClientSyncConfParser::parse(QByteArrayView text)
{
    ClientSyncConf conf;
    conf.m_endsWithNewline = text.isEmpty() || text.endsWith('\n');
    const QList<QByteArray> rawLines = text.toByteArray().split('\n');
    const qsizetype count = text.isEmpty()           ? 0
                            : conf.m_endsWithNewline ? rawLines.size() - 1
                                                     : rawLines.size();
    for (qsizetype n = 0; n < count; ++n) {
        ClientSyncConf::Line line;
        line.raw = rawLines.at(n);
        QByteArrayView v(line.raw);
        qsizetype i = 0;
        while (i < v.size() && (v[i] == ' ' || v[i] == '\t'))
            ++i;
        if (v.sliced(i).startsWith("export ")) {
            i += 7;
            while (i < v.size() && v[i] == ' ')
                ++i;
        }
        qsizetype nameEnd = i;
        while (nameEnd < v.size() && isNameChar(v[nameEnd], nameEnd == i))
            ++nameEnd;
        if (nameEnd > i && nameEnd < v.size() && v[nameEnd] == '=') {
            qsizetype at = nameEnd + 1;
            QByteArray value;
            if (!readWord(v, at, &value, &line.expands))
                return fail(ParseProblem{
                    int(n + 1),
                    tr("unterminated quote in %1=; the shell would refuse the whole file")
                        .arg(QString::fromLatin1(v.sliced(i, nameEnd - i)))});
            line.key = QString::fromLatin1(v.sliced(i, nameEnd - i));
            line.value = QString::fromUtf8(value);
            line.valueStart = nameEnd + 1;
            line.valueEnd = at;
        }
        conf.m_lines.append(line);
    }
    return conf;
}

std::optional<QString> ClientSyncConf::value(const QString& key) const
{
    // The shell keeps the last assignment.
    for (auto it = m_lines.crbegin(); it != m_lines.crend(); ++it) {
        if (it->key == key)
            return it->value;
    }
    return std::nullopt;
}

QByteArray ClientSyncConf::quoteValue(const QString& value)
{
    static const QRegularExpression bare(QStringLiteral("^[A-Za-z0-9_./:@%+,=-]+$"));
    if (bare.match(value).hasMatch())
        return value.toUtf8();
    QByteArray quoted = value.toUtf8();
    quoted.replace('\'', "'\\''");
    return '\'' + quoted + '\'';
}

void ClientSyncConf::set(const QString& key, const QString& value)
{
    for (auto it = m_lines.rbegin(); it != m_lines.rend(); ++it) {
        if (it->key != key)
            continue;
        // Only the value changes: indentation, "export " and a trailing comment stay.
        const QByteArray quoted = quoteValue(value);
        it->raw = it->raw.left(it->valueStart) + quoted + it->raw.mid(it->valueEnd);
        it->valueEnd = it->valueStart + quoted.size();
        it->value = value;
        it->expands = false;
        return;
    }
    const QByteArray quoted = quoteValue(value);
    const qsizetype start = key.toLatin1().size() + 1;
    m_lines.append(
        {key.toLatin1() + '=' + quoted, key, value, false, start, start + quoted.size()});
}

QByteArray ClientSyncConf::serialize() const
{
    QByteArray out;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        out += m_lines.at(i).raw;
        if (i + 1 < m_lines.size() || m_endsWithNewline)
            out += '\n';
    }
    return out;
}

QStringList ClientSyncConf::problems() const
{
    QStringList found;
    for (const QString& key : knownKeys()) {
        const auto v = value(key);
        if (!v)
            found << tr("%1 is not set").arg(key);
        else if (v->contains(QLatin1String("changeme")))
            found << tr("%1 still holds the template's \"changeme\"").arg(key);
        else if (v->isEmpty())
            found << tr("%1 is empty").arg(key);
    }
    if (const auto module = value(QStringLiteral("MODULE"));
        module && *module != QLatin1String("clamavdb"))
        found << tr("MODULE is \"%1\"; the push masters serve \"clamavdb\"").arg(*module);
    if (const auto exclude = value(QStringLiteral("EXCLUDE"));
        exclude && !exclude->contains(QLatin1String("--exclude local_*")))
        found << tr(
            "EXCLUDE lacks \"--exclude local_*\": local files would be deleted at every sync");
    return found;
}
