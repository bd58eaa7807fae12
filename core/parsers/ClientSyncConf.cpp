#include "parsers/ClientSyncConf.h"

#include "parsers/ClientSyncExpansion.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ClientSyncConf", text, disambiguation, n);
}

bool isNameChar(char c, bool first)
{
    return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
           (!first && c >= '0' && c <= '9');
}

// The characters that end a word and a simple command when unquoted.
bool isOperator(char c)
{
    return c == ';' || c == '&' || c == '|' || c == '<' || c == '>' || c == '(' || c == ')';
}

// The builtins whose NAME=value arguments are assignments.
bool isDeclaration(QByteArrayView word)
{
    return word == "export" || word == "readonly" || word == "declare" || word == "typeset" ||
           word == "local";
}

// Reads a shell word starting at i: bare, "double" and 'single' parts. Stops
// at unquoted whitespace or an operator (a # inside a word is part of it).
// False on an unterminated quote.
bool readWord(QByteArrayView line, qsizetype& i, QByteArray* out, bool* expands)
{
    while (i < line.size()) {
        const char c = line[i];
        if (c == ' ' || c == '\t' || isOperator(c))
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

Result<QList<ClientSyncConf::Assignment>, QString> ClientSyncConf::assignmentsIn(QByteArrayView v)
{
    QList<Assignment> all;
    QList<Assignment> command; // the current simple command's
    bool declaring = false;    // after export, readonly, declare, typeset or local
    bool commandWord = false;  // the simple command has a command: its assignments are temporary
    bool piped = false;        // a pipeline's or a background job's commands run in subshells
    qsizetype i = 0;
    const auto unterminated = [] {
        return tr("unterminated quote; the shell would refuse the whole file");
    };
    const auto endCommand = [&] {
        for (Assignment& a : command) {
            a.lasting = a.lasting && !piped;
            all.append(a);
        }
        command.clear();
        declaring = commandWord = false;
    };
    for (;;) {
        while (i < v.size() && (v[i] == ' ' || v[i] == '\t'))
            ++i;
        if (i >= v.size() || v[i] == '#')
            break;
        if (isOperator(v[i])) {
            const bool pipe = v[i] == '|' && (i + 1 >= v.size() || v[i + 1] != '|');
            const bool background = v[i] == '&' && (i + 1 >= v.size() || v[i + 1] != '&');
            // Every command of a pipeline, and a background job, runs in a subshell.
            if (pipe || background)
                piped = true;
            endCommand();
            if (!pipe)
                piped = false;
            ++i;
            if (i < v.size() && (v[i] == '&' || v[i] == '|') && v[i] == v[i - 1])
                ++i;
            continue;
        }
        qsizetype nameEnd = i;
        while (nameEnd < v.size() && isNameChar(v[nameEnd], nameEnd == i))
            ++nameEnd;
        const bool appends =
            nameEnd > i && nameEnd + 1 < v.size() && v[nameEnd] == '+' && v[nameEnd + 1] == '=';
        const bool assigns = nameEnd > i && nameEnd < v.size() && v[nameEnd] == '=';
        Assignment a;
        const qsizetype valueStart = assigns ? nameEnd + 1 : appends ? nameEnd + 2 : i;
        qsizetype at = valueStart;
        QByteArray word;
        if (!readWord(v, at, &word, &a.expands))
            return fail(assigns || appends
                            ? tr("unterminated quote in %1=; the shell would refuse the whole file")
                                  .arg(QString::fromLatin1(v.sliced(i, nameEnd - i)))
                            : unterminated());
        if (at == valueStart && !(assigns || appends))
            ++at; // a character no word starts with: go past it
        if ((assigns || appends) && (declaring || !commandWord)) {
            a.key = QString::fromLatin1(v.sliced(i, nameEnd - i));
            a.value = QString::fromUtf8(word);
            a.appends = appends;
            a.lasting = !commandWord || declaring;
            a.valueStart = valueStart;
            a.valueEnd = at;
            command.append(a);
        } else if (!commandWord && command.isEmpty() && isDeclaration(word)) {
            declaring = commandWord = true;
        } else if (!declaring && !commandWord) {
            // A command: what was assigned before it lasts only while it runs.
            commandWord = true;
            for (Assignment& before : command)
                before.lasting = false;
        }
        i = at;
    }
    endCommand();
    return all;
}

Result<ClientSyncConf, ParseProblem> ClientSyncConfParser::parse(QByteArrayView text)
{
    ClientSyncConf conf;
    conf.m_endsWithNewline = text.isEmpty() || text.endsWith('\n');
    qsizetype start = 0;
    int number = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        ++number;
        ClientSyncConf::Line line;
        line.raw = text.sliced(start, end - start).toByteArray();
        // Kept apart, so values read as they were meant; problems() says what
        // bash makes of them.
        if (line.raw.endsWith('\r')) {
            line.raw.chop(1);
            line.crlf = true;
        }
        // Blank lines and comments, most of a file, assign nothing.
        const QByteArray trimmed = line.raw.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith('#')) {
            auto assignments = ClientSyncConf::assignmentsIn(line.raw);
            if (!assignments)
                return fail(ParseProblem{number, assignments.error()});
            line.assignments = std::move(assignments).value();
        }
        conf.m_lines.append(std::move(line));
        start = end + 1;
    }
    return conf;
}

std::optional<QString> ClientSyncConf::value(const QString& key) const
{
    // As the shell leaves it: the last assignment, with what += added after it.
    std::optional<QString> value;
    for (const Line& line : m_lines) {
        for (const Assignment& a : line.assignments) {
            if (a.key != key || !a.lasting)
                continue;
            value = a.appends ? value.value_or(QString()) + a.value : a.value;
        }
    }
    return value;
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
    const auto changeLast = [&] {
        for (auto it = m_lines.rbegin(); it != m_lines.rend(); ++it) {
            for (qsizetype n = it->assignments.size() - 1; n >= 0; --n) {
                Assignment& a = it->assignments[n];
                if (a.key != key || !a.lasting)
                    continue;
                // A += adds to what came before: a plain assignment after it says it all.
                if (a.appends)
                    return false;
                // Retyping the value it has keeps its quoting: no spurious change.
                if (a.value == value && !a.expands)
                    return true;
                // Only the value changes: indentation, "export ", the other
                // assignments and a trailing comment stay.
                const QByteArray quoted = quoteValue(value);
                const qsizetype shift = quoted.size() - (a.valueEnd - a.valueStart);
                it->raw = it->raw.left(a.valueStart) + quoted + it->raw.mid(a.valueEnd);
                a.valueEnd = a.valueStart + quoted.size();
                a.value = value;
                a.expands = false;
                for (qsizetype later = n + 1; later < it->assignments.size(); ++later) {
                    it->assignments[later].valueStart += shift;
                    it->assignments[later].valueEnd += shift;
                }
                return true;
            }
        }
        return false;
    };
    if (changeLast())
        return;
    const QByteArray quoted = quoteValue(value);
    Line line;
    line.raw = key.toLatin1() + '=' + quoted;
    Assignment a;
    a.key = key;
    a.value = value;
    a.valueStart = key.toLatin1().size() + 1;
    a.valueEnd = a.valueStart + quoted.size();
    line.assignments.append(a);
    // A new line ends as the file's others do: an edit never mixes them.
    line.crlf = usuallyWindowsLineEndings();
    m_lines.append(line);
}

int ClientSyncConf::windowsLineEndings() const
{
    return int(std::count_if(m_lines.cbegin(), m_lines.cend(),
                             [](const Line& line) { return line.crlf; }));
}

void ClientSyncConf::useUnixLineEndings()
{
    for (Line& line : m_lines)
        line.crlf = false;
}

QByteArray ClientSyncConf::serialize() const
{
    QByteArray out;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const Line& line = m_lines.at(i);
        out += line.raw;
        if (i + 1 < m_lines.size() || m_endsWithNewline)
            out += line.crlf ? "\r\n" : "\n";
        else if (line.crlf)
            out += '\r';
    }
    return out;
}

QStringList ClientSyncConf::problems() const
{
    // First: with it, every other value is not what it looks like.
    QStringList found;
    if (const int crlf = windowsLineEndings(); crlf > 0)
        found << tr("the file has Windows line endings (%n line(s)): bash keeps a \\r at the end "
                    "of every value, so TO, RSYNC_USER, RSYNC_PASSWORD and MODULE are not what "
                    "they look like; save it with Unix line endings",
                    nullptr, crlf);
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
    return found + ClientSyncExpansion::problems(*this);
}
